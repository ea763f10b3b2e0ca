package io.larkgen.processor.model;

/**
 * {@code x-lark-envelope}: field names of the {@code {code, msg, data}} wrapper.
 *
 * @param codeField e.g. {@code code}
 * @param msgField e.g. {@code msg}
 * @param dataField e.g. {@code data}
 * @param successCode the code that means success, e.g. 0
 */
public record EnvelopeDef(String codeField, String msgField, String dataField, int successCode) {}
