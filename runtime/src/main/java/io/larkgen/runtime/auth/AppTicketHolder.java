package io.larkgen.runtime.auth;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Holds the latest {@code app_ticket} of a store app. Feishu pushes a new ticket by event every
 * hour; the application's event handler calls {@link #set(String)}, and the client reads it when
 * it needs an {@code app_access_token}. {@link #toString()} never shows the ticket.
 */
public final class AppTicketHolder implements Supplier<@Nullable String> {
  private volatile @Nullable String ticket;

  /** Creates a holder with no ticket yet. */
  public AppTicketHolder() {}

  /**
   * Stores the ticket received in an {@code app_ticket} event.
   *
   * @param appTicket the event's {@code app_ticket}, or null to clear it
   */
  public void set(@Nullable String appTicket) {
    this.ticket = appTicket;
  }

  /** The latest ticket, or null when none was received yet. */
  @Override
  public @Nullable String get() {
    return ticket;
  }

  @Override
  public String toString() {
    return "AppTicketHolder[" + (ticket == null ? "empty" : "set") + "]";
  }
}
