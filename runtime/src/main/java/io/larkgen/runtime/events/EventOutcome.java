package io.larkgen.runtime.events;

/**
 * What the dispatcher did with one request. Switch over it to count or log deliveries; the HTTP
 * answer is in {@link EventResponse}.
 */
public sealed interface EventOutcome {

  /**
   * The HTTP status this outcome is answered with.
   *
   * @return the status, e.g. 200
   */
  int status();

  /** A {@code url_verification} request, answered with its challenge. */
  record Challenge(String challenge) implements EventOutcome {
    @Override
    public int status() {
      return 200;
    }
  }

  /** An event of a registered type, handled without an exception. */
  record Handled(EventHeader header) implements EventOutcome {
    @Override
    public int status() {
      return 200;
    }
  }

  /** An event of a type no handler is registered for, given to the unknown-event handler. */
  record Unknown(EventHeader header) implements EventOutcome {
    @Override
    public int status() {
      return 200;
    }
  }

  /** An event whose id was seen before: acknowledged, not handled again. */
  record Duplicate(EventHeader header) implements EventOutcome {
    @Override
    public int status() {
      return 200;
    }
  }

  /** A request refused before any handler ran; {@code detail} says what was wrong. */
  record Rejected(Rejection reason, String detail) implements EventOutcome {
    @Override
    public int status() {
      return reason.status();
    }
  }

  /** A handler threw; answered 500 so that Feishu delivers the event again. */
  record Failed(EventHeader header, Exception error) implements EventOutcome {
    @Override
    public int status() {
      return 500;
    }
  }
}
