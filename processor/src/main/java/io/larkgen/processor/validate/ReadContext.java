package io.larkgen.processor.validate;

import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the readers of one spec share: the problem sink, the Java limits, and the schemas read so
 * far. {@link SchemaReader} fills the schemas before any operation is read; references to a
 * schema resolve against {@link #schemaNodes()}, which also holds the schemas that have problems
 * of their own, so a reference to a broken schema is not reported a second time.
 */
final class ReadContext {
  private final Checker check;
  private final JavaLimits limits;
  private final Map<String, SpecNode.Mapping> schemaNodes = new LinkedHashMap<>();
  private final Map<String, SchemaDef> schemas = new LinkedHashMap<>();

  ReadContext(Checker check) {
    this.check = check;
    this.limits = new JavaLimits(check);
  }

  /** Where problems are reported, with the document they point into. */
  Checker check() {
    return check;
  }

  /** The limits of the Java language and class file the generated code must stay within. */
  JavaLimits limits() {
    return limits;
  }

  /** Every mapping under {@code components/schemas}, by name, in spec order. */
  Map<String, SpecNode.Mapping> schemaNodes() {
    return schemaNodes;
  }

  /** The schemas built without problems, by name, in spec order. */
  Map<String, SchemaDef> schemas() {
    return schemas;
  }

  /** The value under {@code key} when {@code node} is a mapping that has it. */
  static Optional<SpecNode> child(SpecNode node, String key) {
    return node instanceof SpecNode.Mapping m ? m.get(key) : Optional.empty();
  }
}
