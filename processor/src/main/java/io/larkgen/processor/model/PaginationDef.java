package io.larkgen.processor.model;

/**
 * {@code x-lark-pagination}.
 *
 * @param pageTokenParam query parameter carrying the cursor, e.g. {@code page_token}
 * @param pageSizeParam query parameter carrying the page size, e.g. {@code page_size}
 * @param items {@code data} property holding the items, e.g. {@code items}
 * @param hasMore {@code data} property saying more pages follow, e.g. {@code has_more}
 * @param nextPageToken {@code data} property holding the next cursor, e.g. {@code page_token}
 */
public record PaginationDef(
    String pageTokenParam, String pageSizeParam, String items, String hasMore, String nextPageToken) {}
