package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class SpecCacheTest {

  @TempDir Path dir;

  private final AtomicInteger parses = new AtomicInteger();

  private final Function<String, Map<String, Object>> parser = yaml -> {
    parses.incrementAndGet();
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  };

  @Test
  void aSecondReadOfTheSameTextSkipsTheParserAndGivesAnEqualDocument() {
    String yaml = "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      operationId: a\n"
        + "      x-n: 12345678901\n      x-f: 1.5\n      x-l: [1, two, null, true]\n";
    SpecCache cache = new SpecCache(dir);
    Map<String, Object> first = cache.document(yaml, parser);
    Map<String, Object> second = new SpecCache(dir).document(yaml, parser);
    assertEquals(1, parses.get());
    assertEquals(first, second);
    assertTrue(Files.isRegularFile(dir.resolve(SpecCache.sha256(yaml) + ".json")));

    new SpecCache(dir).document(yaml + "x-other: 1\n", parser);
    assertEquals(2, parses.get(), "another text is another key");
  }

  @Test
  void anUnreadableCacheFileIsParsedAgainAndRewritten() throws IOException {
    String yaml = "openapi: 3.0.3\ninfo: {title: t}\n";
    Path file = dir.resolve(SpecCache.sha256(yaml) + ".json");
    Files.writeString(file, "{not json");
    Map<String, Object> doc = new SpecCache(dir).document(yaml, parser);
    assertEquals(Map.of("title", "t"), doc.get("info"));
    assertEquals(1, parses.get());
    new SpecCache(dir).document(yaml, parser);
    assertEquals(1, parses.get(), "the rewritten file is read");
  }

  @Test
  void aDocumentWhoseJsonDiffersFromItIsNotCached() {
    String yaml = "info:\n  x-date: 2024-01-01\n";
    new SpecCache(dir).document(yaml, parser);
    assertFalse(Files.exists(dir.resolve(SpecCache.sha256(yaml) + ".json")),
        "a YAML timestamp does not survive JSON");
    new SpecCache(dir).document(yaml, parser);
    assertEquals(2, parses.get());
  }

  @Test
  void theSpecParserKeepsATimestampAsItsTextSoTheSpecIsCached() {
    String yaml = "info:\n  x-date: 2024-01-01\n";
    Map<String, Object> doc = new SpecCache(dir).document(yaml,
        text -> SpecModel.parseYaml("dated.yaml", text));
    assertEquals(Map.of("x-date", "2024-01-01"), doc.get("info"));
    assertTrue(Files.isRegularFile(dir.resolve(SpecCache.sha256(yaml) + ".json")));
  }
}
