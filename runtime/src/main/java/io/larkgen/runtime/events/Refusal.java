package io.larkgen.runtime.events;

/**
 * Thrown inside the package when a request is refused; {@link EventDispatcher} turns it into an
 * {@link EventOutcome.Rejected}. The message says why, and never quotes the body.
 */
final class Refusal extends Exception {
  private static final long serialVersionUID = 1L;
  private final Rejection reason;

  Refusal(Rejection reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  EventOutcome.Rejected outcome() {
    return new EventOutcome.Rejected(reason, getMessage());
  }
}
