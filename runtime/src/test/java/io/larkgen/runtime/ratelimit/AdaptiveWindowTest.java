package io.larkgen.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The window rule's guard: the headroom's share of the window until answers are measured, then
 * the longest recent time from grant to answer; and the limiter that follows it never grants
 * more than N permits within a window of the arrival bounds of earlier grants.
 */
class AdaptiveWindowTest {
  private static final long MS = 1_000_000;
  private static final long SECOND = 1_000 * MS;
  private static final RateLimit TEN_PER_SECOND = new RateLimit("records", 10, 0);

  private final AtomicLong now = new AtomicLong(1_000 * SECOND);
  private final LocalRateLimiter limiter =
      new LocalRateLimiter(now::get, d -> now.addAndGet(d.toNanos()), 0.97);

  /** Takes {@code n} permits as fast as the limiter allows; returns their grant times. */
  private List<Long> take(int n, long answerAfterNanos) throws InterruptedException {
    List<Long> grants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      limiter.acquire(TEN_PER_SECOND, null);
      grants.add(now.get());
      if (answerAfterNanos >= 0) {
        limiter.answered(TEN_PER_SECOND, null, Duration.ofNanos(answerAfterNanos));
      }
    }
    return grants;
  }

  private void answers(int n, Duration each) {
    for (int i = 0; i < n; i++) {
      limiter.answered(TEN_PER_SECOND, null, each);
    }
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
    List<Long> grants = take(11, -1);
    assertEquals(grants.get(0), grants.get(9), "the first ten are free");
    long gap = grants.get(10) - grants.get(0);
    assertEquals(SECOND + new WindowRule(10, SECOND, 0.97).initialGuardNanos(), gap);
  }

  @Test
  void measuredAnswersShrinkTheGuardToTheLongestOfThem() throws Exception {
    List<Long> grants = take(21, 4 * MS);
    // grant 0 was bounded with the initial guard, grants 1 onwards with the measured 4 ms
    long second = grants.get(20) - grants.get(10);
    assertEquals(SECOND + 4 * MS, second);
    assertTrue(second < grants.get(10) - grants.get(0), "faster than with the fixed share");
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
  void aShrinkingGuardNeverLetsAGrantComeWithinAWindowOfAnEarlierBound() throws Exception {
    // Ten grants bounded with a 25 ms guard, then answers of 1 ms: each of the next ten must
    // still wait a window after the bound of the grant ten before it.
    answers(WindowRule.RECENT_ANSWERS, Duration.ofMillis(25));
    List<Long> slow = take(10, -1);
    answers(WindowRule.RECENT_ANSWERS, Duration.ofMillis(1));
    List<Long> fast = take(10, -1);
    for (int i = 0; i < 10; i++) {
      assertTrue(fast.get(i) - slow.get(i) >= SECOND + 25 * MS, "grant " + (10 + i));
    }
  }

  @Test
  void noWindowOfArrivalsEverHoldsMoreThanTheLimit() throws Exception {
    // Each request arrives somewhere between its grant and its answer: while answers stay
    // within the headroom's share, the latest possible arrival of a grant and the grant ten
    // later are always at least a window apart.
    long[] latencies = {3 * MS, 12 * MS, 1 * MS, 30 * MS, 2 * MS};
    List<Long> grants = new ArrayList<>();
    List<Long> latest = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      limiter.acquire(TEN_PER_SECOND, null);
      long granted = now.get();
      long latency = latencies[i % latencies.length];
      grants.add(granted);
      latest.add(granted + latency);
      now.addAndGet(latency);
      limiter.answered(TEN_PER_SECOND, null, Duration.ofNanos(latency));
    }
    for (int i = 10; i < grants.size(); i++) {
      assertTrue(grants.get(i) - latest.get(i - 10) >= SECOND,
          "grant " + i + " comes " + (grants.get(i) - latest.get(i - 10)) / MS
              + " ms after the latest arrival of grant " + (i - 10));
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
