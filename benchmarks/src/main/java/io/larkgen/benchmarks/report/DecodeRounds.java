package io.larkgen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.benchmarks.harness.Results;
import io.larkgen.benchmarks.harness.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The decode part's JMH results: one JSON file per round ({@code decode-1.json}, {@code
 * decode-2.json}, …, each round running every peer one after the other), or a single {@code
 * decode.json}. A figure is the median over the rounds, and a ratio the median of each round's
 * ratio, so that a change of the machine's speed between two rounds moves both sides of a
 * ratio alike.
 */
final class DecodeRounds {
  private static final Pattern ROUND = Pattern.compile("decode-(\\d+)\\.json");

  private final List<JsonNode> rounds;

  private DecodeRounds(List<JsonNode> rounds) {
    this.rounds = rounds;
  }

  /** The rounds under {@code results}, or null when there are none. */
  static DecodeRounds read(Path results) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(results)) {
      try (Stream<Path> list = Files.list(results)) {
        list.filter(p -> ROUND.matcher(p.getFileName().toString()).matches()).forEach(files::add);
      }
    }
    files.sort(Comparator.comparingInt(DecodeRounds::roundOf));
    if (files.isEmpty() && Files.exists(results.resolve("decode.json"))) {
      files.add(results.resolve("decode.json"));
    }
    if (files.isEmpty()) {
      return null;
    }
    List<JsonNode> rounds = new ArrayList<>();
    for (Path file : files) {
      rounds.add(Results.MAPPER.readTree(file.toFile()));
    }
    return new DecodeRounds(rounds);
  }

  private static int roundOf(Path file) {
    Matcher m = ROUND.matcher(file.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Rounds read. */
  int count() {
    return rounds.size();
  }

  /** The first round's first benchmark, for JMH's settings; null when it is empty. */
  JsonNode settings() {
    JsonNode first = rounds.get(0);
    return first.size() == 0 ? null : first.get(0);
  }

  /** {@code peer}'s benchmark on {@code page} in the first round that has it, or null. */
  JsonNode any(String peer, String page) {
    for (JsonNode round : rounds) {
      JsonNode b = benchmark(round, peer, page);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** Every round's ops/s of {@code peer} on {@code page}, in round order. */
  List<Double> scores(String peer, String page) {
    List<Double> scores = new ArrayList<>();
    for (JsonNode round : rounds) {
      JsonNode b = benchmark(round, peer, page);
      if (b != null) {
        scores.add(score(b));
      }
    }
    return scores;
  }

  /** Median ops/s of {@code peer} on {@code page} over the rounds; NaN when never run. */
  double ops(String peer, String page) {
    List<Double> scores = scores(peer, page);
    return scores.isEmpty() ? Double.NaN : Stats.median(scores);
  }

  /**
   * Median over the rounds holding both of {@code numerator}'s ops/s ÷ {@code denominator}'s on
   * {@code page}; NaN when no round holds both.
   */
  double ratio(String numerator, String denominator, String page) {
    List<Double> ratios = new ArrayList<>();
    for (JsonNode round : rounds) {
      JsonNode n = benchmark(round, numerator, page);
      JsonNode d = benchmark(round, denominator, page);
      if (n != null && d != null) {
        ratios.add(score(n) / score(d));
      }
    }
    return ratios.isEmpty() ? Double.NaN : Stats.median(ratios);
  }

  private static JsonNode benchmark(JsonNode round, String method, String page) {
    for (JsonNode b : round) {
      if (b.path("benchmark").asText().endsWith("." + method)
          && b.path("params").path("page").asText().equals(page)) {
        return b;
      }
    }
    return null;
  }

  private static double score(JsonNode b) {
    return b.path("primaryMetric").path("score").asDouble();
  }
}
