package io.larkgen.importer.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description cell split into its prose and its bold markers ({@code **示例值**：…}). A marker's
 * value runs to the next marker, whatever separates them ({@code <br>} or runs of spaces).
 */
public final class Description {

  /** Every marker the doc pages use (see the format census); any other bold label is an error. */
  public static final Set<String> KNOWN_MARKERS = Set.of(
      "示例值", "可选值有", "默认值", "值格式", "数据校验规则", "固定值", "当值为 `user_id`，字段权限要求",
      "注意", "字段权限要求（满足任一）", "字段权限要求", "数据范围", "说明", "请注意", "最大值", "可选值",
      "Warning", "peroid 可选值有", "特殊说明", "不同类型数据格式如下", "FCF", "D&I", "最大长度", "Tip",
      "注意事项");

  public static final String EXAMPLE = "示例值";
  public static final String ENUM = "可选值有";
  public static final String DEFAULT = "默认值";
  public static final String RULES = "数据校验规则";
  public static final String FIXED = "固定值";
  public static final String USER_ID_SCOPE = "当值为 `user_id`，字段权限要求";
  public static final String FORMAT = "值格式";

  /** {@code **label**：} or {@code **label：**}, the colon full-width or ASCII. */
  private static final Pattern MARKER =
      Pattern.compile("\\*\\*([^*\\n]+?)\\s*[：:]?\\*\\*\\s*[：:]|\\*\\*([^*\\n]+?)[：:]\\*\\*");
  private static final Pattern ITEM_TICKED =
      Pattern.compile("(?:^|\\s)[-*]\\s*`([^`]+)`\\s*[:：]\\s*");
  private static final Pattern ITEM_BARE =
      Pattern.compile("(?:^|\\s)[-*]\\s*([A-Za-z0-9_.\\-]+)\\s*[:：]\\s*");
  private static final Pattern RULE = Pattern.compile(
      "(最大值|最小值|最大长度|最小长度|长度范围|取值范围)\\s*[：:]\\s*`?(-?\\d+)`?"
          + "(?:\\s*[～~]\\s*`?(-?\\d+)`?)?(\\s*字符)?");
  private static final Pattern RANGE = Pattern.compile("`?(-?\\d+)`?\\s*[～~]\\s*`?(-?\\d+)`?");
  private static final Pattern NUMBER = Pattern.compile("`?(-?\\d+)`?");
  private static final Pattern SCOPE = Pattern.compile("`([a-z][a-z0-9_]*(?::[A-Za-z0-9_.]+)+)`");
  private static final Pattern PAREN_SCOPE = Pattern.compile("\\(([a-z][a-z0-9_]*(?::[A-Za-z0-9_.]+)+)\\)");

  /** One item of a 可选值有 list. */
  public record EnumItem(String value, String description) {}

  /** One 数据校验规则 rule; {@code max} is {@code null} for single-number rules. */
  public record Rule(String kind, long min, Long max, boolean characters) {}

  private final String prose;
  private final Map<String, String> markers;
  private final List<String> unknownMarkers;
  private List<EnumItem> enumItems;
  private List<Rule> rules;
  private String fullText;

  private Description(String prose, Map<String, String> markers, List<String> unknownMarkers) {
    this.prose = prose;
    this.markers = markers;
    this.unknownMarkers = unknownMarkers;
  }

