package io.larkgen.samples.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an export asks for, as the user gave it: a resumed run must ask for exactly the same.
 * Defaults are kept as null (not as their resolved value), so that "the last 30 days" means the
 * same 30 days when the export resumes on another day: the resolved range is in the
 * {@link Checkpoint}.
 *
 * @param source where the data comes from, e.g. {@code sandbox(seed=42, interviews=3000)} or
 *     {@code https://open.feishu.cn app=cli_x}
 * @param from {@code --from} as typed, or null
 * @param to {@code --to} as typed, or null
 * @param applicationIds {@code --application-id} values in order
 * @param format output format id
 * @param pageSize interviews per page
 * @param csvEscapeFormulas CSV only: whether cells that a spreadsheet would run as formulas are
 *     neutralised ({@code --[no-]csv-escape-formulas}); null for JSON Lines
 */
public record ExportQuery(
    String source,
    String from,
    String to,
    List<String> applicationIds,
    String format,
    int pageSize,
    Boolean csvEscapeFormulas) {

  public ExportQuery {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    applicationIds = applicationIds == null ? List.of() : List.copyOf(applicationIds);
  }

  /** Human-readable differences from {@code other}, one per argument; empty when equal. */
  public List<String> differencesFrom(ExportQuery other) {
    List<String> d = new ArrayList<>();
    diff(d, "data source", other.source, source);
    diff(d, "--from", other.from, from);
    diff(d, "--to", other.to, to);
    diff(d, "--application-id", other.applicationIds, applicationIds);
    diff(d, "--format", other.format, format);
    diff(d, "--page-size", other.pageSize, pageSize);
    diff(d, "--csv-escape-formulas", other.csvEscapeFormulas, csvEscapeFormulas);
    return d;
  }

  private static void diff(List<String> out, String name, Object was, Object now) {
    if (!Objects.equals(was, now)) {
      out.add(name + ": checkpoint has " + show(was) + ", this run has " + show(now));
    }
  }

  private static String show(Object v) {
    return v == null ? "(default)" : v instanceof String ? "'" + v + "'" : String.valueOf(v);
  }
}
