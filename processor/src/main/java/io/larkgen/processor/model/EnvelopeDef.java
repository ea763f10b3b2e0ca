package io.larkgen.processor.model;

/**
 * {@code x-lark-envelope}: field names of the {@code {code, msg, data}} wrapper.
 *
 * @param codeField e.g. {@code code}
 * @param msgField e.g. {@code msg}
 * @param dataField e.g. {@code data}
 * @param successCode the code that means success, e.g. 0
 */
public record EnvelopeDef(String codeField, String msgField, String dataField, int successCode) {
  /** Feishu's own envelope, {@code {code, msg, data}} with 0 for success: the runtime's default. */
  public static final EnvelopeDef FEISHU = new EnvelopeDef("code", "msg", "data", 0);

  /** Whether the field names are Feishu's own, whatever the success code. */
  public boolean feishuNames() {
    return codeField.equals(FEISHU.codeField) && msgField.equals(FEISHU.msgField)
        && dataField.equals(FEISHU.dataField);
  }
}
