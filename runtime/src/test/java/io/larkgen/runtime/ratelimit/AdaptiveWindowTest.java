package io.larkgen.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The window rule: a request that was answered is bounded by its answer; one still on its way
 * by the guard, the headroom's share of the window until answers are measured, then the longest
 * recent time from grant to answer. The limiter that follows it never lets more than N requests
 * arrive within one window, wherever its boundaries lie.
 */
class AdaptiveWindowTest {
  private static final long MS = 1_000_000;
  private static final long SECOND = 1_000 * MS;
  private static final RateLimit TEN_PER_SECOND = new RateLimit("records", 10, 0);

  private final AtomicLong now = new AtomicLong(1_000 * SECOND);
  private final LocalRateLimiter limiter =
      new LocalRateLimiter(now::get, d -> now.addAndGet(d.toNanos()), 0.97);

  private RateLimiter.Permit take() throws InterruptedException {
    return limiter.take(TEN_PER_SECOND, null, Duration.ofMinutes(1)).orElseThrow();
  }

  /**
   * One caller sending {@code n} requests one after the other, each answered {@code answerAfter}
   * after its grant (never, when negative); returns the grant times.
   */
  private List<Long> sequential(int n, long answerAfter) throws InterruptedException {
    List<Long> grants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      RateLimiter.Permit permit = take();
      grants.add(now.get());
      if (answerAfter >= 0) {
        now.addAndGet(answerAfter);
        permit.answered();
      }
    }
    return grants;
  }

  @Test
  void theInitialGuardIsTheHeadroomsShareOfTheWindow() {
    WindowRule rule = new WindowRule(10, SECOND, 0.97);
    assertEquals((long) Math.ceil(SECOND * (1 / 0.97 - 1)), rule.guardNanos());
    assertEquals(0, new WindowRule(10, SECOND, 1.0).guardNanos());
  }

  @Test
  void atHeadroomOneAnswersChangeNothing() {
    WindowRule rule = new WindowRule(10, SECOND, 1.0);
    rule.answered(300 * MS);
    assertEquals(0, rule.guardNanos());
  }

  @Test
  void withoutAnswersTheEleventhPermitWaitsTheStretchedWindow() throws Exception {
    List<Long> grants = sequential(11, -1);
    assertEquals(grants.get(0), grants.get(9), "the first ten are free");
    long gap = grants.get(10) - grants.get(0);
    assertEquals(SECOND + new WindowRule(10, SECOND, 0.97).initialGuardNanos(), gap);
  }

  @Test
  void aSequentialCallerWaitsAWindowAfterTheAnswerTenBackAndNoLonger() throws Exception {
    List<Long> grants = sequential(40, 4 * MS);
    for (int i = 10; i < grants.size(); i++) {
      assertEquals(SECOND + 4 * MS, grants.get(i) - grants.get(i - 10), "grant " + i);
    }
  }

  @Test
  void anAnswerLaterThanTheGuardLeavesTheGuard() throws Exception {
    // grant 0 answered after 200 ms, beyond the 31 ms share: its bound stays the share's guess
    long start = now.get();
    RateLimiter.Permit first = take();
    for (int i = 1; i < 10; i++) {
      take();
    }
    now.addAndGet(200 * MS);
    first.answered();
    take();
    assertEquals(start + SECOND + new WindowRule(10, SECOND, 0.97).initialGuardNanos(),
        now.get());
  }

  @Test
  void aPermitAnsweredTwiceOrAfterItsPlaceWasTakenChangesNoOtherGrant() throws Exception {
    long start = now.get();
    long stretched = SECOND + new WindowRule(10, SECOND, 0.97).initialGuardNanos();
    RateLimiter.Permit first = take();
    for (int i = 1; i < 11; i++) {
      take();
    }
    assertEquals(start + stretched, now.get(), "grant 10 took grant 0's place");
    // grant 0's late answer must not bound grant 10, still on its way, by this time
    first.answered();
    first.answered();
    for (int i = 11; i < 21; i++) {
      take();
    }
    assertEquals(start + 2 * stretched, now.get(), "grant 20 waited for grant 10's guess");
  }

  @Test
  void aSlowerAnswerWidensTheGuardUpToTheHeadroomsShare() {
    WindowRule rule = new WindowRule(10, SECOND, 0.97);
    rule.answered(2 * MS);
    rule.answered(20 * MS);
    rule.answered(3 * MS);
    assertEquals(20 * MS, rule.guardNanos(), "the longest recent answer");
    rule.answered(5 * SECOND);
    assertEquals(rule.initialGuardNanos(), rule.guardNanos(), "at most the headroom's share");
    for (int i = 0; i < WindowRule.RECENT_ANSWERS; i++) {
      rule.answered(0);
    }
    assertEquals(WindowRule.MIN_GUARD_NANOS, rule.guardNanos(), "old answers are forgotten");
  }

  @Test
  void anUnansweredBoundNeverShrinksWithTheGuard() {
    WindowRule rule = new WindowRule(10, SECOND, 0.97);
    for (int i = 0; i < WindowRule.RECENT_ANSWERS; i++) {
      rule.answered(25 * MS);
    }
    long grant = 7 * SECOND;
    long bound = rule.bound(grant);
    assertEquals(grant + 25 * MS, bound);
    for (int i = 0; i < WindowRule.RECENT_ANSWERS; i++) {
      rule.answered(MS);
    }
    assertEquals(bound, rule.arrivalBound(grant, bound, false, 0), "still on its way");
    assertEquals(grant + 3 * MS, rule.arrivalBound(grant, bound, true, grant + 3 * MS),
        "answered: its answer");
    assertEquals(bound, rule.arrivalBound(grant, bound, true, grant + 90 * MS),
        "answered after the bound: the bound");
    assertEquals(grant, rule.arrivalBound(grant, bound, true, grant - MS),
        "never before the grant");
    assertEquals(grant + SECOND + 3 * MS, rule.due(grant + 3 * MS, grant));
    assertEquals(grant + 2 * SECOND, rule.due(grant + 3 * MS, grant + 2 * SECOND),
        "a grant asked for later than due is due at once");
  }

  /** A request in flight in {@link #noWindowOfArrivalsEverHoldsMoreThanTheLimit}. */
  private record InFlight(long answerAt, int index, RateLimiter.Permit permit) {}

  @Test
  void noWindowOfArrivalsEverHoldsMoreThanTheLimit() throws Exception {
    // Several callers at once, each sending its next request when its last one is answered.
    // A request reaches the server up to 1 ms after its grant and is answered up to 30 ms
    // later; answers come back out of order, and while a caller sleeps for its permit the
    // others' answers arrive. However the arrivals fall, no 1 s span holds more than 10.
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int callers = 1 + (int) (seed % 4);
      int requests = 300;
      long[] arrivals = new long[requests];
      PriorityQueue<InFlight> inFlight =
          new PriorityQueue<>((a, b) -> Long.compare(a.answerAt(), b.answerAt()));
      AtomicLong clock = new AtomicLong(5 * SECOND);
      Runnable[] deliverUntil = new Runnable[1];
      long[] target = new long[1];
      deliverUntil[0] = () -> {
        while (!inFlight.isEmpty() && inFlight.peek().answerAt() <= target[0]) {
          InFlight next = inFlight.poll();
          clock.set(Math.max(clock.get(), next.answerAt()));
          next.permit().answered();
        }
      };
      LocalRateLimiter shared = new LocalRateLimiter(clock::get, d -> {
        target[0] = clock.get() + d.toNanos();
        deliverUntil[0].run();
        clock.set(target[0]);
      }, 0.97);
      for (int i = 0; i < requests; i++) {
        if (inFlight.size() >= callers) {
          target[0] = inFlight.peek().answerAt();
          deliverUntil[0].run();
        }
        RateLimiter.Permit permit =
            shared.take(TEN_PER_SECOND, null, Duration.ofMinutes(1)).orElseThrow();
        long granted = clock.get();
        long arrival = granted + random.nextLong(MS + 1);
        arrivals[i] = arrival;
        inFlight.add(new InFlight(arrival + random.nextLong(30 * MS + 1), i, permit));
      }
      Arrays.sort(arrivals);
      for (int i = 10; i < requests; i++) {
        assertTrue(arrivals[i] - arrivals[i - 10] >= SECOND, "seed " + seed + ", " + callers
            + " callers: arrivals " + (i - 10) + " and " + i + " are "
            + (arrivals[i] - arrivals[i - 10]) / MS + " ms apart");
      }
    }
  }

  @Test
  void badArgumentsAreRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new WindowRule(0, SECOND, 1));
    assertTrue(e.getMessage().contains("permits"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new WindowRule(10, SECOND, 1.5));
    assertTrue(e.getMessage().contains("headroom"), e.getMessage());
  }
}
