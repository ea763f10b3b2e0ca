package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.ListInterviewsResponse;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link ListInterviewsResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link ListInterviewsResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class ListInterviewsResponseCodec implements JsonCodec<ListInterviewsResponse> {
  private static final SerializedString FIELD_ITEMS = new SerializedString("items");

  private static final SerializedString FIELD_HAS_MORE = new SerializedString("has_more");

  private static final SerializedString FIELD_PAGE_TOKEN = new SerializedString("page_token");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ITEMS, FIELD_HAS_MORE, FIELD_PAGE_TOKEN};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final ListInterviewsResponseCodec INSTANCE = new ListInterviewsResponseCodec();

  private ListInterviewsResponseCodec() {
  }

  @Override
  public ListInterviewsResponse read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "ListInterviewsResponse")) {
      return null;
    }
    List<Interview> items = null;
    Boolean hasMore = null;
    String pageToken = null;
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
        case 0 -> items = JsonValues.readList(parser, InterviewCodec.INSTANCE);
        case 1 -> hasMore = JsonValues.readBoolean(parser);
        case 2 -> pageToken = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(), JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new ListInterviewsResponse(items, hasMore, pageToken, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "items" -> 0;
      case "has_more" -> 1;
      case "page_token" -> 2;
      default -> -1;
    };
  }

  @Override
  public void write(ListInterviewsResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    List<Interview> items = value.items();
    if (!items.isEmpty()) {
      generator.writeFieldName(FIELD_ITEMS);
      JsonValues.writeList(items, InterviewCodec.INSTANCE, generator);
    }
    Boolean hasMore = value.hasMore();
    if (hasMore != null) {
      generator.writeFieldName(FIELD_HAS_MORE);
      generator.writeBoolean(hasMore.booleanValue());
    }
    String pageToken = value.pageToken();
    if (pageToken != null) {
      generator.writeFieldName(FIELD_PAGE_TOKEN);
      generator.writeString(pageToken);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
