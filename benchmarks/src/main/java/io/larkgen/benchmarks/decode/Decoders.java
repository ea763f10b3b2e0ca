package io.larkgen.benchmarks.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lark.oapi.core.response.RawResponse;
import com.lark.oapi.core.utils.UnmarshalRespUtil;
import com.lark.oapi.service.hire.v1.model.ListInterviewRecordResp;
import com.lark.oapi.service.hire.v1.model.ListInterviewResp;
import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.json.JsonReader;
import java.io.IOException;
import java.util.Map;

/**
 * Every peer's way from a whole response body to objects, one method per peer and endpoint.
 * Each does exactly what that library does when a response arrives, and nothing else:
 *
 * <ul>
 *   <li>Larkgen: the streaming walk the runtime's envelope reader makes over a jackson-core
 *       parser, with the operation's data codec ({@code Page.codec(InterviewCodec.INSTANCE)},
 *       as the generated descriptor {@code InterviewsOperations.LIST_INTERVIEWS} reads);
 *   <li>official SDK: {@code UnmarshalRespUtil.unmarshalResp}, the call its generated resources
 *       make on every answer (UTF-8 string, then Gson into {@code ListInterviewResp});
 *   <li>Jackson untyped: {@code ObjectMapper} into {@code Map} or {@code JsonNode};
 *   <li>floor with strings: the floor, plus a {@code String} of every text value (what every
 *       binder into Java objects builds; the floor leaves string values undecoded);
 *   <li>floor: jackson-core {@code nextToken()} over the bytes, binding nothing.
 * </ul>
 */
public final class Decoders {
  /** Shared, thread-safe factory, as every Jackson-based client keeps one. */
  static final JsonFactory JSON = new JsonFactory();

  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private Decoders() {}

  private static final JsonReader<Page<Interview>> INTERVIEWS = Page.codec(InterviewCodec.INSTANCE);
  private static final JsonReader<Page<InterviewRecord>> RECORDS =
      Page.codec(InterviewRecordCodec.INSTANCE);

  /**
   * The envelope as Larkgen reads it.
   *
   * @param code the Feishu code
   * @param msg the message
   * @param data the data, decoded by the operation's codec
   * @param <T> the data type
   */
  public record Envelope<T>(int code, String msg, T data) {}

  /** Larkgen's decode of an interviews answer. */
  public static Envelope<Page<Interview>> larkgenInterviews(byte[] body) throws IOException {
    return envelope(body, INTERVIEWS);
  }

  /** Larkgen's decode of an interview_records answer. */
  public static Envelope<Page<InterviewRecord>> larkgenRecords(byte[] body) throws IOException {
    return envelope(body, RECORDS);
  }

  /** One pass over {@code code}, {@code msg} and {@code data}; other fields are skipped. */
  private static <T> Envelope<T> envelope(byte[] body, JsonReader<T> data) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      parser.nextToken();
      int code = -1;
      String msg = null;
      T value = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        switch (name) {
          case "code" -> code = parser.getIntValue();
          case "msg" -> msg = parser.getValueAsString();
          case "data" -> value = data.read(parser);
          default -> parser.skipChildren();
        }
      }
      return new Envelope<>(code, msg, value);
    }
  }

  /** The official SDK's decode of an interviews answer. */
  public static ListInterviewResp officialInterviews(RawResponse raw) {
    return UnmarshalRespUtil.unmarshalResp(raw, ListInterviewResp.class);
  }

  /** The official SDK's decode of an interview_records answer. */
  public static ListInterviewRecordResp officialRecords(RawResponse raw) {
    return UnmarshalRespUtil.unmarshalResp(raw, ListInterviewRecordResp.class);
  }

  /** Wraps a body the way the SDK's transport hands it to {@code unmarshalResp}. */
  public static RawResponse rawResponse(byte[] body) {
    RawResponse raw = new RawResponse();
    raw.setStatusCode(200);
    raw.setContentType("application/json; charset=utf-8");
    raw.setBody(body);
    return raw;
  }

  /** Jackson databind into nested {@code Map}/{@code List}. */
  public static Map<String, Object> jacksonMap(byte[] body) throws IOException {
    return MAPPER.readValue(body, MAP);
  }

  /** Jackson databind into a {@code JsonNode} tree. */
  public static JsonNode jacksonTree(byte[] body) throws IOException {
    return MAPPER.readTree(body);
  }

  /** Tokenizes the body and binds nothing; returns the token count so the work is not dead. */
  public static int floor(byte[] body) throws IOException {
    int tokens = 0;
    try (JsonParser parser = JSON.createParser(body)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Tokenizes the body and builds a {@code String} of every text value, as any binder into
   * Java objects must; binds nothing else. Returns the total length so the work is not dead.
   */
  public static int floorStrings(byte[] body) throws IOException {
    int length = 0;
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          length += parser.getText().length();
        }
      }
    }
    return length;
  }
}
