package io.larkgen.processor.validate;

import io.larkgen.processor.spec.SpecNode;

/**
 * Reads one {@code x-lark-*} extension of an operation into its part of the model, reporting
 * what is wrong with it. An extension is read after the operation's parameters, request body and
 * response ({@link OperationScope}), since most of them name those; each reads only its own key,
 * and gives its "not written" value (empty, an empty list, {@code NONE}) when the operation has
 * none.
 *
 * @param <T> the model part the extension gives
 */
interface OperationExtension<T> {
  /** The key the extension is written under, e.g. {@code x-lark-pagination}. */
  String key();

  /**
   * Reads the extension of {@code op}.
   *
   * @param op the operation
   * @param scope what was read of the operation before its extensions
   */
  T read(SpecNode.Mapping op, OperationScope scope);
}
