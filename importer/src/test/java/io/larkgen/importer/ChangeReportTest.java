package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.importer.report.ChangeReport;
import io.larkgen.importer.report.ChangeReport.Change;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing an edited page over the spec of the original classifies each change. */
class ChangeReportTest {

  @TempDir
  Path dir;

  private DocImporter.Result importPage(String text) throws IOException {
    Path docs = dir.resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("list-interview.md"), text, StandardCharsets.UTF_8);
    return DocImporter.run(List.of(docs), null);
  }

  private String original() throws IOException {
    return Files.readString(SharedDocs.docs().resolve(
        "hire-v1/candidate-management/delivery-process-management/interview/list-interview.md"));
  }

  @Test
  void addedFieldRemovedEnumValueAndChangedTypeAreClassified() throws IOException {
    String page = original();
    DocImporter.Result before = importPage(page);
    String floor = "| &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;└ `floor_name` | `string` | 楼层 |";
    assertTrue(page.contains(floor));
    String edited = page
        .replace(floor, floor + "\n| &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;└ `capacity` | `int` | 容纳人数 |")
        .replace(" - `3`: 视频面试", "")
        .replace("└ `round` | `int` |", "└ `round` | `string` |")
        .replace("updateTime: \"1742987786000\"", "updateTime: \"1750000000000\"");
    DocImporter.Result after = importPage(edited);
    ChangeReport report = ChangeReport.compare(before.documents().get("hire-v1.yaml"),
        after.documents().get("hire-v1.yaml"));
    List<Change> changes = report.changes();
    assertTrue(changes.contains(new Change("schema InterviewMeetingRoom", false, "new field capacity added")),
        changes.toString());
    assertTrue(changes.contains(new Change("schema InterviewType", true, "enum value 3 removed")), changes.toString());
    assertTrue(changes.contains(new Change("schema InterviewExtend", true,
        "field round type integer/int64 → string")), changes.toString());
    assertTrue(report.hasBreaking());
    String text = report.render("hire-v1.yaml");
    assertTrue(text.contains("schema InterviewType [update-time 1742987786000 → 1750000000000]"), text);
    assertTrue(text.indexOf("BREAKING") < text.indexOf("new field capacity added"), text);
  }

  @Test
  void parameterChangesAreClassified() throws IOException {
    String page = original();
    DocImporter.Result before = importPage(page);
    String edited = page
        .replace("| `interview_id` | `string` | 否 |", "| `interview_id` | `string` | 是 |")
        .replaceAll("\\| `end_time` \\| `string` \\| 否 \\|[^\\n]*\\n", "")
        .replace("### 查询参数\n\n| 名称 | 类型 | 必填 | 描述 |\n| --- | --- | --- | --- |\n",
            "### 查询参数\n\n| 名称 | 类型 | 必填 | 描述 |\n| --- | --- | --- | --- |\n"
                + "| `locale` | `string` | 否 | 语言<br>**示例值**：zh_cn |\n");
    ChangeReport report = ChangeReport.compare(before.documents().get("hire-v1.yaml"),
        importPage(edited).documents().get("hire-v1.yaml"));
    String where = "GET /open-apis/hire/v1/interviews (listInterviews)";
    List<Change> changes = report.changes();
    assertTrue(changes.contains(new Change(where, true, "parameter query interview_id became required")),
        changes.toString());
    assertTrue(changes.contains(new Change(where, true, "parameter query end_time removed")), changes.toString());
    assertTrue(changes.contains(new Change(where, false, "optional parameter query locale added")),
        changes.toString());
  }

  @Test
  void theSameImportTwiceHasNoChanges() throws IOException {
    DocImporter.Result first = importPage(original());
    DocImporter.Result second = importPage(original());
    ChangeReport report = ChangeReport.compare(first.documents().get("hire-v1.yaml"),
        second.documents().get("hire-v1.yaml"));
    assertEquals(List.of(), report.changes());
    assertFalse(report.hasBreaking());
  }
}
