package io.larkgen.importer.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.larkgen.importer.page.DocPage.ErrorRow;
import io.larkgen.importer.page.DocPage.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads one doc page with commonmark-java (GFM tables) and the page grammar of the format census:
 * front matter, the H1, the fixed {@code ## 请求} / {@code ## 响应} / {@code ## 事件} sections and
 * their tables, nesting by {@code └} depth, description markers, JSON examples, error codes.
 * Sections the grammar does not know are skipped; code fences are never read as headings.
 */
public final class PageParser {

  private static final Parser MARKDOWN = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS)
      .build();
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();
  private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_]+):\\s*\"?(.*?)\"?\\s*$");
  private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private final String file;
  private final List<DocProblem> problems = new ArrayList<>();
  private RenderingNormalizer.Normalized lines;
  /** Tables whose nesting the rendering lost (seed 003's plain rows, historic pages' {@code ∟}). */
  private final List<List<FieldRow>> flattened = new ArrayList<>();

  private PageParser(String file) {
    this.file = file;
  }

  /** The outcome of reading a page: the page ({@code null} when it has errors) and every problem. */
  public record Result(DocPage page, List<DocProblem> problems) {
    public boolean ok() {
      return page != null;
    }
  }

  /**
   * Parses a page.
   *
   * @param file the page's path relative to its docs root, used in the page and in problems
   * @param text the page's Markdown
   */
  public static Result parse(String file, String text) {
    PageParser parser = new PageParser(file);
    DocPage page;
    try {
      page = parser.read(text.replace("\r\n", "\n"));
    } catch (PageException e) {
      parser.problems.add(e.problem());
      page = null;
    }
    boolean errors = parser.problems.stream().anyMatch(DocProblem::error);
    return new Result(errors ? null : page, List.copyOf(parser.problems));
  }

  private DocPage read(String source) throws PageException {
    Map<String, String> front = new LinkedHashMap<>();
    String body = frontMatter(source, front);
    RenderingNormalizer.Normalized normalized = RenderingNormalizer.joinContinuedCells(body);
    lines = normalized;
    Node document = MARKDOWN.parse(normalized.text());

    String title = front.get("title");
    String intro = null;
    String h2 = null;
    String h3 = null;
    boolean seenH1 = false;
    Map<String, String> properties = new LinkedHashMap<>();
    int propertiesLine = 0;
    List<FieldRow> headers = null;
    List<FieldRow> path = null;
    List<FieldRow> query = null;
    List<FieldRow> requestBody = null;
    List<FieldRow> response = null;
    JsonNode responseExample = null;
    JsonNode bodyExample = null;
    List<ErrorRow> errors = null;
    String deprecation = null;
    StringBuilder introText = new StringBuilder();
    int exampleLine = 0;

    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        String text = plain(heading).replace("*", "").strip();
        if (heading.getLevel() == 1 || (!seenH1 && heading.getLevel() == 2 && title == null)) {
          if (title == null) {
            title = text;
          }
          seenH1 = true;
          h2 = null;
          h3 = null;
        } else if (heading.getLevel() == 2) {
          h2 = text;
          h3 = null;
        } else if (heading.getLevel() == 3) {
          h3 = text;
        }
        continue;
      }
      if (seenH1 && h2 == null && (node instanceof Paragraph || node instanceof BlockQuote)) {
        String text = plain(node).strip();
        if (node instanceof Paragraph && !text.startsWith("最后更新于")) {
          introText.append(introText.length() == 0 ? "" : "\n").append(text);
        }
        if (deprecation == null && (text.contains("不再更新") || text.contains("已废弃"))) {
          deprecation = text.replaceFirst("^Tip:\\s*", "").strip();
        }
        continue;
      }
      String section = h3 != null ? h3 : h2 == null ? "" : h2;
      if (node instanceof TableBlock table) {
        boolean kvSection = h3 == null && ("请求".equals(h2) || "事件".equals(h2));
        if (kvSection && properties.isEmpty()) {
          propertiesLine = line(table);
          keyValues(table, properties);
        } else if (h2 != null && (h2.equals("请求") || h2.equals("响应") || h2.equals("事件"))
            && !"响应".equals(section)) {
          switch (section) {
            case "请求头" -> headers = headers == null ? fieldTable(table, true) : headers;
            case "路径参数" -> path = path == null ? fieldTable(table, false) : path;
            case "查询参数" -> query = query == null ? fieldTable(table, true) : query;
            case "请求体" -> requestBody = requestBody == null ? fieldTable(table, true) : requestBody;
            case "响应体", "事件体" -> response = response == null ? fieldTable(table, false) : response;
            case "错误码" -> errors = errors == null ? errorTable(table) : errors;
            default -> { }
          }
        }
      } else if (node instanceof FencedCodeBlock fence && h2 != null) {
        if (section.equals("响应体示例") || section.equals("事件体示例") || section.equals("响应")) {
          if (responseExample == null) {
            responseExample = json(fence);
            exampleLine = line(fence);
          }
        } else if (section.equals("请求体示例")) {
          bodyExample = bodyExample == null ? json(fence) : bodyExample;
        }
      } else if (node instanceof Paragraph paragraph && h2 != null && startsLikeTableRow(paragraph)) {
        problems.add(DocProblem.error(file, line(paragraph),
            "broken table in section '" + section + "': a row outside the table (expected '| cell | … |' rows"
                + " directly below the header and separator)"));
      }
    }
    if (!seenH1) {
      throw new PageException(DocProblem.error(file, 1, "no title heading (expected '# <title>')"));
    }
    intro = introText.toString().strip();
    if (response == null && responseExample != null && responseExample.isObject()) {
      response = ExampleRows.rows(responseExample, exampleLine);
    }
    if (response != null && isFlattened(response)) {
      response = nest(response, responseExample, "响应体");
    }
    if (requestBody != null && isFlattened(requestBody)) {
      requestBody = nest(requestBody, bodyExample, "请求体");
    }
    Kind kind = properties.containsKey("HTTP URL") ? Kind.ENDPOINT
        : properties.containsKey("事件类型") ? Kind.EVENT : Kind.GUIDE;
    int end = source.split("\n", -1).length;
    if (kind == Kind.ENDPOINT) {
      require(properties.get("HTTP Method"), propertiesLine, "an 'HTTP Method' row in the request table");
      if (!properties.containsKey("支持的访问令牌")) {
        require(headers, end, "a '### 请求头' section with a header table");
      }
      require(response, end, "a '### 响应体' section with a response table");
      if (errors == null) {
        problems.add(DocProblem.warning(file, end, "no '### 错误码' section; the operation documents no error codes"));
      }
    } else if (kind == Kind.EVENT) {
      require(response, end, "a '### 事件体' section with an event-body table");
    }
    if (file.startsWith("historic-version/") && deprecation == null && kind == Kind.ENDPOINT) {
      deprecation = "历史版本接口，已不再维护 / historic version of the API, no longer maintained";
    }
    Long updateTime = parseLong(front.getOrDefault("updateTime", front.get("last_remote_update_timestamp")));
    String fullPath = front.get("fullPath");
    if (fullPath == null && front.containsKey("source_url")) {
      fullPath = front.get("source_url").replaceFirst("^https?://[^/]+/document", "");
    }
    return new DocPage(file, kind, title, fullPath, updateTime, intro, properties, propertiesLine,
        orEmpty(headers), orEmpty(path), orEmpty(query), requestBody, orEmpty(response), responseExample,
        bodyExample, errors == null ? List.of() : errors, deprecation);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private void require(Object value, int line, String expected) throws PageException {
    if (value == null) {
      throw new PageException(DocProblem.error(file, line, "missing section: expected " + expected));
    }
  }

  private static Long parseLong(String text) {
    if (text == null || !text.strip().matches("\\d+")) {
      return null;
    }
    return Long.parseLong(text.strip());
  }

  /** Reads the {@code ---} front matter and blanks its lines, so that line numbers stay the file's. */
  private static String frontMatter(String source, Map<String, String> front) {
    if (!source.startsWith("---\n")) {
      return source;
    }
    int close = source.indexOf("\n---\n", 3);
    if (close < 0) {
      return source;
    }
    String block = source.substring(4, close);
    for (String line : block.split("\n")) {
      Matcher matcher = FRONT_MATTER_LINE.matcher(line);
      if (matcher.matches()) {
        front.put(matcher.group(1), matcher.group(2));
      }
    }
    int lines = block.split("\n", -1).length + 2;
    return "\n".repeat(lines) + source.substring(close + 5);
  }

  private static boolean startsLikeTableRow(Paragraph paragraph) {
    return paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith("|");
  }

  private int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : lines.sourceLine(spans.get(0).getLineIndex());
  }

  private int rowLine(int tableLineIndex, int rowIndex) {
    return lines.sourceLine(tableLineIndex + 2 + rowIndex);
  }

  /** Rows of a table below its header, with their 1-based lines. */
  private record Row(List<String> cells, List<Node> nodes, int line) {}

  private static List<String> headerCells(TableBlock table) {
    List<String> cells = new ArrayList<>();
    for (Node head = table.getFirstChild(); head != null; head = head.getNext()) {
      if (head instanceof TableHead) {
        for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(flat(cell).strip());
        }
      }
    }
    return cells;
  }

  private List<Row> rows(TableBlock table) {
    List<Row> rows = new ArrayList<>();
    List<SourceSpan> tableSpans = table.getSourceSpans();
    int tableLineIndex = tableSpans.isEmpty() ? 0 : tableSpans.get(0).getLineIndex();
    int index = 0;
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (!(part instanceof TableBody)) {
        continue;
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(flat(cell));
            nodes.add(cell);
          }
        }
        int rowLine = row.getSourceSpans().isEmpty() ? rowLine(tableLineIndex, index) : line(row);
        rows.add(new Row(cells, nodes, rowLine));
        index++;
      }
    }
    return rows;
  }

  private void keyValues(TableBlock table, Map<String, String> properties) {
    for (Row row : rows(table)) {
      if (row.cells.size() < 2) {
        continue;
      }
      String cell = row.cells.get(0).strip().replace("*", "");
      String key = cell.startsWith("HTTP ") ? cell.split("\\s+", 3)[0] + " " + cell.split("\\s+", 3)[1]
          : cell.split("\\s+", 2)[0];
      properties.merge(key, row.cells.get(1).strip(), (first, second) -> first + "\n" + second);
    }
  }

  private List<FieldRow> fieldTable(TableBlock table, boolean requiredColumnExpected) throws PageException {
    List<String> header = headerCells(table);
    int name = header.indexOf("名称") >= 0 ? header.indexOf("名称") : header.indexOf("参数名");
    int type = header.indexOf("类型");
    int required = header.indexOf("必填");
    int description = header.indexOf("描述");
    if (name < 0 || type < 0 || description < 0) {
      throw new PageException(DocProblem.error(file, line(table),
          "broken table: header " + header + " (expected columns 名称 | 类型 | "
              + (requiredColumnExpected ? "必填 | " : "") + "描述)"));
    }
    List<FieldRow> roots = new ArrayList<>();
    List<FieldRow> stack = new ArrayList<>();
    boolean flatNames = false;
    boolean anyNested = false;
    int lastObjectRow = -1;
    for (Row row : rows(table)) {
      String nameCell = row.cells.get(name);
      int depth = depth(nameCell);
      String fieldName = nameCell.replace("\u00a0", "").replace("└", "").replace("∟", "").replace("`", "").strip();
      String typeText = row.cells.get(type).strip();
      if (fieldName.isEmpty() && typeText.isEmpty()) {
        problems.add(DocProblem.error(file, row.line, "broken table: empty row (expected a name and a type)"));
        continue;
      }
      FieldType fieldType = FieldType.parse(typeText);
      if (fieldType == null) {
        problems.add(DocProblem.error(file, row.line, "unknown type string '" + typeText.replace("`", "") + "' of '"
            + fieldName
            + "' (expected string, int, boolean, number(float), float, file, -, a named type, or one of"
            + " them followed by [])"));
        continue;
      }
      Description desc = Description.parse(row.cells.get(description));
      for (String marker : desc.unknownMarkers()) {
        problems.add(DocProblem.error(file, row.line, "unknown marker '**" + marker + "**' in the description of '"
            + fieldName + "' (expected one of 示例值, 默认值, 可选值有, 数据校验规则, 值格式, 固定值, 注意, 字段权限要求, …)"));
      }
      Boolean isRequired = null;
      if (required >= 0) {
        String cell = row.cells.get(required).strip();
        isRequired = cell.equals("是") ? Boolean.TRUE : cell.equals("否") ? Boolean.FALSE : null;
        if (isRequired == null) {
          problems.add(DocProblem.error(file, row.line, "broken table: 必填 cell '" + cell + "' of '" + fieldName
              + "' (expected 是 or 否)"));
        }
      }
      FieldRow field = new FieldRow(fieldName, fieldType, isRequired, desc, row.line);
      if (depth > stack.size()) {
        problems.add(DocProblem.error(file, row.line, "'" + fieldName + "' is nested at depth " + depth
            + " but the row above is at depth " + (stack.size() - 1) + " (expected at most one level deeper)"));
        continue;
      }
      while (stack.size() > depth) {
        stack.remove(stack.size() - 1);
      }
      if (depth == 0) {
        roots.add(field);
      } else {
        stack.get(depth - 1).addChild(field);
      }
      stack.add(field);
      flatNames |= nameCell.contains("∟");
      anyNested |= depth > 0;
      if (fieldType.named() || fieldType.primitive() == FieldType.Primitive.NONE) {
        lastObjectRow = roots.size();
      }
    }
    boolean objectRowWithFollowers = lastObjectRow >= 0 && lastObjectRow < roots.size();
    if (flatNames || (!anyNested && objectRowWithFollowers)) {
      flattened.add(roots);
    }
    return roots;
  }

  private boolean isFlattened(List<FieldRow> table) {
    for (List<FieldRow> candidate : flattened) {
      if (candidate == table) {
        return true;
      }
    }
    return false;
  }

  /**
   * Re-nests a flattened table by aligning its rows, in order, with the keys of its JSON example
   * (depth-first, first element of each array): a row takes the depth of the next example key of
   * its name. A row whose name the example lacks stays a sibling of the row above, with a warning.
   */
  private List<FieldRow> nest(List<FieldRow> rows, JsonNode example, String section) {
    if (example == null) {
      problems.add(DocProblem.error(file, rows.isEmpty() ? 1 : rows.get(0).line(), "the " + section
          + " table has lost its nesting and there is no readable JSON example to recover it from"
          + " (expected └ nesting or a ```json example)"));
      return rows;
    }
    List<String> keys = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    ExampleRows.keys(example, 0, keys, depths);
    List<FieldRow> roots = new ArrayList<>();
    List<FieldRow> stack = new ArrayList<>();
    int cursor = 0;
    for (FieldRow row : rows) {
      int found = -1;
      for (int i = cursor; i < keys.size(); i++) {
        if (keys.get(i).equals(row.name())) {
          found = i;
          break;
        }
      }
      int depth;
      if (found >= 0) {
        depth = Math.min(depths.get(found), stack.size());
        cursor = found + 1;
      } else {
        depth = Math.max(0, stack.size() - 1);
        problems.add(DocProblem.warning(file, row.line(), "'" + row.name() + "' is not in the JSON example;"
            + " nested as a sibling of the row above"));
      }
      FieldRow copy = new FieldRow(row.name(), row.type(), row.required(), row.description(), row.line());
      while (stack.size() > depth) {
        stack.remove(stack.size() - 1);
      }
      if (depth == 0) {
        roots.add(copy);
      } else {
        stack.get(depth - 1).addChild(copy);
      }
      stack.add(copy);
    }
    return roots;
  }

  private static int depth(String nameCell) {
    int spaces = 0;
    for (int i = 0; i < nameCell.length() && nameCell.charAt(i) == '\u00a0'; i++) {
      spaces++;
    }
    return nameCell.contains("└") ? Math.max(1, spaces / 2) : 0;
  }

  private List<ErrorRow> errorTable(TableBlock table) throws PageException {
    List<String> header = headerCells(table);
    int status = header.indexOf("HTTP状态码");
    int code = header.indexOf("错误码");
    int message = header.indexOf("描述");
    int advice = header.indexOf("排查建议");
    if (status < 0 || code < 0 || message < 0) {
      throw new PageException(DocProblem.error(file, line(table),
          "broken table: error-code header " + header + " (expected HTTP状态码 | 错误码 | 描述 | 排查建议)"));
    }
    List<ErrorRow> errorRows = new ArrayList<>();
    for (Row row : rows(table)) {
      String statusText = row.cells.get(status).strip();
      String codeText = row.cells.get(code).strip();
      if (!statusText.matches("\\d{3}") || !codeText.matches("\\d+")) {
        problems.add(DocProblem.error(file, row.line, "broken error-code row: status '" + statusText + "', code '"
            + codeText + "' (expected a 3-digit HTTP status and a numeric code)"));
        continue;
      }
      String adviceText = advice >= 0 ? Description.parse(row.cells.get(advice)).prose() : "";
      errorRows.add(new ErrorRow(Integer.parseInt(statusText), Long.parseLong(codeText),
          Description.parse(row.cells.get(message)).prose(), adviceText, row.line));
    }
    return errorRows;
  }

  private JsonNode json(FencedCodeBlock fence) {
    String info = fence.getInfo() == null ? "" : fence.getInfo().strip();
    if (!info.isEmpty() && !info.equalsIgnoreCase("json")) {
      return null;
    }
    try {
      return JSON.readTree(fence.getLiteral());
    } catch (JsonProcessingException e) {
      int line = line(fence) + (e.getLocation() == null ? 1 : e.getLocation().getLineNr());
      problems.add(DocProblem.warning(file, line, "invalid JSON example, ignored: "
          + e.getOriginalMessage().split("\n", 2)[0] + " (expected a JSON document)"));
      return null;
    }
  }

  /** The text of a node's inlines, with no marker formatting. */
  private static String plain(Node node) {
    StringBuilder text = new StringBuilder();
    append(node, text, false);
    return text.toString();
  }

  /** Cell text for the marker grammar: code spans in backticks, bold in {@code **}, {@code <br>} as a newline. */
  static String flat(Node node) {
    StringBuilder text = new StringBuilder();
    append(node, text, true);
    return text.toString();
  }

  private static void append(Node node, StringBuilder out, boolean marks) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        out.append(text.getLiteral());
      } else if (child instanceof Code code) {
        out.append(marks ? "`" + code.getLiteral() + "`" : code.getLiteral());
      } else if (child instanceof HtmlInline html) {
        if (BR.matcher(html.getLiteral()).matches()) {
          out.append('\n');
        }
      } else if (child instanceof StrongEmphasis) {
        out.append(marks ? "**" : "");
        append(child, out, marks);
        out.append(marks ? "**" : "");
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        out.append('\n');
      } else if (child instanceof Link) {
        append(child, out, marks);
      } else {
        append(child, out, marks);
        if (child instanceof Paragraph) {
          out.append('\n');
        }
      }
    }
  }
}
