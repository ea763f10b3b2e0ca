package io.larkgen.processor.spec;

import java.util.Map;
import java.util.Optional;

/**
 * A composed spec: its tree, and an index from every pointer to its node.
 *
 * @param root the document's root node
 * @param index every node by pointer
 */
public record SpecDocument(SpecNode root, Map<JsonPointer, SpecNode> index) {

  public SpecDocument {
    index = Map.copyOf(index);
  }

  /**
   * The node at {@code pointer}, if there is one.
   *
   * @param pointer a pointer
   * @return the node
   */
  public Optional<SpecNode> find(JsonPointer pointer) {
    return Optional.ofNullable(index.get(pointer));
  }

  /**
   * Where {@code pointer} is written; for a pointer to something missing, where its nearest
   * existing ancestor is written (the operation a missing {@code operationId} belongs to).
   *
   * @param pointer a pointer
   * @return a 1-based location
   */
  public SourceLocation locate(JsonPointer pointer) {
    JsonPointer current = pointer;
    while (true) {
      SpecNode node = index.get(current);
      if (node != null) {
        return node.location();
      }
      if (current.tokens().isEmpty()) {
        return SourceLocation.START;
      }
      current = current.parent();
    }
  }
}
