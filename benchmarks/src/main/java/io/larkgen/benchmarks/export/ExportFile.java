package io.larkgen.benchmarks.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Counts what a JSON Lines export holds, independently of the program that wrote it: one line
 * per interview, and the interview records as the elements of the line's top-level records
 * array (named {@code interview_records} or {@code records}).
 */
public final class ExportFile {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<String> RECORD_FIELDS = Set.of("interview_records", "records");

  private ExportFile() {}

  /**
   * Interviews and records in one export.
   *
   * @param interviews non-empty lines
   * @param records elements of the records arrays
   */
  public record Counts(long interviews, long records) {}

  /** Reads {@code file} once, streaming. */
  public static Counts count(Path file) throws IOException {
    long interviews = 0;
    long records = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        interviews++;
        records += recordsIn(line);
      }
    }
    return new Counts(interviews, records);
  }

  private static long recordsIn(String line) throws IOException {
    long count = 0;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object line: " + abbreviate(line));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.START_ARRAY && RECORD_FIELDS.contains(name)) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            count++;
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return count;
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "…";
  }
}
