package io.larkgen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The spec as packaged on the class path ({@code hire-v1.yaml} at the root of the jar), read as a
 * plain JSON tree so tests can check the {@code x-lark-*} extensions exactly as written.
 */
final class SpecFile {

  /** Class-path name of the spec, as the processor and the sandbox look it up. */
  static final String RESOURCE = "hire-v1.yaml";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SpecFile() {}

  /** URL of the packaged spec. */
  static URL url() {
    URL url = SpecFile.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(RESOURCE + " is not on the test class path");
    }
    return url;
  }

  /** File system path of the packaged spec (the module's {@code target/classes} copy). */
  static Path path() {
    try {
      return Path.of(url().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The spec as a JSON tree, loaded with SnakeYAML's safe constructor. */
  static JsonNode tree() {
    try (InputStream in = url().openStream()) {
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
}
