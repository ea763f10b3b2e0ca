package io.larkgen.processor.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of the spec's YAML (or JSON) tree, with its JSON pointer and where it was written.
 *
 * <p>Problems about a scalar are reported at the scalar ({@code type: integr} at {@code
 * integr}); problems about a mapping or sequence that is the value of a key at the key (the line
 * {@code get:} for an operation), since a block collection's own position is that of its first
 * entry.
 */
public sealed interface SpecNode {

  /** Where this node is in the document. */
  JsonPointer pointer();

  /** Where the node's key was written, if it is the value of a mapping entry. */
  Optional<SourceLocation> keyLocation();

  /** Where the node itself starts. */
  SourceLocation valueLocation();

  /** The position to report problems about this node at (see the type's documentation). */
  SourceLocation location();

  /** What kind of node this is, for messages: {@code mapping}, {@code sequence}, {@code string}… */
  String describe();

  /**
   * A mapping (YAML mapping, JSON object), entries in document order.
   *
   * @param pointer pointer
   * @param keyLocation key position
   * @param valueLocation value position
   * @param entries entries by key, in document order
   */
  record Mapping(
      JsonPointer pointer,
      Optional<SourceLocation> keyLocation,
      SourceLocation valueLocation,
      Map<String, SpecNode> entries)
      implements SpecNode {

    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * The entry for {@code key}.
     *
     * @param key a key
     * @return its value, if present
     */
    public Optional<SpecNode> get(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    /**
     * Whether the mapping has the key.
     *
     * @param key a key
     * @return true if present
     */
    public boolean has(String key) {
      return entries.containsKey(key);
    }

    @Override
    public SourceLocation location() {
      return keyLocation.orElse(valueLocation);
    }

    @Override
    public String describe() {
      return "mapping";
    }
  }

  /**
   * A sequence (YAML sequence, JSON array).
   *
   * @param pointer pointer
   * @param keyLocation key position
   * @param valueLocation value position
   * @param items items in order
   */
  record Sequence(
      JsonPointer pointer,
      Optional<SourceLocation> keyLocation,
      SourceLocation valueLocation,
      List<SpecNode> items)
      implements SpecNode {

    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public SourceLocation location() {
      return keyLocation.orElse(valueLocation);
    }

    @Override
    public String describe() {
      return "sequence";
    }
  }

  /**
   * A scalar, with the type YAML's core schema resolves it to.
   *
   * @param pointer pointer
   * @param keyLocation key position
   * @param valueLocation value position
   * @param text the scalar's text as written (without quotes)
   * @param kind what YAML resolves it to ({@code 1} is an integer, {@code "1"} a string)
   */
  record Scalar(
      JsonPointer pointer,
      Optional<SourceLocation> keyLocation,
      SourceLocation valueLocation,
      String text,
      ScalarKind kind)
      implements SpecNode {

    @Override
    public SourceLocation location() {
      return valueLocation;
    }

    @Override
    public String describe() {
      return kind.description;
    }
  }

  /** What a scalar resolves to. */
  enum ScalarKind {
    /** A string, quoted or plain. */
    STRING("string"),
    /** An integer such as {@code 10} or {@code -1}. */
    INTEGER("integer"),
    /** A floating point number such as {@code 1.5}. */
    FLOAT("number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** {@code null}, {@code ~} or nothing. */
    NULL("null");

    private final String description;

    ScalarKind(String description) {
      this.description = description;
    }
  }
}
