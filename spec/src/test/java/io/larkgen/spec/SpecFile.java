package io.larkgen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The spec files as packaged on the class path ({@code hire-v1.yaml} and {@code hire-v2.yaml} at the
 * root of the jar), read as plain JSON trees so tests can check the {@code x-lark-*} extensions
 * exactly as written.
 */
final class SpecFile {

  /** Class-path names of the spec files, as the processor and the sandbox look them up. */
  static final List<String> RESOURCES = List.of("hire-v1.yaml", "hire-v2.yaml");

  /** {@code @MethodSource} of the tests that check every spec file. */
  static final String EVERY_FILE = "io.larkgen.spec.SpecFile#names";

  /** Prefix of a local schema reference. */
  static final String SCHEMA_PREFIX = "#/components/schemas/";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, JsonNode> TREES = new ConcurrentHashMap<>();

  private SpecFile() {}

  /** The spec files' names, the source of every parameterized spec test. */
  static List<String> names() {
    return RESOURCES;
  }

  /** URL of a packaged spec file. */
  static URL url(String name) {
    URL url = SpecFile.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the test class path");
    }
    return url;
  }

  /** File system path of a packaged spec file (the module's {@code target/classes} copy). */
  static Path path(String name) {
    try {
      return Path.of(url(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A spec file as a JSON tree, loaded once with SnakeYAML's safe constructor. */
  static JsonNode tree(String name) {
    return TREES.computeIfAbsent(name, SpecFile::load);
  }

  private static JsonNode load(String name) {
    try (InputStream in = url(name).openStream()) {
      Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return MAPPER.valueToTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of an object node's fields, in file order. */
  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  /** The entries of an object node, in file order. */
  static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return new ArrayList<>(node.properties());
  }

  /** The elements of an array node as text. */
  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  /** Resolves a local reference such as {@code #/components/schemas/Interview}, or null. */
  static JsonNode resolve(JsonNode root, String ref) {
    if (!ref.startsWith("#/")) {
      return null;
    }
    JsonNode target = root.at(ref.substring(1));
    return target.isMissingNode() ? null : target;
  }

  /** The names of the schemas under {@code components/schemas} that an {@code x-lark-events} entry names. */
  static Set<String> eventSchemas(JsonNode root) {
    Set<String> names = new LinkedHashSet<>();
    root.path("x-lark-events").forEach(event -> names.add(event.path("schema").asText()));
    return names;
  }

  /**
   * The schemas reachable through {@code $ref}s from the given start nodes, transitively: what a
   * reader of those nodes needs.
   */
  static Set<String> reachableSchemas(JsonNode root, List<JsonNode> starts) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<JsonNode> work = new ArrayDeque<>(starts);
    JsonNode schemas = root.path("components").path("schemas");
    while (!work.isEmpty()) {
      SpecWalker.walk(work.pop(), (pointer, node) -> {
        String ref = node.isObject() ? node.path("$ref").asText("") : "";
        String name = ref.startsWith(SCHEMA_PREFIX) ? ref.substring(SCHEMA_PREFIX.length()) : null;
        if (name != null && seen.add(name) && schemas.has(name)) {
          work.push(schemas.get(name));
        }
      });
    }
    return seen;
  }
}
