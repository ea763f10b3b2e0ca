package io.larkgen.samples.export;

import io.larkgen.runtime.error.LarkException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hire-export}: exports Feishu Hire interviews with their interview records (面试评价) to
 * JSON Lines or CSV, from the embedded sandbox or, with {@code FEISHU_APP_ID} and {@code
 * FEISHU_APP_SECRET} set, from a Feishu tenant. Interrupted exports resume (see {@link
 * Exporter}).
 */
@Command(
    name = "hire-export",
    mixinStandardHelpOptions = true,
    version = "hire-export 0.1.0",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Exports interviews that start in a time range (or belong to given applications) with their"
          + " interview records: JSON Lines (one interview per line, records in"
          + " \"interview_records\") or CSV (one row per record).",
      "",
      "Without FEISHU_APP_ID / FEISHU_APP_SECRET it runs against an embedded Feishu sandbox."
          + " With them (and optionally FEISHU_BASE_URL, default https://open.feishu.cn) it"
          + " exports from that tenant; the app needs hire:interview:readonly or hire:interview.",
      "",
      "A checkpoint <out>.checkpoint is kept while the export runs; running the same command"
          + " again after an interruption continues where it stopped, with nothing lost or"
          + " written twice. Only one run at a time writes an output: it holds <out>.lock, and"
          + " another run on the same output stops at once.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK + ":exported everything; the checkpoint is deleted",
      ExitCodes.FAILED + ":unexpected failure",
      ExitCodes.USAGE
          + ":bad arguments (option, time range, or a request the client rejects before sending)",
      ExitCodes.OUTPUT + ":the output file or its checkpoint cannot be written",
      ExitCodes.CHECKPOINT
          + ":the checkpoint belongs to a different export or does not match the output",
      ExitCodes.AUTH + ":Feishu rejected the app id / app secret",
      ExitCodes.PERMISSION + ":the app lacks a required scope",
      ExitCodes.API + ":Feishu kept failing after retries (server errors, rate limits, network)",
      ExitCodes.LOCKED + ":another hire-export is writing the same output",
      ExitCodes.REDIS + ":the Redis of --redis cannot be reached; run the same command again to resume",
      ExitCodes.INTERRUPTED + ":interrupted; run the same command again to resume",
    })
public final class HireExport implements Callable<Integer> {
  /** The most interviews per page Feishu allows (the request builder enforces it too). */
  static final int MAX_PAGE_SIZE = 100;

