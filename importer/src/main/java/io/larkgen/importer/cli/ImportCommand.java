package io.larkgen.importer.cli;

import io.larkgen.importer.DocImporter;
import io.larkgen.importer.page.DocProblem;
import io.larkgen.importer.report.ChangeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code larkgen-import}: Feishu doc pages → OpenAPI spec files, with a change report. */
@Command(
    name = "larkgen-import",
    mixinStandardHelpOptions = true,
    version = "larkgen-import 0.1.0",
    description = "Imports Feishu's Markdown doc pages into one OpenAPI 3.0.3 file per service and version"
        + " (hire-v1.yaml, hire-v2.yaml), applying <name>.overlay.yaml from the output folder.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the spec was written (or, with --check, is up to date)",
        "1:with --check: the docs changed, the spec differs from a fresh import",
        "2:some pages could not be read (each error names file:line); the others were imported",
        "3:bad command line or an I/O failure"})
public final class ImportCommand implements Callable<Integer> {

  @Option(names = "--docs", required = true, paramLabel = "DIR",
      description = "a folder of doc pages (read recursively; repeatable)")
  List<Path> docs;

  @Option(names = "--out-dir", required = true, paramLabel = "DIR",
      description = "the spec folder: where the files are written and the overlays are read")
  Path outDir;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the change report to FILE")
  Path report;

  @Option(names = "--service", paramLabel = "NAME",
      description = "write only the files of this Feishu service (e.g. hire); repeatable; default: every service found")
  List<String> services;

  @Option(names = "--check", description = "write nothing; exit 1 with the change report when the spec differs")
  boolean check;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    if (!Boolean.getBoolean(ShortRunCompilation.C1_ONLY_PROPERTY)) {
      ShortRunCompilation.leaveToC1();
    }
    System.exit(execute(args));
  }

  /** Runs the command with standard output and error; returns the exit code. */
  public static int execute(String... args) {
    CommandLine line = new CommandLine(new ImportCommand());
    line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      commandLine.getErr().println("larkgen-import: " + e.getMessage());
      return 3;
    });
    line.setParameterExceptionHandler((e, args2) -> {
      e.getCommandLine().getErr().println("larkgen-import: " + e.getMessage());
      e.getCommandLine().usage(e.getCommandLine().getErr());
      return 3;
    });
    return line.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path dir : docs) {
      if (!Files.exists(dir)) {
        err.println("larkgen-import: --docs " + dir + " does not exist");
        return 3;
      }
    }
    DocImporter.Result result = DocImporter.run(docs, outDir);
    for (DocProblem problem : result.problems()) {
      err.println(problem);
    }
    StringBuilder text = new StringBuilder();
    boolean changed = false;
    for (Map.Entry<String, String> file : result.yaml().entrySet()) {
      if (services != null && services.stream().noneMatch(service -> file.getKey().startsWith(service + "-v"))) {
        continue;
      }
      Path target = outDir.resolve(file.getKey());
      String before = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
      if (file.getValue().equals(before)) {
        text.append("## ").append(file.getKey()).append(": unchanged\n");
        continue;
      }
      changed = true;
      ChangeReport changes = ChangeReport.compare(DocImporter.read(target), result.documents().get(file.getKey()));
      text.append(changes.isEmpty() ? "## " + file.getKey() + ": formatting only\n" : changes.render(file.getKey()));
      if (!check) {
        Files.createDirectories(outDir);
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    }
    if (!result.notes().isEmpty()) {
      text.append("\n## Mapping decisions\n");
      result.notes().forEach(note -> text.append("- ").append(note).append('\n'));
    }
    if (!result.needsName().isEmpty()) {
      text.append("\n## Needs a name (derived x-enum-varnames; give them in the overlay)\n");
      result.needsName().forEach(name -> text.append("- ").append(name).append('\n'));
    }
    long operations = result.documents().values().stream()
        .mapToLong(document -> {
          long[] count = {0};
          document.path("paths").forEach(item -> count[0] += item.size());
          return count[0];
        }).sum();
    long events = result.documents().values().stream().mapToLong(d -> d.path("x-lark-events").size()).sum();
    String summary = String.format("%d page(s) read, %d operation(s), %d event(s) in %s; %d error(s)%n",
        result.pages(), operations, events, String.join(", ", result.yaml().keySet()), result.errorCount());
    out.print(text);
    out.print(summary);
    out.flush();
    if (report != null) {
      Files.writeString(report, text + summary, StandardCharsets.UTF_8);
    }
    if (result.errorCount() > 0) {
      return 2;
    }
    return check && changed ? 1 : 0;
  }
}