  /** Splits flat cell text (code spans kept in backticks, bold in {@code **}, {@code <br>} as newlines). */
  public static Description parse(String text) {
    Matcher matcher = MARKER.matcher(text);
    Map<String, String> markers = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    String prose = null;
    String key = null;
    int valueStart = 0;
    while (matcher.find()) {
      String label = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).trim();
      if (key == null) {
        prose = text.substring(0, matcher.start());
      } else {
        markers.putIfAbsent(key, text.substring(valueStart, matcher.start()).trim());
      }
      if (!KNOWN_MARKERS.contains(label)) {
        unknown.add(label);
      }
      key = label;
      valueStart = matcher.end();
    }
    if (key == null) {
      prose = text;
    } else {
      markers.putIfAbsent(key, text.substring(valueStart).trim());
    }
    return new Description(clean(prose), markers, unknown);
  }

  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

  private static String clean(String text) {
    String spaced = text.replace('\u00a0', ' ');
    if (spaced.indexOf('\n') >= 0) {
      spaced = BLANK_LINES.matcher(LINE_BREAK.matcher(spaced).replaceAll("\n")).replaceAll("\n");
    }
    if (spaced.contains("  ") || spaced.indexOf('\t') >= 0) {
      spaced = SPACES.matcher(spaced).replaceAll(" ");
    }
    return spaced.strip();
  }

  /** The text before the first marker, tidied; {@code -} (a dash cell) reads as empty. */
  public String prose() {
    return prose.equals("-") || prose.equals("\\-") ? "" : prose;
  }

  public String marker(String key) {
    return markers.get(key);
  }

  public Map<String, String> markers() {
    return Map.copyOf(markers);
  }

  /** Bold labels followed by a colon that are not markers of the page grammar. */
  public List<String> unknownMarkers() {
    return List.copyOf(unknownMarkers);
  }

  /** The example as written, without a trailing link text, or {@code null}. */
  public String example() {
    String value = markers.get(EXAMPLE);
    if (value == null) {
      return null;
    }
    int link = value.indexOf("了解更多");
    String trimmed = (link >= 0 ? value.substring(0, link) : value).strip();
    int newline = trimmed.indexOf('\n');
    return clean(newline >= 0 ? trimmed.substring(0, newline) : trimmed);
  }

  /** The default value, without backticks, or {@code null}. */
  public String defaultValue() {
    String value = markers.get(DEFAULT);
    if (value == null) {
      return null;
    }
    String first = value.strip().split("\\n", 2)[0].strip();
    return first.replace("`", "").strip();
  }

  /** The fixed value (Content-Type), unquoted, or {@code null}. */
  public String fixedValue() {
    String value = markers.get(FIXED);
    return value == null ? null : value.strip().replace("\"", "").split("\\s", 2)[0].strip();
  }

  /**
   * The 可选值有 items. Items start with {@code - `v`:} (or {@code * `v`：}); descriptions may contain
   * {@code " - "}, so the list is split at item starts only. Lists without any backticked value use
   * the bare {@code - v：} syntax.
   */
  public List<EnumItem> enumItems() {
    if (enumItems == null) {
      enumItems = readEnumItems();
    }
    return enumItems;
  }

  private List<EnumItem> readEnumItems() {
    String value = markers.get(ENUM);
    if (value == null) {
      value = markers.get("可选值");
    }
    if (value == null) {
      return List.of();
    }
    Matcher ticked = ITEM_TICKED.matcher(value);
    Matcher matcher = ticked.find() ? ticked.reset() : ITEM_BARE.matcher(value);
    List<int[]> starts = new ArrayList<>();
    List<String> values = new ArrayList<>();
    while (matcher.find()) {
      starts.add(new int[] {matcher.start(), matcher.end()});
      values.add(matcher.group(1).strip());
    }
    List<EnumItem> items = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : value.length();
      items.add(new EnumItem(values.get(i), clean(value.substring(starts.get(i)[1], end))));
    }
    return List.copyOf(items);
  }

  /** The validation rules of 数据校验规则 plus the stray 最大值, 最大长度 and 数据范围 markers. */
  public List<Rule> rules() {
    if (rules == null) {
      rules = List.copyOf(readRules());
    }
    return rules;
  }

  private List<Rule> readRules() {
    List<Rule> rules = new ArrayList<>();
    String block = markers.get(RULES);
    if (block != null) {
      Matcher matcher = RULE.matcher(block);
      while (matcher.find()) {
        rules.add(rule(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4) != null));
      }
    }
    for (String kind : List.of("最大值", "最大长度")) {
      String stray = markers.get(kind);
      if (stray != null) {
        Matcher number = NUMBER.matcher(stray);
        if (number.find()) {
          rules.add(rule(kind, number.group(1), null, stray.contains("字符")));
        }
      }
    }
    String range = markers.get("数据范围");
    if (range != null) {
      Matcher matcher = RANGE.matcher(range);
      if (matcher.find()) {
        rules.add(rule("取值范围", matcher.group(1), matcher.group(2), false));
      }
    }
    return rules;
  }

  private static Rule rule(String kind, String first, String second, boolean characters) {
    return new Rule(kind, Long.parseLong(first), second == null ? null : Long.parseLong(second), characters);
  }

  /** Scopes named in backticks (mirror) or in parentheses (open.feishu.cn) in a marker's value. */
  public List<String> scopes(String key) {
    String value = markers.get(key);
    return value == null ? List.of() : scopesIn(value);
  }

  /**
   * The display names of the scopes a mirror rendering pairs with their identifiers
   * ({@code `hire:interview:readonly` 获取面试信息}), by name.
   */
  public static Map<String, String> scopeNames(String text) {
    Map<String, String> names = new LinkedHashMap<>();
    Matcher matcher = SCOPE.matcher(text);
    String scope = null;
    int nameStart = 0;
    while (matcher.find()) {
      if (scope != null) {
        putName(names, text.substring(nameStart, matcher.start()), scope);
      }
      scope = matcher.group(1);
      nameStart = matcher.end();
    }
    if (scope != null) {
      putName(names, text.substring(nameStart), scope);
    }
    return names;
  }

  private static void putName(Map<String, String> names, String name, String scope) {
    String trimmed = name.strip();
    if (!trimmed.isEmpty()) {
      names.putIfAbsent(trimmed, scope);
    }
  }

  public static List<String> scopesIn(String text) {
    List<String> scopes = new ArrayList<>();
    for (Pattern pattern : List.of(SCOPE, PAREN_SCOPE)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        if (!scopes.contains(matcher.group(1))) {
          scopes.add(matcher.group(1));
        }
      }
    }
    return scopes;
  }

  /** The whole cell text, prose and markers, for checks on wording (时间戳, 幂等, 废弃). */
  public String fullText() {
    if (fullText == null) {
      fullText = buildFullText();
    }
    return fullText;
  }

  private String buildFullText() {
    StringBuilder text = new StringBuilder(prose);
    markers.forEach((key, value) -> text.append('\n').append(key).append('：').append(value));
    return text.toString();
  }
}
