package io.larkgen.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parsed spec documents as JSON files keyed by the SHA-256 of the YAML text, so that a JVM
 * reading a spec another JVM already parsed skips SnakeYAML (the whole-Hire spec: 1.5 MB of
 * YAML, about 1–4 s to parse, against 0.1–0.3 s to read its JSON). A document is cached only
 * when its JSON reads back equal to it (no timestamps, binary values or non-text keys); a cache
 * file that cannot be read is parsed again and rewritten. The folder is the system property
 * {@value #DIRECTORY_PROPERTY}, by default {@code larkgen-sandbox-specs} in
 * {@code java.io.tmpdir}; {@code none} turns the cache off.
 */
final class SpecCache {

  /** System property naming the cache folder, or {@code none}. */
  static final String DIRECTORY_PROPERTY = "larkgen.sandbox.specCache";

  private static final Logger LOG = LoggerFactory.getLogger(SpecCache.class);
  private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {};

  private final Path directory;

  SpecCache(Path directory) {
    this.directory = directory;
  }

  /** The cache the system property names, or none when it says {@code none}. */
  static Optional<SpecCache> configured() {
    String dir = System.getProperty(DIRECTORY_PROPERTY);
    if ("none".equals(dir)) {
      return Optional.empty();
    }
    return Optional.of(new SpecCache(dir == null || dir.isBlank()
        ? Path.of(System.getProperty("java.io.tmpdir"), "larkgen-sandbox-specs")
        : Path.of(dir)));
  }

  /** The document of {@code yaml}: from the cache when it holds it, else parsed and stored. */
  Map<String, Object> document(String yaml, Function<String, Map<String, Object>> parse) {
    Path file = directory.resolve(sha256(yaml) + ".json");
    if (Files.isRegularFile(file)) {
      try {
        return Json.MAPPER.readValue(file.toFile(), DOCUMENT);
      } catch (IOException e) {
        LOG.debug("spec cache file {} unreadable, parsing the YAML again", file, e);
      }
    }
    Map<String, Object> doc = parse.apply(yaml);
    store(file, doc);
    return doc;
  }

  private void store(Path file, Map<String, Object> doc) {
    try {
      byte[] json = Json.MAPPER.writeValueAsBytes(doc);
      if (!doc.equals(Json.MAPPER.readValue(json, DOCUMENT))) {
        return;
      }
      Files.createDirectories(directory);
      Path tmp = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
      Files.write(tmp, json);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.debug("spec cache file {} not written", file, e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
