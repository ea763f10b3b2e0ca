package io.larkgen.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * One page of a pageable operation whose {@code data} is exactly {@code {items, has_more,
 * page_token}}: the shape most Feishu list operations answer. Generated clients return it
 * instead of writing one record and one codec per operation; an operation whose page carries
 * more (a {@code total}, other names) keeps its own generated record.
 *
 * @param items the page's items; never null, empty when absent
 * @param hasMore {@code has_more}: whether the server says more pages follow; null when absent
 * @param pageToken {@code page_token}: the cursor of the next page, or null
 * @param extraProperties JSON fields of the page this client does not know, as plain Java values;
 *     never null
 * @param <T> the item type
 */
public record Page<T>(
    List<T> items,
    @Nullable Boolean hasMore,
    @Nullable String pageToken,
    Map<String, Object> extraProperties) {
  private static final SerializedString ITEMS = new SerializedString("items");
  private static final SerializedString HAS_MORE = new SerializedString("has_more");
  private static final SerializedString PAGE_TOKEN = new SerializedString("page_token");
  private static final Set<String> FIELD_NAMES = Set.of("items", "has_more", "page_token");

  /**
   * Copies the items and unknown fields; null becomes empty.
   *
   * @param items the page's items, or null for none
   * @param hasMore {@code has_more}, or null when absent
   * @param pageToken {@code page_token}, or null
   * @param extraProperties unknown JSON fields, or null for none
   * @throws IllegalArgumentException when {@code extraProperties} holds {@code items}, {@code
   *     has_more} or {@code page_token}
   */
  public Page {
    items = items == null ? List.of() : List.copyOf(items);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Page");
  }

  /**
   * A page of {@code items} without unknown fields.
   *
   * @param items the page's items, or null for none
   * @param hasMore {@code has_more}, or null when absent
   * @param pageToken {@code page_token}, or null
   */
  public Page(@Nullable List<T> items, @Nullable Boolean hasMore, @Nullable String pageToken) {
    this(items, hasMore, pageToken, Map.of());
  }

  /**
   * The codec of pages whose items {@code items} reads and writes: streaming, unknown fields
   * kept, JSON {@code null} items skipped, absent fields and empty lists not written.
   *
   * @param <T> the item type
   * @param items the codec of one item
   * @return the codec of a page
   */
  public static <T> JsonCodec<Page<T>> codec(JsonCodec<T> items) {
    return new PageCodec<>(Objects.requireNonNull(items, "items"));
  }

  /**
   * How an operation answering pages of this type pages.
   *
   * @param withPageToken copies a request with another page token
   * @param <Req> the request type
   * @param <T> the item type
   * @return the paging of the operation, for {@link LarkClient#paginate}
   */
  public static <Req, T> Paging<Req, Page<T>, T> paging(BiFunction<Req, String, Req> withPageToken) {
    return new Paging<>(
        withPageToken, Page::items, page -> Boolean.TRUE.equals(page.hasMore()), Page::pageToken);
  }

  private static final class PageCodec<T> implements JsonCodec<Page<T>> {
    private final JsonCodec<T> items;

    PageCodec(JsonCodec<T> items) {
      this.items = items;
    }

    @Override
    public @Nullable Page<T> read(JsonParser parser) throws IOException {
      if (!JsonValues.startObject(parser, "Page")) {
        return null;
      }
      @Nullable List<T> list = null;
      @Nullable Boolean hasMore = null;
      @Nullable String pageToken = null;
      @Nullable Map<String, Object> extra = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        switch (name) {
          case "items" -> list = JsonValues.readList(parser, items);
          case "has_more" -> hasMore = JsonValues.readBoolean(parser);
          case "page_token" -> pageToken = JsonValues.readString(parser);
          default -> extra = JsonValues.putExtra(extra, name, JsonValues.readValue(parser));
        }
      }
      return new Page<>(list, hasMore, pageToken, extra);
    }

    @Override
    public void write(Page<T> page, JsonGenerator generator) throws IOException {
      if (page == null) {
        generator.writeNull();
        return;
      }
      generator.writeStartObject();
      if (!page.items().isEmpty()) {
        generator.writeFieldName(ITEMS);
        JsonValues.writeList(page.items(), items, generator);
      }
      if (page.hasMore() != null) {
        generator.writeFieldName(HAS_MORE);
        generator.writeBoolean(page.hasMore());
      }
      if (page.pageToken() != null) {
        generator.writeFieldName(PAGE_TOKEN);
        generator.writeString(page.pageToken());
      }
      JsonValues.writeExtra(page.extraProperties(), generator);
      generator.writeEndObject();
    }
  }
}
