package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.spec.SpecWalker.OperationRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec holds what the doc pages say, counted from the pages themselves rather than pinned: every
 * Hire endpoint page is exactly one operation with the page's method and path, in the file of its
 * version, and nothing else is; every event page is one {@code x-lark-events} entry; an operation
 * has error codes exactly when its page has an error table, and they are the table's codes. (The
 * field-by-field pins of the interview pages are the importer's {@code OverlayTest}.)
 */
class DocPagesTest {

  private static final Pattern URL_ROW = Pattern.compile(
      "^\\| HTTP URL \\| https://open\\.feishu\\.cn(/open-apis/([a-z_]+)/(v\\d+)/\\S*) \\|", Pattern.MULTILINE);
  private static final Pattern METHOD_ROW = Pattern.compile("^\\| HTTP Method \\| ([A-Z]+) \\|", Pattern.MULTILINE);
  private static final Pattern EVENT_ROW = Pattern.compile("^\\| 事件类型 \\| ([a-z0-9_.]+) \\|", Pattern.MULTILINE);
  private static final Pattern ERROR_ROW = Pattern.compile("^\\|\\s*(\\d{3})\\s*\\|\\s*(\\d+)\\s*\\|", Pattern.MULTILINE);
  private static final Pattern PATH_PARAM = Pattern.compile(":([a-z_]+)");
  private static final String SERVICE = "hire";

  /** One endpoint page: its file, the spec file it belongs in, method, path and error codes. */
  private record Endpoint(String page, String specFile, String method, String path, Set<Long> errorCodes) {}

  private static final List<Endpoint> ENDPOINTS = new ArrayList<>();
  private static final Map<String, String> EVENTS = new TreeMap<>();

  @BeforeAll
  static void readPages() throws IOException {
    Path docs = SharedDocs.docs();
    try (Stream<Path> walk = Files.walk(docs)) {
      for (Path file : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String page = docs.relativize(file).toString().replace('\\', '/');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher url = URL_ROW.matcher(text);
        Matcher method = METHOD_ROW.matcher(text);
        if (url.find() && method.find() && url.group(2).equals(SERVICE)) {
          String path = PATH_PARAM.matcher(url.group(1)).replaceAll("{$1}");
          ENDPOINTS.add(new Endpoint(page, SERVICE + "-" + url.group(3) + ".yaml",
              method.group(1).toLowerCase(Locale.ROOT), path, errorCodes(text)));
        }
        Matcher event = EVENT_ROW.matcher(text);
        if (event.find() && event.group(1).startsWith(SERVICE + ".")) {
          EVENTS.put(event.group(1), page);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The codes of the page's 错误码 table (HTTP status, code, …), empty when it has none. */
  private static Set<Long> errorCodes(String text) {
    int table = text.indexOf("### 错误码");
    Set<Long> codes = new LinkedHashSet<>();
    if (table < 0) {
      return codes;
    }
    int end = text.indexOf("\n#", table + 1);
    Matcher row = ERROR_ROW.matcher(text.substring(table, end < 0 ? text.length() : end));
    while (row.find()) {
      codes.add(Long.parseLong(row.group(2)));
    }
    return codes;
  }

  @Test
  void everyEndpointPageIsExactlyOneOperationWithItsMethodAndPath() {
    assertFalse(ENDPOINTS.isEmpty(), "no Hire endpoint page under the docs");
    Map<String, String> expected = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Endpoint endpoint : ENDPOINTS) {
      String key = endpoint.specFile() + " " + endpoint.method().toUpperCase(Locale.ROOT) + " " + endpoint.path();
      if (expected.put(key, endpoint.page()) != null) {
        problems.add(key + ": two pages describe it");
      }
    }
    Map<String, String> actual = new TreeMap<>();
    for (String spec : SpecFile.RESOURCES) {
      for (OperationRef op : SpecWalker.operations(SpecFile.tree(spec))) {
        String key = spec + " " + op.method().toUpperCase(Locale.ROOT) + " " + op.path();
        String page = op.node().path("x-lark-doc").path("file").asText("(hand-written)");
        if (actual.put(key, page) != null) {
          problems.add(key + ": two operations");
        }
      }
    }
    assertEquals(List.of(), problems);
    // Same keys both ways, and each operation names the page it came from.
    assertEquals(expected, actual, "operations (spec file, method, path → page) against the endpoint pages");
  }

  @Test
  void everyEventPageIsOneEventEntry() {
    assertFalse(EVENTS.isEmpty(), "no Hire event page under the docs");
    Map<String, String> actual = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    for (String spec : SpecFile.RESOURCES) {
      for (JsonNode event : SpecFile.tree(spec).path("x-lark-events")) {
        if (actual.put(event.path("event-type").asText(), event.path("doc").path("file").asText()) != null) {
          duplicates.add(event.path("event-type").asText());
        }
      }
    }
    assertEquals(List.of(), duplicates, "event types listed twice");
    assertEquals(EVENTS, actual, "x-lark-events (event type → page) against the event pages");
  }

  @Test
  void errorCodesAreThePagesErrorTable() {
    Map<String, Endpoint> byKey = new HashMap<>();
    ENDPOINTS.forEach(endpoint -> byKey.put(endpoint.specFile() + " " + endpoint.method() + " " + endpoint.path(), endpoint));
    List<String> problems = new ArrayList<>();
    int tables = 0;
    for (String spec : SpecFile.RESOURCES) {
      JsonNode root = SpecFile.tree(spec);
      Set<Long> common = codes(root.path("x-lark-common-error-codes"));
      for (OperationRef op : SpecWalker.operations(root)) {
        Endpoint endpoint = byKey.get(spec + " " + op.method() + " " + op.path());
        if (endpoint == null) {
          continue; // reported by the operations test
        }
        Set<Long> documented = new TreeSet<>(endpoint.errorCodes());
        Set<Long> listed = codes(op.node().path("x-lark-error-codes"));
        tables += documented.isEmpty() ? 0 : 1;
        Set<Long> withoutCommon = new TreeSet<>(documented);
        withoutCommon.removeAll(common);
        if (!new TreeSet<>(listed).equals(withoutCommon)) {
          problems.add(op.pointer() + ": x-lark-error-codes " + listed + ", page " + endpoint.page()
              + " documents " + documented + " (less the common codes " + common + ")");
        }
        if (documented.isEmpty() == op.node().has("x-lark-error-codes")) {
          problems.add(op.pointer() + ": x-lark-error-codes is there exactly when the page has an error table");
        }
      }
    }
    assertEquals(List.of(), problems);
    assertFalse(tables == 0, "no page with an error table");
  }

  private static Set<Long> codes(JsonNode list) {
    Set<Long> codes = new TreeSet<>();
    list.forEach(entry -> codes.add(entry.path("code").asLong()));
    return codes;
  }
}