  /** Days exported from Feishu when no time range is given. */
  static final Duration DEFAULT_FEISHU_RANGE = Duration.ofDays(30);

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Output file; its extension (.jsonl, .csv) picks the format unless --format is given.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl or csv (default: from the --out extension).")
  OutputFormat format;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description = "Earliest interview start: ISO date or date-time, or epoch milliseconds."
          + " Local forms are read in the system time zone."
          + " Default: the sandbox data set's first interview; on Feishu, 30 days before now.")
  TimeArgument from;

  @Option(
      names = "--to",
      paramLabel = "TIME",
      description = "Latest interview start, in the same forms. Default: the data set's last"
          + " interview on the sandbox; now on Feishu.")
  TimeArgument to;

  @Option(
      names = "--application-id",
      paramLabel = "ID",
      description = "Export only this application's interviews (repeatable). Without --from/--to"
          + " no time filter applies.")
  List<String> applicationIds = List.of();

  @Option(
      names = "--page-size",
      paramLabel = "N",
      defaultValue = "100",
      description = "Interviews per request, 1.." + MAX_PAGE_SIZE + " (Feishu's limit; default ${DEFAULT-VALUE}).")
  int pageSize;

  @Option(
      names = "--csv-escape-formulas",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "CSV: put a ' before cells starting with =, +, -, @, tab or CR, so that a"
          + " spreadsheet shows them as text instead of running them as formulas (default on;"
          + " --no-csv-escape-formulas writes them as they are).")
  boolean csvEscapeFormulas;

  @Option(
      names = "--resume",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Continue an interrupted export from its checkpoint (default). --no-resume"
          + " discards the checkpoint and starts over.")
  boolean resume;

  @Option(
      names = "--progress",
      description = "Draw the progress bar even when stderr is not a terminal"
          + " (otherwise a plain line every 10 s).")
  boolean progressBar;

  @Option(
      names = "--sandbox-interviews",
      paramLabel = "N",
      defaultValue = "3000",
      description = "Size of the embedded sandbox's data set (default ${DEFAULT-VALUE}).")
  int sandboxInterviews;

  @Option(
      names = "--sandbox-seed",
      paramLabel = "SEED",
      defaultValue = "42",
      description = "Seed of the sandbox's data set (default ${DEFAULT-VALUE}).")
  long sandboxSeed;

  @Option(
      names = "--sandbox-faults",
      paramLabel = "RATE",
      defaultValue = "0",
      description = "Fraction of sandbox requests that fail (5xx, 429, slow, truncated), e.g. 0.1,"
          + " plus one token revocation; the client retries them (default ${DEFAULT-VALUE}).")
  double sandboxFaults;

  @Option(
      names = "--sandbox-rate-limits",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Enforce Feishu's documented rate limits in the sandbox (default on).")
  boolean sandboxRateLimits;

  @Option(
      names = "--redis",
      paramLabel = "URL",
      description = "Share the tenant token and the rate budget with every other client of the app"
          + " through this Redis (redis://[user:password@]host:port[/database] or rediss://…), so"
          + " that exports running at the same time stay under Feishu's limits together.")
  URI redis;

  @Option(names = "--stacktrace", hidden = true, description = "Print stack traces of failures.")
  boolean stackTraces;

  private final Map<String, String> env;
  private final PrintStream err;
  private final Backend.Factory backends;
  private final Clock clock;
  private final BooleanSupplier stderrIsTerminal;
  private final WriterHook writerHook;

  /** Lets tests wrap the output writer (e.g. to stop the export at a chosen point). */
  interface WriterHook {
    /** Returns the factory to use instead of {@code real}. */
    <I, R> ExportWriter.Factory<I, R> wrap(ExportWriter.Factory<I, R> real);

    /** Leaves the writer alone. */
    WriterHook NONE =
        new WriterHook() {
          @Override
          public <I, R> ExportWriter.Factory<I, R> wrap(ExportWriter.Factory<I, R> real) {
            return real;
          }
        };
  }

  HireExport(
      Map<String, String> env,
      PrintStream err,
      Backend.Factory backends,
      Clock clock,
      BooleanSupplier stderrIsTerminal,
      WriterHook writerHook) {
    this.env = Map.copyOf(env);
    this.err = Objects.requireNonNull(err, "err");
    this.backends = Objects.requireNonNull(backends, "backends");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stderrIsTerminal = Objects.requireNonNull(stderrIsTerminal, "stderrIsTerminal");
    this.writerHook = Objects.requireNonNull(writerHook, "writerHook");
  }

  /** Runs the program and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    AtomicBoolean finished = new AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (!finished.get()) {
                    err.println();
                    err.println("hire-export: stopped; run the same command again to resume");
                  }
                },
                "hire-export-shutdown"));
    int code =
        execute(
            new HireExport(
                System.getenv(),
                err,
                Backends.DEFAULT,
                Clock.systemUTC(),
                () -> System.console() != null,
                WriterHook.NONE),
            ZoneId.systemDefault(),
            args);
    finished.set(true);
    System.exit(code);
  }

  /** Parses {@code args} into {@code command}, runs it, and returns the exit code. */
  static int execute(HireExport command, ZoneId zone, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(
        TimeArgument.class,
        s -> {
          try {
            return TimeArgument.parse(s, zone);
          } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
          }
        });
    PrintWriter errWriter = new PrintWriter(command.err, true, StandardCharsets.UTF_8);
    cl.setErr(errWriter);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          errWriter.println("hire-export: " + ex.getMessage());
          errWriter.println("Try 'hire-export --help' for more information.");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof ExportFailure f) {
            errWriter.println("hire-export: " + f.getMessage());
            if (command.stackTraces) {
              f.printStackTrace(errWriter);
            }
            return f.exitCode();
          }
          errWriter.println("hire-export: unexpected failure: " + ex);
          if (command.stackTraces) {
            ex.printStackTrace(errWriter);
          } else {
            errWriter.println("(run with --stacktrace for details)");
          }
          return ExitCodes.FAILED;
        });
    return cl.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    Instant started = clock.instant();
    long startNanos = System.nanoTime();
    OutputFormat fmt = resolveFormat();
    checkOutputWritable();
    if (from != null && to != null) {
      checkRange(from.instant(), to.instant());
    }
    checkPageSize();
    List<String> apps = applicationIds();
    CheckpointStore store = CheckpointStore.beside(out);
    OutputLock lock = OutputLock.acquire(out);
    try (lock;
        Backend backend =
            backends.open(
                env,
                new Backend.SandboxOptions(sandboxInterviews, sandboxSeed, sandboxFaults, sandboxRateLimits),
                Optional.ofNullable(redis))) {
      err.println("hire-export: " + backend.description());
      ExportQuery query =
          new ExportQuery(
              backend.sourceId(),
              from == null ? null : from.raw(),
              to == null ? null : to.raw(),
              apps,
              fmt.id(),
              pageSize,
              fmt == OutputFormat.CSV ? csvEscapeFormulas : null);
      Optional<Checkpoint> checkpoint = resume ? store.load() : Optional.empty();
      checkpoint.ifPresent(cp -> checkSameQuery(store, cp, query));
      checkpoint.ifPresent(cp -> checkValid(store, cp, apps, backend, started));
      Long start;
      Long end;
      if (checkpoint.isPresent()) {
        start = checkpoint.get().rangeStart();
        end = checkpoint.get().rangeEnd();
        err.printf(
            "hire-export: resuming from %s (%,d interviews already written)%n",
            store.file().getFileName(), checkpoint.get().totals().interviews());
      } else if (!apps.isEmpty() && from == null && to == null) {
        start = null;
        end = null;
      } else {
        Backend.Range range = resolveRange(backend, started);
        start = range.start().toEpochMilli();
        end = range.end().toEpochMilli();
      }
      Exporter.Plan plan = new Exporter.Plan(query, start, end, checkpoint);
      Binding<?, ?> binding = backend.binding(pageSize);
      Exporter.Result result = run(binding, backend, fmt, plan, store);
      List<String> summary =
          Summary.lines(
              result,
              binding.source().stats(),
              Duration.ofNanos(System.nanoTime() - startNanos),
              out + " (" + fmt.id() + ")");
      summary.forEach(err::println);
      return ExitCodes.OK;
    }
  }

  private <I, R> Exporter.Result run(
      Binding<I, R> binding, Backend backend, OutputFormat fmt, Exporter.Plan plan, CheckpointStore store)
      throws IOException {
    OptionalLong expected = backend.expectedInterviews(plan.segments().toArray(new InterviewSource.Segment[0]));
    Exporter<I, R> exporter =
        new Exporter<>(
            binding.source(),
            binding.model(),
            writerHook.wrap(binding.writers(fmt, csvEscapeFormulas)),
            out,
            store,
            progress(),
            expected);
    try {
      return exporter.run(plan);
    } catch (IOException e) {
      throw new ExportFailure(ExitCodes.OUTPUT, "cannot write " + out + ": " + describe(e), e);
    } catch (LarkException e) {
      throw Failures.of(e);
    }
  }

  private Progress progress() {
    if (progressBar || stderrIsTerminal.getAsBoolean()) {
      return Progress.bar(err, System::nanoTime, Duration.ofMillis(200));
    }
    return Progress.lines(err, System::nanoTime, Duration.ofSeconds(10));
  }

  private OutputFormat resolveFormat() {
    if (format != null) {
      return format;
    }
    return OutputFormat.fromFileName(out)
        .orElseThrow(
            () -> new ExportFailure(
                ExitCodes.USAGE,
                "cannot tell the output format from '" + out.getFileName()
                    + "'; name the file .jsonl or .csv, or pass --format jsonl|csv"));
  }

  private void checkPageSize() {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new ExportFailure(
          ExitCodes.USAGE,
          "--page-size must be between 1 and " + MAX_PAGE_SIZE + " (Feishu's limit), was " + pageSize);
    }
  }

  /** The {@code --application-id}s without repeats, in order; none may be blank. */
  private List<String> applicationIds() {
    for (String id : applicationIds) {
      if (id.isBlank()) {
        throw new ExportFailure(
            ExitCodes.USAGE, "--application-id must not be empty: give an application's id or leave the option out");
      }
      if (!id.equals(id.strip())) {
        throw new ExportFailure(
            ExitCodes.USAGE, "--application-id '" + id + "' has leading or trailing spaces");
      }
    }
    return List.copyOf(new LinkedHashSet<>(applicationIds));
  }

  private void checkOutputWritable() {
    Path abs = out.toAbsolutePath();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      throw new ExportFailure(ExitCodes.OUTPUT, "cannot write " + out + ": it is a directory");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new ExportFailure(
          ExitCodes.OUTPUT, "cannot write " + out + ": directory " + dir + " does not exist");
    }
    if (!Files.isWritable(dir) || (Files.exists(abs) && !Files.isWritable(abs))) {
      throw new ExportFailure(
          ExitCodes.OUTPUT, "cannot write " + out + ": permission denied");
    }
  }

  private static void checkRange(Instant start, Instant end) {
    checkRange(start, "--from " + start, end, "--to " + end);
  }

  private static void checkRange(Instant start, String startText, Instant end, String endText) {
    if (!start.isBefore(end)) {
      throw new ExportFailure(
          ExitCodes.USAGE, "bad time range: " + startText + " is not before " + endText);
    }
  }

  private Backend.Range resolveRange(Backend backend, Instant now) {
    Optional<Backend.Range> dflt = backend.defaultRange();
    Instant start =
        from != null
            ? from.instant()
            : dflt.map(Backend.Range::start).orElse(now.minus(DEFAULT_FEISHU_RANGE));
    Instant end = to != null ? to.instant() : dflt.map(Backend.Range::end).orElse(now);
    String defaultStart = dflt.isPresent() ? "the data set's first interview" : "30 days ago";
    String defaultEnd = dflt.isPresent() ? "the data set's last interview" : "now";
    checkRange(
        start,
        from != null ? "--from " + start : start + " (" + defaultStart + ", no --from given)",
        end,
        to != null ? "--to " + end : end + " (" + defaultEnd + ", no --to given)");
    return new Backend.Range(start, end);
  }

  private void checkSameQuery(CheckpointStore store, Checkpoint cp, ExportQuery query) {
    List<String> diffs = query.differencesFrom(cp.query());
    if (!diffs.isEmpty()) {
      throw new ExportFailure(
          ExitCodes.CHECKPOINT,
          store.file().getFileName() + " belongs to an export with other arguments ("
              + String.join("; ", diffs) + "). Run it again with the same arguments to resume it,"
              + " or pass --no-resume to discard it and start over.");
    }
  }

  /** Refuses a checkpoint whose fields cannot be those of this export. */
  private void checkValid(CheckpointStore store, Checkpoint cp, List<String> apps, Backend backend, Instant now) {
    List<String> problems = new ArrayList<>(cp.problems(Math.max(1, apps.size())));
    boolean unfiltered = !apps.isEmpty() && from == null && to == null;
    if (unfiltered != (cp.rangeStart() == null)) {
      problems.add(unfiltered ? "it has a time range but this export has none" : "it has no time range");
    } else if (cp.rangeStart() != null) {
      Optional<Backend.Range> dflt = backend.defaultRange();
      Instant start = from != null ? from.instant() : dflt.map(Backend.Range::start).orElse(null);
      Instant end = to != null ? to.instant() : dflt.map(Backend.Range::end).orElse(null);
      if (start != null && start.toEpochMilli() != cp.rangeStart()) {
        problems.add("rangeStart " + cp.rangeStart() + " is not " + start + " (" + start.toEpochMilli() + ")");
      }
      if (end != null && end.toEpochMilli() != cp.rangeEnd()) {
        problems.add("rangeEnd " + cp.rangeEnd() + " is not " + end + " (" + end.toEpochMilli() + ")");
      }
      if (end == null && cp.rangeEnd() > now.toEpochMilli()) {
        problems.add("rangeEnd " + cp.rangeEnd() + " (the time of the first run) is in the future");
      }
    }
    if (!problems.isEmpty()) {
      throw new ExportFailure(
          ExitCodes.CHECKPOINT,
          store.file().getFileName() + " is not a checkpoint this export can have written ("
              + String.join("; ", problems) + "): it was edited or damaged. Pass --no-resume to discard"
              + " it and start over.");
    }
  }

  static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
