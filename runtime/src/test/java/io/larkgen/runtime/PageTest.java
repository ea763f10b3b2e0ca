package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things.ListThingsRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic page: its codec, its paging, and a paginated call through the client. */
class PageTest {
  private static final JsonFactory JSON = new JsonFactory();

  private static final JsonCodec<String> STRINGS =
      new JsonCodec<>() {
        @Override
        public String read(JsonParser parser) throws IOException {
          return JsonValues.readString(parser);
        }

        @Override
        public void write(String value, JsonGenerator generator) throws IOException {
          generator.writeString(value);
        }
      };

  private static final JsonCodec<Page<String>> CODEC = Page.codec(STRINGS);

  private static Page<String> read(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      Page<String> page = CODEC.read(parser);
      assertTrue(parser.currentToken() == JsonToken.END_OBJECT || page == null);
      return page;
    }
  }

  private static String write(Page<String> page) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      CODEC.write(page, generator);
    }
    return out.toString();
  }

  @Test
  void readsItemsHasMoreTokenAndKeepsUnknownFieldsInOrder() throws IOException {
    String json =
        "{\"total\":3,\"items\":[\"a\",null,\"b\"],\"has_more\":true,\"page_token\":\"t2\",\"x\":{\"y\":[1]}}";
    Page<String> page = read(json);
    assertEquals(List.of("a", "b"), page.items());
    assertEquals(Boolean.TRUE, page.hasMore());
    assertEquals("t2", page.pageToken());
    assertEquals(Map.of("total", 3L, "x", Map.of("y", List.of(1L))), page.extraProperties());
    assertEquals(List.of("total", "x"), new ArrayList<>(page.extraProperties().keySet()));
    assertEquals(
        "{\"items\":[\"a\",\"b\"],\"has_more\":true,\"page_token\":\"t2\",\"total\":3,\"x\":{\"y\":[1]}}",
        write(page));
  }

  @Test
  void absentFieldsAreEmptyOrNullAndAreNotWritten() throws IOException {
    Page<String> page = read("{}");
    assertEquals(List.of(), page.items());
    assertNull(page.hasMore());
    assertNull(page.pageToken());
    assertEquals("{}", write(page));
    assertNull(read("null"));
    assertEquals("null", write(null));
  }

  @Test
  void wrongTypesFailNamingWhatWasExpected() {
    JsonParseException e =
        assertThrows(JsonParseException.class, () -> read("{\"items\":{\"a\":1}}"));
    assertTrue(e.getMessage().contains("an array"), e.getMessage());
    assertThrows(JsonParseException.class, () -> read("[]"));
  }

  @Test
  void extraPropertiesMayNotNameAField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Page<>(List.of("a"), false, null, Map.of("has_more", true)));
    assertTrue(e.getMessage().contains("\"has_more\" is a field of Page"), e.getMessage());
  }

  @Test
  void pagingReadsTheTokenAndStopsWhenHasMoreIsNotTrue() {
    Paging<ListThingsRequest, Page<String>, String> paging =
        Page.paging(ListThingsRequest::withPageToken);
    Page<String> more = new Page<>(List.of("a"), true, "t2");
    assertEquals(List.of("a"), paging.items().apply(more));
    assertTrue(paging.hasMore().test(more));
    assertEquals("t2", paging.nextPageToken().apply(more));
    assertEquals("t2", paging.withPageToken().apply(REQUEST, "t2").pageToken());
    assertTrue(!paging.hasMore().test(new Page<>(List.of(), null, null)));
  }

  @Test
  void paginatesThroughTheClientWithTheGenericCodec() throws Exception {
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, new FakeClock()).build()) {
      server.script(
          PATH,
          (r, n) -> r.query().contains("page_token=t2") ? ok(page(false, null, "c")) : ok(page(true, "t2", "a", "b")));
      Operation<ListThingsRequest, Page<String>> list =
          Operation.<ListThingsRequest, Page<String>>builder("test.v1.things.list", HttpMethod.GET, PATH)
              .encoder((req, params) -> params.query("page_size", req.pageSize()).query("page_token", req.pageToken()))
              .dataReader(CODEC)
              .build();
      List<String> items = new ArrayList<>();
      client.paginate(list, Page.paging(ListThingsRequest::withPageToken), REQUEST).forEach(items::add);
      assertEquals(List.of("a", "b", "c"), items);
    }
  }
}
