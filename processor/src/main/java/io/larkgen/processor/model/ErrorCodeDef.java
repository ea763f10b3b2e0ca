package io.larkgen.processor.model;

/**
 * One documented error code ({@code x-lark-error-codes} / {@code x-lark-common-error-codes}).
 *
 * @param code Feishu's numeric code
 * @param httpStatus the HTTP status Feishu answers with
 * @param msg Feishu's {@code msg}
 * @param description meaning (Chinese / English)
 * @param retry {@code never}, {@code backoff} or {@code refresh-token}
 */
public record ErrorCodeDef(int code, int httpStatus, String msg, String description, String retry) {}
