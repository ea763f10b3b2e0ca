package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.hire.model.ListInterviewRecordsResponse;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link ListInterviewRecordsResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link ListInterviewRecordsResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class ListInterviewRecordsResponseCodec implements JsonCodec<ListInterviewRecordsResponse> {
  private static final SerializedString FIELD_ITEMS = new SerializedString("items");

  private static final SerializedString FIELD_PAGE_TOKEN = new SerializedString("page_token");

  private static final SerializedString FIELD_HAS_MORE = new SerializedString("has_more");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ITEMS, FIELD_PAGE_TOKEN, FIELD_HAS_MORE};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final ListInterviewRecordsResponseCodec INSTANCE = new ListInterviewRecordsResponseCodec();

  private ListInterviewRecordsResponseCodec() {
  }

  @Override
  public ListInterviewRecordsResponse read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "ListInterviewRecordsResponse")) {
      return null;
    }
    List<InterviewRecord> items = null;
    String pageToken = null;
    Boolean hasMore = null;
    Map<String, Object> extraProperties = null;
    // Each name is first compared, as bytes, with the field expected next in spec order;
    // only a name out of that order is decoded and looked up.
    int next = 0;
    while (true) {
      int field;
      if (next < FIELDS.length && parser.nextFieldName(FIELDS[next])) {
        field = next;
      } else {
        if (next == FIELDS.length) {
          parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
          break;
        }
        field = fieldIndex(parser.currentName());
      }
      parser.nextToken();
      switch (field) {
        case 0 -> items = JsonValues.readList(parser, InterviewRecordCodec.INSTANCE);
        case 1 -> pageToken = JsonValues.readString(parser);
        case 2 -> hasMore = JsonValues.readBoolean(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(), JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new ListInterviewRecordsResponse(items, pageToken, hasMore, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "items" -> 0;
      case "page_token" -> 1;
      case "has_more" -> 2;
      default -> -1;
    };
  }

  @Override
  public void write(ListInterviewRecordsResponse value, JsonGenerator generator) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    List<InterviewRecord> items = value.items();
    if (!items.isEmpty()) {
      generator.writeFieldName(FIELD_ITEMS);
      JsonValues.writeList(items, InterviewRecordCodec.INSTANCE, generator);
    }
    String pageToken = value.pageToken();
    if (pageToken != null) {
      generator.writeFieldName(FIELD_PAGE_TOKEN);
      generator.writeString(pageToken);
    }
    Boolean hasMore = value.hasMore();
    if (hasMore != null) {
      generator.writeFieldName(FIELD_HAS_MORE);
      generator.writeBoolean(hasMore.booleanValue());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
