package io.larkgen.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which faults a sandbox injects, and when: by request number ({@link Builder#at}), by a
 * seeded rate ({@link Builder#rate}) drawn from a mix of kinds, and a token revocation at a
 * given request ({@link Builder#revokeTokensAt}).
 *
 * <p>Request numbers count, from 1, the requests the plan applies to: Hire endpoints, plus the
 * token endpoints when {@link Builder#includeTokenEndpoints} is set. A scheduled fault that
 * cannot apply to its request (a repeated page token on a last page) is carried to the next
 * request where it can. Immutable and thread-safe.
 */
public final class FaultPlan {

  private static final Set<Fault> DEFAULT_MIX = Collections.unmodifiableSet(EnumSet.of(
      Fault.HTTP_500, Fault.HTTP_502, Fault.HTTP_503, Fault.HTTP_429, Fault.SLOW,
      Fault.TRUNCATED_BODY, Fault.TRUNCATED_CONNECTION_CLOSED, Fault.CONNECTION_RESET,
      Fault.REPEATED_PAGE_TOKEN));

  private static final FaultPlan NONE = builder().build();

  private final double rate;
  private final List<Fault> mix;
  private final long seed;
  private final Map<Long, List<Fault>> scheduled;
  private final Duration slowDelay;
  private final int rateLimitResetSeconds;
  private final boolean includeTokenEndpoints;

  private FaultPlan(Builder b) {
    this.rate = b.rate;
    this.mix = List.copyOf(b.mix);
    this.seed = b.seed;
    Map<Long, List<Fault>> copy = new TreeMap<>();
    b.scheduled.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.scheduled = Collections.unmodifiableMap(copy);
    this.slowDelay = b.slowDelay;
    this.rateLimitResetSeconds = b.rateLimitResetSeconds;
    this.includeTokenEndpoints = b.includeTokenEndpoints;
  }

  /** No faults at all. */
  public static FaultPlan none() {
    return NONE;
  }

  /** A builder; with nothing set it builds a plan without faults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Probability that a request gets a random fault from {@link #mix()}. */
  public double rate() {
    return rate;
  }

  /** Kinds the random faults are drawn from, uniformly. */
  public List<Fault> mix() {
    return mix;
  }

  /** Seed of the random draws. */
  public long seed() {
    return seed;
  }

  /** Faults by request number (1-based). */
  public Map<Long, List<Fault>> scheduled() {
    return scheduled;
  }

  /** Delay of {@link Fault#SLOW} answers. */
  public Duration slowDelay() {
    return slowDelay;
  }

  /** {@code x-ogw-ratelimit-reset} of {@link Fault#HTTP_429} answers, in seconds. */
  public int rateLimitResetSeconds() {
    return rateLimitResetSeconds;
  }

  /** Whether the token endpoints get faults too. */
  public boolean includeTokenEndpoints() {
    return includeTokenEndpoints;
  }

  /** Whether the plan injects anything. */
  public boolean isEmpty() {
    return rate == 0 && scheduled.isEmpty();
  }

  @Override
  public String toString() {
    return "FaultPlan{rate=" + rate + ", mix=" + mix + ", scheduled=" + scheduled
        + ", slowDelay=" + slowDelay + ", includeTokenEndpoints=" + includeTokenEndpoints + "}";
  }

  /** Builder of {@link FaultPlan}. */
  public static final class Builder {
    private double rate;
    private List<Fault> mix = new ArrayList<>(DEFAULT_MIX);
    private long seed = 1L;
    private final Map<Long, List<Fault>> scheduled = new TreeMap<>();
    private Duration slowDelay = Duration.ofMillis(1500);
    private int rateLimitResetSeconds = 1;
    private boolean includeTokenEndpoints;

    private Builder() {}

    /** Probability (0 … 1) that a request gets a random fault. */
    public Builder rate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rate must be between 0 and 1, was " + rate);
      }
      this.rate = rate;
      return this;
    }

    /**
     * Kinds the random faults are drawn from (default: every kind except
     * {@link Fault#REVOKE_TOKENS}).
     */
    public Builder mix(Fault... kinds) {
      if (kinds.length == 0) {
        throw new IllegalArgumentException("mix needs at least one fault kind");
      }
      this.mix = new ArrayList<>(List.of(kinds));
      return this;
    }

    /** Seed of the random draws (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Injects {@code fault} into request number {@code requestNumber} (1-based). */
    public Builder at(long requestNumber, Fault fault) {
      if (requestNumber < 1) {
        throw new IllegalArgumentException("request numbers start at 1, was " + requestNumber);
      }
      scheduled.computeIfAbsent(requestNumber, k -> new ArrayList<>()).add(Objects.requireNonNull(fault));
      return this;
    }

    /** Revokes every issued token just before request {@code requestNumber} is handled. */
    public Builder revokeTokensAt(long requestNumber) {
      return at(requestNumber, Fault.REVOKE_TOKENS);
    }

    /** Delay of slow answers (default 1.5 s). */
    public Builder slowDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("slowDelay must not be negative");
      }
      this.slowDelay = delay;
      return this;
    }

    /** {@code x-ogw-ratelimit-reset} seconds on injected 429 answers (default 1). */
    public Builder rateLimitResetSeconds(int seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException("rateLimitResetSeconds must not be negative");
      }
      this.rateLimitResetSeconds = seconds;
      return this;
    }

    /** Whether token endpoints get faults too (default false). */
    public Builder includeTokenEndpoints(boolean include) {
      this.includeTokenEndpoints = include;
      return this;
    }

    /** The plan. */
    public FaultPlan build() {
      return new FaultPlan(this);
    }
  }
}
