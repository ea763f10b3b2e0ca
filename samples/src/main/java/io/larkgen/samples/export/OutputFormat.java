package io.larkgen.samples.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two output formats. */
public enum OutputFormat {
  /** JSON Lines: one interview per line, its records embedded as {@code interview_records}. */
  JSONL,
  /** CSV (RFC 4180): one row per interview record, with the interview's columns repeated. */
  CSV;

  /** The format a file name implies: {@code .jsonl}, {@code .ndjson}, {@code .json} or {@code .csv}. */
  public static Optional<OutputFormat> fromFileName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }

  /** The lower-case name used on the command line and in checkpoints. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
