package io.larkgen.samples.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes the checkpoint file {@code <out>.checkpoint} (JSON). A save is atomic and
 * durable: the new content goes to {@code <out>.checkpoint.tmp}, is forced to disk, renamed over
 * the old file, and the directory is forced so the rename itself survives a power cut. A reader
 * therefore sees the previous checkpoint or the new one, never a mix.
 */
public final class CheckpointStore {
  /** Strict: every field present, of its own type, none unknown; nothing coerced. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private final Path file;
  private final Path temp;

  /** The store for the checkpoint at {@code file}. */
  public CheckpointStore(Path file) {
    this.file = file.toAbsolutePath();
    this.temp = this.file.resolveSibling(this.file.getFileName() + ".tmp");
  }

  /** The checkpoint of {@code output}: {@code <output>.checkpoint} beside it. */
  public static CheckpointStore beside(Path output) {
    Path abs = output.toAbsolutePath();
    return new CheckpointStore(abs.resolveSibling(abs.getFileName() + ".checkpoint"));
  }

  /** The checkpoint file. */
  public Path file() {
    return file;
  }

  /**
   * The saved checkpoint, if there is one.
   *
   * @throws ExportFailure ({@link ExitCodes#CHECKPOINT}) if it cannot be read
   */
  public Optional<Checkpoint> load() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new ExportFailure(
          ExitCodes.CHECKPOINT, "cannot read the checkpoint " + file + ": " + e.getMessage(), e);
    }
    try {
      JsonNode tree = MAPPER.readTree(bytes);
      if (tree == null || !tree.isObject()) {
        throw new ExportFailure(
            ExitCodes.CHECKPOINT,
            "the checkpoint " + file + " is not a JSON object"
                + (tree == null || tree.isMissingNode()
                    ? " (it is empty)"
                    : " (it is " + tree.getNodeType().name().toLowerCase(Locale.ROOT) + ")")
                + "; delete it or pass --no-resume to start over");
      }
      JsonNode version = tree.path("version");
      if (!version.isInt() || version.intValue() != Checkpoint.VERSION) {
        throw new ExportFailure(
            ExitCodes.CHECKPOINT,
            "the checkpoint " + file + " has format version " + version + ", expected "
                + Checkpoint.VERSION + "; delete it or pass --no-resume to start over");
      }
      return Optional.of(MAPPER.treeToValue(tree, Checkpoint.class));
    } catch (JsonProcessingException e) {
      throw new ExportFailure(
          ExitCodes.CHECKPOINT,
          "the checkpoint " + file + " is not readable (" + e.getOriginalMessage()
              + "); delete it or pass --no-resume to start over",
          e);
    } catch (IOException e) {
      throw new ExportFailure(
          ExitCodes.CHECKPOINT, "cannot read the checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the checkpoint atomically and durably. */
  public void save(Checkpoint checkpoint) throws IOException {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(checkpoint);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode checkpoint", e);
    }
    try (FileChannel ch =
        FileChannel.open(
            temp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    forceDirectory();
  }

  /** Removes the checkpoint (after a finished export, or before a fresh one). */
  public void delete() throws IOException {
    Files.deleteIfExists(temp);
    if (Files.deleteIfExists(file)) {
      forceDirectory();
    }
  }

  private void forceDirectory() {
    Path dir = file.getParent();
    if (dir == null) {
      return;
    }
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Some platforms cannot open or force a directory; the rename is still atomic there.
    }
  }
}
