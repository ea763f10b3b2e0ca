package io.larkgen.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides, per request the plan applies to, which faults it gets: the ones scheduled at its
 * number, those carried over from earlier requests where they could not apply, and a random
 * one at the plan's rate.
 */
final class FaultInjector {

  private final FaultPlan plan;
  private final AtomicLong counter = new AtomicLong();
  private final Random random;
  private final List<Fault> carried = new ArrayList<>();

  FaultInjector(FaultPlan plan) {
    this.plan = plan;
    this.random = new Random(plan.seed());
  }

  FaultPlan plan() {
    return plan;
  }

  /** Faults for the next request; numbers requests from 1. */
  synchronized List<Fault> next() {
    long number = counter.incrementAndGet();
    List<Fault> faults = new ArrayList<>(carried);
    carried.clear();
    faults.addAll(plan.scheduled().getOrDefault(number, List.of()));
    if (plan.rate() > 0 && random.nextDouble() < plan.rate()) {
      faults.add(plan.mix().get(random.nextInt(plan.mix().size())));
    }
    return faults;
  }

  /** A scheduled fault that could not apply to its request waits for the next one. */
  synchronized void carry(Fault fault) {
    carried.add(fault);
  }
}
