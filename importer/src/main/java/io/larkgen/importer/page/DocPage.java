package io.larkgen.importer.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What one doc page says, in the page grammar's terms; the mapping to OpenAPI reads only this.
 *
 * @param file path of the page relative to its docs root, with {@code /} separators
 * @param kind endpoint (an {@code HTTP URL} row), event (an {@code 事件类型} row) or guide
 * @param properties the rows of the page's key/value table ({@code HTTP URL}, {@code 接口频率限制}, …),
 *     keyed by the first words of the key cell, values as flat cell text
 * @param responseExample the parsed JSON example, or {@code null}
 * @param deprecationNote the page's 不再更新 / 废弃 sentence, or {@code null}
 */
public record DocPage(
    String file,
    Kind kind,
    String title,
    String fullPath,
    Long updateTime,
    String intro,
    Map<String, String> properties,
    int propertiesLine,
    List<FieldRow> headers,
    List<FieldRow> pathParameters,
    List<FieldRow> queryParameters,
    List<FieldRow> body,
    List<FieldRow> response,
    JsonNode responseExample,
    JsonNode bodyExample,
    List<ErrorRow> errorCodes,
    String deprecationNote) {

  /** Page kinds. */
  public enum Kind { ENDPOINT, EVENT, GUIDE }

  /** A row of the 错误码 table. */
  public record ErrorRow(int httpStatus, long code, String message, String advice, int line) {}

  /** The {@code HTTP URL} row without code-span backticks, or {@code null}. */
  public String url() {
    String url = properties.get("HTTP URL");
    return url == null ? null : url.replace("`", "").strip();
  }

  public String property(String key) {
    return properties.get(key);
  }
}
