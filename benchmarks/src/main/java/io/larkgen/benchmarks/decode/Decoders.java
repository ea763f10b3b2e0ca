package io.larkgen.benchmarks.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lark.oapi.core.response.RawResponse;
import io.larkgen.hire.codec.ListInterviewRecordsEnvelopeCodec;
import io.larkgen.hire.codec.ListInterviewsEnvelopeCodec;
import io.larkgen.hire.model.ListInterviewRecordsEnvelope;
import io.larkgen.hire.model.ListInterviewsEnvelope;
import com.lark.oapi.core.utils.UnmarshalRespUtil;
import com.lark.oapi.service.hire.v1.model.ListInterviewRecordResp;
import com.lark.oapi.service.hire.v1.model.ListInterviewResp;
import java.io.IOException;
import java.util.Map;

/**
 * Every peer's way from a whole response body to objects, one method per peer and endpoint.
 * Each does exactly what that library does when a response arrives, and nothing else:
 *
 * <ul>
 *   <li>Larkgen: the generated envelope codec ({@code ListInterviewsEnvelopeCodec}) on a
 *       jackson-core parser, the same streaming walk the runtime's envelope reader makes with
 *       the operation's data codec;
 *   <li>official SDK: {@code UnmarshalRespUtil.unmarshalResp}, the call its generated resources
 *       make on every answer (UTF-8 string, then Gson into {@code ListInterviewResp});
 *   <li>Jackson untyped: {@code ObjectMapper} into {@code Map} or {@code JsonNode};
 *   <li>floor: jackson-core {@code nextToken()} over the bytes, binding nothing.
 * </ul>
 */
public final class Decoders {
  /** Shared, thread-safe factory, as every Jackson-based client keeps one. */
  static final JsonFactory JSON = new JsonFactory();

  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private Decoders() {}

  /** Larkgen's decode of an interviews answer. */
  public static ListInterviewsEnvelope larkgenInterviews(byte[] body) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      parser.nextToken();
      return ListInterviewsEnvelopeCodec.INSTANCE.read(parser);
    }
  }

  /** Larkgen's decode of an interview_records answer. */
  public static ListInterviewRecordsEnvelope larkgenRecords(byte[] body) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      parser.nextToken();
      return ListInterviewRecordsEnvelopeCodec.INSTANCE.read(parser);
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
}
