package io.larkgen.importer.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One row of a parameter or field table, with the rows nested below it ({@code └} depth + 1). */
public final class FieldRow {

  private final String name;
  private final FieldType type;
  private final Boolean required;
  private final Description description;
  private final int line;
  private final List<FieldRow> children = new ArrayList<>();

  /**
   * @param required {@code null} when the table has no 必填 column (path and response tables)
   */
  public FieldRow(String name, FieldType type, Boolean required, Description description, int line) {
    this.name = name;
    this.type = type;
    this.required = required;
    this.description = description;
    this.line = line;
  }

  public String name() {
    return name;
  }

  public FieldType type() {
    return type;
  }

  public Boolean required() {
    return required;
  }

  public boolean isRequired() {
    return Boolean.TRUE.equals(required);
  }

  public Description description() {
    return description;
  }

  /** 1-based line of the row in its page. */
  public int line() {
    return line;
  }

  public List<FieldRow> children() {
    return Collections.unmodifiableList(children);
  }

  void addChild(FieldRow child) {
    children.add(child);
  }

  /** The child row of that name, or {@code null}. */
  public FieldRow child(String childName) {
    for (FieldRow child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}
