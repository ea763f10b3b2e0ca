package io.larkgen.runtime.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Paging;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.json.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written operation in the shape the processor generates: {@code GET /open-apis/test/v1/things}
 * with paging, and a path-parameter variant.
 */
public final class Things {
  private Things() {}

  public static final String PATH = "/open-apis/test/v1/things";

  /** Request: page size, page token, repeated ids, and a path id for {@link #GET_THING}. */
  public record ListThingsRequest(Integer pageSize, String pageToken, List<String> ids) {
    public ListThingsRequest withPageToken(String token) {
      return new ListThingsRequest(pageSize, token, ids);
    }
  }

  /** The {@code data} object. */
  public record ThingsPage(List<String> items, boolean hasMore, String pageToken, String extra) {}

  /** Reads {@link ThingsPage}, skipping unknown fields. */
  public static final JsonReader<ThingsPage> READER = Things::read;

  private static ThingsPage read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new IOException("expected object");
    }
    List<String> items = new ArrayList<>();
    boolean hasMore = false;
    String token = null;
    String extra = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "items" -> {
          if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              items.add(p.getText());
            }
          }
        }
        case "has_more" -> hasMore = t == JsonToken.VALUE_TRUE;
        case "page_token" -> token = t == JsonToken.VALUE_NULL ? null : p.getText();
        case "extra" -> extra = p.getText();
        default -> p.skipChildren();
      }
    }
    return new ThingsPage(List.copyOf(items), hasMore, token, extra);
  }

  public static Operation<ListThingsRequest, ThingsPage> list(RateLimit limit) {
    return Operation.<ListThingsRequest, ThingsPage>builder("test.v1.things.list", HttpMethod.GET,
            PATH)
        .encoder((r, params) -> params.query("page_size", r.pageSize())
            .query("page_token", r.pageToken())
            .query("ids", r.ids()))
        .dataReader(READER)
        .rateLimit(limit)
        .build();
  }

  /** GET list, 50/s. */
  public static final Operation<ListThingsRequest, ThingsPage> LIST =
      list(new RateLimit("test.v1.things.list", 50));

  /** POST variant (not idempotent). */
  public static final Operation<ListThingsRequest, ThingsPage> CREATE =
      Operation.<ListThingsRequest, ThingsPage>builder("test.v1.things.create", HttpMethod.POST,
              PATH)
          .encoder((r, params) -> params.query("page_size", r.pageSize()))
          .dataReader(READER)
          .build();

  /** GET one by path id. */
  public static final Operation<String, ThingsPage> GET_THING =
      Operation.<String, ThingsPage>builder("test.v1.things.get", HttpMethod.GET,
              PATH + "/{thing_id}")
          .encoder((id, params) -> params.path("thing_id", id))
          .dataReader(READER)
          .build();

  public static final Paging<ListThingsRequest, ThingsPage, String> PAGING =
      new Paging<>(ListThingsRequest::withPageToken, ThingsPage::items, ThingsPage::hasMore,
          ThingsPage::pageToken);

  public static final ListThingsRequest REQUEST =
      new ListThingsRequest(2, null, List.of("a b", "c/d"));

  public static String page(boolean hasMore, String token, String... items) {
    StringBuilder sb = new StringBuilder("{\"items\":[");
    for (int i = 0; i < items.length; i++) {
      sb.append(i == 0 ? "" : ",").append('"').append(items[i]).append('"');
    }
    sb.append("],\"has_more\":").append(hasMore);
    sb.append(",\"page_token\":").append(token == null ? "null" : "\"" + token + "\"").append('}');
    return sb.toString();
  }
}
