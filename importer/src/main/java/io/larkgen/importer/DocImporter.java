package io.larkgen.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.larkgen.importer.openapi.SpecAssembler;
import io.larkgen.importer.overlay.Overlay;
import io.larkgen.importer.page.DocPage;
import io.larkgen.importer.page.DocProblem;
import io.larkgen.importer.page.PageParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The importer as a library: reads every {@code .md} page under the docs folders, maps them to one
 * OpenAPI document per Feishu service and version, applies {@code <name>.overlay.yaml} from the spec
 * folder when present, keeps the hand-written operations of the existing spec files, and renders
 * deterministic YAML. Bad pages become {@link DocProblem}s; the other pages are still imported.
 */
public final class DocImporter {

  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .build())
      .build();

  /**
   * What an import produced.
   *
   * @param documents the spec documents by file name ({@code hire-v1.yaml}), overlay applied
   * @param yaml the same documents rendered as YAML
   * @param problems errors (the page is left out) and warnings, in page order
   * @param notes the naming and merging decisions of the mapping policies, and stale overlay actions
   * @param needsName enum schemas whose value names are derived, not given by the overlay
   */
  public record Result(
      Map<String, ObjectNode> documents,
      Map<String, String> yaml,
      List<DocProblem> problems,
      List<String> notes,
      List<String> needsName,
      int pages) {

    public long errorCount() {
      return problems.stream().filter(DocProblem::error).count();
    }
  }

  private DocImporter() {}

  /** The {@code .md} files under a folder, sorted by their path relative to it. */
  public static List<Path> pages(Path root) {
    boolean folder = Files.isDirectory(root);
    try (Stream<Path> walk = Files.walk(root)) {
      // Each page's name once, not a file-system query per comparison of the sort.
      return walk.filter(path -> path.toString().endsWith(".md") || path.toString().endsWith(".txt"))
          .filter(Files::isRegularFile)
          .map(path -> Map.entry(relative(root, path, folder), path))
          .sorted(Map.Entry.comparingByKey())
          .map(Map.Entry::getValue)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
    }
  }

  static String relative(Path root, Path file) {
    return relative(root, file, Files.isDirectory(root));
  }

  private static String relative(Path root, Path file, boolean folder) {
    return folder ? root.relativize(file).toString().replace('\\', '/') : file.getFileName().toString();
  }

  /**
   * Imports the pages under {@code docRoots}.
   *
   * @param specDir the folder holding {@code <name>.overlay.yaml} and the existing spec files whose
   *     hand-written operations are kept; {@code null} for neither
   */
  public static Result run(List<Path> docRoots, Path specDir) throws IOException {
    List<DocProblem> problems = new ArrayList<>();
    List<DocPage> parsed = new ArrayList<>();
    int pageCount = 0;
    for (Path root : docRoots) {
      List<Path> files = Files.isDirectory(root) ? pages(root) : List.of(root);
      for (Path file : files) {
        String name = relative(root, file);
        pageCount++;
        String text;
        try {
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          problems.add(DocProblem.error(name, 1, "cannot read the file: " + e.getMessage()));
          continue;
        }
        PageParser.Result result = PageParser.parse(name, text);
        problems.addAll(result.problems());
        if (result.ok()) {
          parsed.add(result.page());
        }
      }
    }
    Map<String, Overlay> overlays = new TreeMap<>();
    Map<String, String> schemaNames = new LinkedHashMap<>();
    Map<String, String> enumNames = new LinkedHashMap<>();
    if (specDir != null && Files.isDirectory(specDir)) {
      try (Stream<Path> list = Files.list(specDir)) {
        for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".overlay.yaml")).sorted().toList()) {
          String target = file.getFileName().toString().replace(".overlay.yaml", ".yaml");
          try {
            Overlay overlay = Overlay.of(YAML.readTree(file.toFile()));
            overlays.put(target, overlay);
            schemaNames.putAll(overlay.schemaNames());
            enumNames.putAll(overlay.enumNames());
          } catch (IllegalArgumentException | JsonProcessingException e) {
            problems.add(DocProblem.error(file.getFileName().toString(), 1, "overlay: " + e.getMessage()));
          }
        }
      }
    }
    SpecAssembler assembler = new SpecAssembler(schemaNames, enumNames);
    parsed.forEach(assembler::survey);
    parsed.forEach(assembler::add);
    problems.addAll(assembler.problems());
    Map<String, ObjectNode> documents = assembler.build();
    List<String> notes = new ArrayList<>(assembler.notes());
    List<String> needsName = new ArrayList<>();
    Map<String, String> yaml = new TreeMap<>();
    for (Map.Entry<String, ObjectNode> entry : documents.entrySet()) {
      ObjectNode document = entry.getValue();
      Map<String, JsonNode> derived = new TreeMap<>();
      document.path("components").path("schemas").properties().forEach(schema -> {
        if (schema.getValue().has("x-enum-varnames")) {
          derived.put(schema.getKey(), schema.getValue().get("x-enum-varnames").deepCopy());
        }
      });
      Overlay overlay = overlays.getOrDefault(entry.getKey(), Overlay.empty());
      overlay.apply(document).forEach(line -> notes.add(entry.getKey() + ": " + line));
      if (specDir != null) {
        HandWritten.keep(specDir.resolve(entry.getKey()), document, YAML);
      }
      derived.forEach((name, varnames) -> {
        JsonNode now = document.path("components").path("schemas").path(name).path("x-enum-varnames");
        if (now.equals(varnames)) {
          needsName.add(entry.getKey() + ": " + name + " " + varnames);
        }
      });
      yaml.put(entry.getKey(), render(document));
    }
    return new Result(documents, yaml, List.copyOf(problems), List.copyOf(notes), List.copyOf(needsName), pageCount);
  }

  /** Renders a document as the YAML the spec files hold. */
  public static String render(JsonNode document) {
    try {
      return YAML.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render YAML: " + e.getMessage(), e);
    }
  }

  /** Reads a spec file as a tree, or {@code null} when it does not exist. */
  public static JsonNode read(Path file) throws IOException {
    return Files.exists(file) ? YAML.readTree(file.toFile()) : null;
  }
}
