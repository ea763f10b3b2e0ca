package io.larkgen.processor.model;

import java.util.List;

/**
 * A coded field: an enum schema with names and descriptions for every value.
 *
 * @param name schema name, e.g. {@code Conclusion}
 * @param description description, may be empty
 * @param kind whether values are integers or strings on the wire
 * @param values values in spec order
 */
public record EnumDef(String name, String description, Kind kind, List<EnumValueDef> values)
    implements SchemaDef {
  public EnumDef {
    values = List.copyOf(values);
  }

  /** Wire type of an enum. */
  public enum Kind {
    INT,
    STRING
  }
}
