package io.larkgen.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * The server said {@code has_more} but gave no usable {@code page_token} (empty, or one already
 * seen), so following it would loop or stop silently.
 */
public class LarkPagingException extends LarkException {
  private static final long serialVersionUID = 1L;

  /** The 1-based number of the unusable page. */
  private final int page;
  /** The offending next-page token. */
  private final @Nullable String pageToken;

  /**
   * Creates an exception.
   *
   * @param operationId the paged operation
   * @param page the 1-based number of the page whose response was unusable
   * @param pageToken the token that page returned (null or empty, or repeated)
   * @param detail what was wrong
   */
  public LarkPagingException(String operationId, int page, @Nullable String pageToken, String detail) {
    super(
        describe(operationId, 0, null,
            "paging stopped after page " + page + ": " + detail + " (page_token "
                + (pageToken == null ? "null" : "\"" + pageToken + "\"") + ")"),
        operationId,
        0,
        null,
        null);
    this.page = page;
    this.pageToken = pageToken;
  }

  /**
   * The 1-based number of the page whose response was unusable.
   *
   * @return the page number, from 1
   */
  public int page() {
    return page;
  }

  /**
   * The offending next-page token (null, empty or repeated).
   *
   * @return the token, or null when the response had none
   */
  public @Nullable String pageToken() {
    return pageToken;
  }
}
