package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.larkgen.sandbox.FeishuSandbox;
import io.larkgen.sandbox.InterviewFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A checkpoint that this export cannot have written, or an output that is not the one its
 * checkpoint describes, is refused (exit 4, a message saying what to do) with both files left
 * as they are, instead of resuming into a wrong export.
 */
class CheckpointValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Backend.Factory FAST = Backends.withClientRateLimiting(false);
  private static FeishuSandbox sandbox;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(21L).interviews(100).rateLimits(false).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** One change to an interrupted export's files. */
  @FunctionalInterface
  interface Edit {
    void apply(ObjectNode checkpoint, Path checkpointFile, Path output) throws IOException;
  }

  private static Arguments edit(String name, String says, Edit e) {
    return Arguments.of(name, says, e);
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        edit("JSON null", "is not a JSON object (it is null)", (cp, f, out) -> Files.writeString(f, "null")),
        edit("a JSON array", "is not a JSON object (it is array)", (cp, f, out) -> Files.writeString(f, "[]")),
        edit("negative offset", "outputBytes -1 is negative", (cp, f, out) -> cp.put("outputBytes", -1)),
        edit("segment -1", "segment -1 is not between 0 and 1", (cp, f, out) -> cp.put("segment", -1)),
        edit("segment 7", "segment 7 is not between 0 and 1", (cp, f, out) -> cp.put("segment", 7)),
        edit("offset mid-line", "are not those the checkpoint recorded",
            (cp, f, out) -> cp.put("outputBytes", cp.get("outputBytes").longValue() - 5)),
        edit("outputBytes 0 with totals kept", "outputBytes is 0", (cp, f, out) -> cp.put("outputBytes", 0)),
        edit("pageToken null", "pageToken is missing although 3 pages of segment 0 were committed",
            (cp, f, out) -> cp.putNull("pageToken")),
        edit("pageToken empty", "pageToken is empty", (cp, f, out) -> cp.put("pageToken", "")),
        edit("a field missing", "is not readable", (cp, f, out) -> cp.remove("segmentPages")),
        edit("a number as text", "is not readable", (cp, f, out) -> cp.put("segment", "0")),
        edit("a negative counter", "a counter in totals is negative",
            (cp, f, out) -> ((ObjectNode) cp.get("totals")).put("missingRecords", -1)),
        edit("records not matching conclusions", "totals.conclusions add up to",
            (cp, f, out) -> ((ObjectNode) cp.get("totals")).put("records", cp.get("totals").get("records").longValue() + 1)),
        edit("range moved", "rangeStart ", (cp, f, out) -> cp.put("rangeStart", cp.get("rangeStart").longValue() - 1)),
        edit("digest not hex", "outputSha256 is not a SHA-256 in hex", (cp, f, out) -> cp.put("outputSha256", "zz")),
        edit("output replaced by other content of the same size", "are not those the checkpoint recorded",
            (cp, f, out) -> {
              byte[] other = new byte[(int) Files.size(out)];
              Arrays.fill(other, (byte) 'x');
              Files.write(out, other);
            }),
        edit("output cut short", "the checkpoint says",
            (cp, f, out) -> Files.write(out, Arrays.copyOf(Files.readAllBytes(out), 100))));
  }

  private String[] args(Path out) {
    return EndToEndTest.wholeRange(sandbox, "--out", out.toString(), "--page-size", "20");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void anEditedCheckpointOrOutputIsRefusedAndLeftAsItIs(String name, String says, Edit edit) throws IOException {
    Path out = dir.resolve("x.jsonl");
    assertEquals(ExitCodes.FAILED, Cli.run(EndToEndTest.env(sandbox), FAST, WriterHooks.dieBefore(70), args(out)).code());
    Path file = CheckpointStore.beside(out).file();
    ObjectNode cp = (ObjectNode) JSON.readTree(file.toFile());
    assertEquals(3, cp.get("segmentPages").intValue(), cp.toString());
    edit.apply(cp, file, out);
    if (JSON.readTree(file.toFile()).isObject()) {
      JSON.writeValue(file.toFile(), cp);
    }
    byte[] output = Files.readAllBytes(out);
    byte[] checkpoint = Files.readAllBytes(file);

    Cli.Run r = Cli.run(EndToEndTest.env(sandbox), FAST, args(out));
    assertEquals(ExitCodes.CHECKPOINT, r.code(), r.err());
    assertTrue(r.err().contains(says), r.err());
    assertTrue(r.err().contains("--no-resume"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertArrayEquals(output, Files.readAllBytes(out), "the output is left as it is");
    assertArrayEquals(checkpoint, Files.readAllBytes(file), "the checkpoint is left as it is");

    String[] again = Arrays.copyOf(args(out), args(out).length + 1);
    again[again.length - 1] = "--no-resume";
    Cli.Run fresh = Cli.run(EndToEndTest.env(sandbox), FAST, again);
    assertEquals(ExitCodes.OK, fresh.code(), fresh.err());
    assertEquals(sandbox.dataset().recordCount(), Expected.checkJsonLines(sandbox.dataset(), InterviewFilter.all(), out));
  }
}
