#!/usr/bin/env bash
# Runs every Larkgen benchmark and writes docs/BENCHMARKS.md from the results.
#
#   benchmarks/run.sh            full run (about 33 minutes on 2 cores)
#   benchmarks/run.sh --smoke    tiny sizes, one short JMH iteration: checks that all parts run
#
# Options (each overrides the mode's default):
#   --only LIST               comma-separated parts: decode,export,memory,codegen,coldstart,importer
#   --jmh "OPTS"              JMH options for the decode benchmark, each round
#   --decode-rounds N         interleaved JMH rounds of the decode part (every peer each round)
#   --interviews N            data set of the limits-off export
#   --limited-interviews N    data set of the limits-on export
#   --memory-interviews N     data set of the -Xmx64m export
#   --memory-heap SIZE        client heap of the memory run (default 64m)
#   --sandbox-heap SIZE       heap of the sandbox process in the memory run
#   --codegen-sizes LIST      operations per synthetic spec, e.g. 50,500,2000
#   --codegen-reps N          measured runs per spec size (one above 1,000 operations)
#   --cold-size N             operations of the spec of the cold-process codegen rows
#   --cold-reps N             interleaved rounds of the cold-process codegen rows
#   --export-reps N           measured export runs per client
#   --coldstart-reps N        cold starts per client
#   --import-reps N           timed imports per command (importer part)
#   --docs DIR                doc pages of the importer part (default ../shared/feishu-docs)
#   --larkgen-args "ARGS"     extra arguments for samples/target/hire-export.jar (limits-on run)
#   --doc FILE                where to write the report (default docs/BENCHMARKS.md)
#   --skip-build              reuse the jars and class paths of the previous run
#   --offline                 Maven offline (-o): after one `mvn verify`, everything is local
#
# Needs only JDK 17 and Maven 3.8 (the build downloads nothing beyond the project's
# dependencies and plugins). Raw results and logs stay in benchmarks/target/bench/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ORIGINAL_ARGS=("$@")

MODE=full
ONLY=decode,export,memory,codegen,coldstart,importer
DOC=docs/BENCHMARKS.md
SKIP_BUILD=false
MVN=(mvn -B -q)
declare -A OPT=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) MODE=smoke; shift ;;
    --skip-build) SKIP_BUILD=true; shift ;;
    --offline) MVN+=(-o); shift ;;
    --only) ONLY="$2"; shift 2 ;;
    --doc) DOC="$2"; shift 2 ;;
    --jmh|--decode-rounds|--interviews|--limited-interviews|--memory-interviews|--memory-heap|--sandbox-heap|\
    --codegen-sizes|--codegen-reps|--cold-size|--cold-reps|--export-reps|--coldstart-reps|--larkgen-args|\
    --import-reps|--docs)
      [[ $# -ge 2 ]] || { echo "$1 needs a value" >&2; exit 2; }
      OPT[${1#--}]="$2"; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [[ $MODE == smoke ]]; then
  : "${OPT[jmh]:=-f 1 -wi 1 -i 1 -w 1s -r 1s}"
  : "${OPT[decode-rounds]:=1}"
  : "${OPT[interviews]:=2000}"
  : "${OPT[limited-interviews]:=300}"
  : "${OPT[memory-interviews]:=20000}"
    : "${OPT[codegen-sizes]:=10,50,100}"
  : "${OPT[codegen-reps]:=1}"
  : "${OPT[cold-size]:=10}"
  : "${OPT[cold-reps]:=1}"
  : "${OPT[export-reps]:=1}"
  : "${OPT[coldstart-reps]:=2}"
  : "${OPT[import-reps]:=2}"
else
  : "${OPT[jmh]:=-f 1 -wi 4 -w 3s -i 3 -r 2s}"
  : "${OPT[decode-rounds]:=3}"
  : "${OPT[interviews]:=10000}"
  : "${OPT[limited-interviews]:=6000}"
  : "${OPT[memory-interviews]:=1000000}"
    : "${OPT[codegen-sizes]:=50,500,2000}"
  : "${OPT[codegen-reps]:=3}"
  : "${OPT[cold-size]:=500}"
  : "${OPT[cold-reps]:=3}"
  : "${OPT[export-reps]:=2}"
  : "${OPT[coldstart-reps]:=7}"
  : "${OPT[import-reps]:=5}"
fi
: "${OPT[memory-heap]:=64m}"
: "${OPT[sandbox-heap]:=1g}"
: "${OPT[larkgen-args]:=}"
: "${OPT[docs]:=$ROOT/../shared/feishu-docs}"

BENCH="$ROOT/benchmarks/target/bench"
RESULTS="$BENCH/results"
LOGS="$BENCH/logs"
WORK="$BENCH/work"
CP_FILE=target/bench-classpath.txt
# The version is the root pom's (pluginManagement); the benchmarks module's own build runs
# this plugin too, so `mvn verify` has already put it in the local repository.
DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin
START=$SECONDS
STARTED_AT=$(date -u '+%Y-%m-%d %H:%M UTC')

log() { printf '[%4ds] %s\n' "$((SECONDS - START))" "$*"; }

rm -rf "$RESULTS" "$LOGS" "$WORK"
mkdir -p "$RESULTS" "$LOGS" "$WORK"

# --- build: jars plus each module's runtime class path, written next to its jar ------------
if [[ $SKIP_BUILD == false ]]; then
  log "building (mvn package, tests, sources and javadoc skipped)"
  "${MVN[@]}" -pl importer,processor,generated-client,sandbox,samples,benchmarks -am -DskipTests \
    -Dmaven.source.skip=true -Dmaven.javadoc.skip=true package \
    "$DEP_PLUGIN:build-classpath" -Dmdep.outputFile="$CP_FILE" -DincludeScope=runtime \
    > "$LOGS/build.log" 2>&1 || { cat "$LOGS/build.log"; echo "build failed" >&2; exit 1; }
  for closure in official-sdk openapi-generator openapi-generator-output; do
    "${MVN[@]}" -f "benchmarks/closures/$closure/pom.xml" "$DEP_PLUGIN:build-classpath" \
      -Dmdep.outputFile="$CP_FILE" -DincludeScope=runtime >> "$LOGS/build.log" 2>&1 \
      || { cat "$LOGS/build.log"; echo "resolving $closure failed" >&2; exit 1; }
  done
fi

jar_of() { # the module's main jar
  local jar
  jar=$(ls "$1"/target/*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' -e '-tests' \
    | grep -v 'hire-export' | head -1 || true)
  [[ -n $jar ]] || { echo "no jar in $1/target: build it first" >&2; exit 1; }
  echo "$jar"
}
cp_of() { cat "$1/$CP_FILE" 2>/dev/null || true; }
join_cp() { local IFS=:; local parts=(); for p in "$@"; do [[ -n $p ]] && parts+=("$p"); done; echo "${parts[*]}"; }

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CLASSES="$ROOT/benchmarks/target/classes"
BENCH_CP=$(join_cp "$CLASSES" "$(cp_of benchmarks)")
SANDBOX_CP=$(join_cp "$(jar_of sandbox)" "$(cp_of sandbox)")
CLIENT_JAR=$(jar_of generated-client)
CLIENT_DEPS=$(cp_of generated-client)
# jackson-databind is an optional dependency of the client (only the generated HireJacksonModule
# needs it; compiling generated sources does), which build-classpath lists with the rest: the
# client's run-time closure leaves it out.
CLIENT_CLOSURE=$(join_cp $(tr ':' '\n' <<< "$CLIENT_DEPS" \
  | grep -v -E '/jackson-(databind|annotations)-[0-9.]+\.jar$'))
LARKGEN_CP=$(join_cp "$CLASSES" "$CLIENT_JAR" "$CLIENT_CLOSURE")
SDK_CP=$(join_cp "$CLASSES" "$(cp_of benchmarks/closures/official-sdk)")
OAG_CP=$(join_cp "$CLASSES" "$(cp_of benchmarks/closures/openapi-generator)")
OAG_OUTPUT_DEPS=$(cp_of benchmarks/closures/openapi-generator-output)
PROCESSOR_PATH=$(join_cp "$(jar_of processor)" "$(cp_of processor)")
# javac's processor class loader delegates to the JVM's class path, so the JVM timing the
# Larkgen processor must not carry other processors (OpenAPI Generator brings Lombok's).
CODEGEN_CP=$(join_cp "$CLASSES" $(tr ':' '\n' <<< "$(cp_of benchmarks)" \
  | grep -E '/jackson-(core|databind|annotations)-[0-9.]+\.jar$'))
SAMPLES_JAR="$ROOT/samples/target/hire-export.jar"

wants() { [[ ",$ONLY," == *",$1,"* ]]; }

# trigger DIR SIZE|FILE: the package-info.java whose @LarkApi makes the processor generate the
# client of the SIZE-operation synthetic spec (or of the spec FILE, found on the class path);
# prints its path.
trigger() {
  local spec=$2
  [[ $spec =~ ^[0-9]+$ ]] && spec="synthetic-$spec.yaml"
  mkdir -p "$1/bench"
  printf '@io.larkgen.runtime.annotations.LarkApi(spec = "%s")\npackage bench;\n' \
    "$spec" > "$1/bench/package-info.java"
  echo "$1/bench/package-info.java"
}

# javac (the JDK's command, its own JVM) with the processor path and nothing else, generating
# the client of the smallest synthetic spec: what a build with that path on its
# annotationProcessorPaths does.
standalone_codegen() {
  local size out javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
  size=$(tr ',' '\n' <<< "${OPT[codegen-sizes]}" | sort -n | head -1)
  out="$WORK/codegen/standalone"
  rm -rf "$out"
  mkdir -p "$out/generated" "$out/classes"
  "$javac" -proc:only -implicit:none -processorpath "$PROCESSOR_PATH" \
    -classpath "$(join_cp "$CLIENT_DEPS" "$WORK/specs")" -s "$out/generated" -d "$out/classes" \
    "$(trigger "$out/src" "$size")"
  local generated
  generated=$(find "$out/generated" -name '*.java' | wc -l)
  echo "processor path alone: $generated sources for the $size-operation spec"
  [[ $generated -gt 0 ]]
}
# timed NAME ROW COMMAND...: runs COMMAND as its own process under /usr/bin/time, appends
# "ROW cpu_seconds peak_kb wall_seconds" to results/NAME.txt and its output to
# logs/NAME-runs.log (the last run's output also to work/NAME-last.log).
timed() {
  local name=$1 row=$2; shift 2
  local t="$WORK/$name-time.txt" last="$WORK/$name-last.log"
  /usr/bin/time -o "$t" -f '%U %S %M %e' "$@" > "$last" 2>&1 \
    || { cat "$last" >> "$LOGS/$name-runs.log"; echo "$row failed; see $name-runs.log" >&2; return 1; }
  cat "$last" >> "$LOGS/$name-runs.log"
  read -r user sys peak wall < "$t"
  printf '%s %s %s %s\n' "$row" "$(awk "BEGIN { print $user + $sys }")" "$peak" "$wall" \
    >> "$RESULTS/$name.txt"
}

# Cold processes on one synthetic spec, interleaved round by round: Larkgen's javac with the
# processor (-proc:only, then generate + compile) and OpenAPI Generator in a fresh JVM (generate
# only, then javac on its output), each a whole process with JVM start, JIT and GC. After the
# generate-only run, javac on its output alone bounds the other two Larkgen rows: reading the
# sources (parse and enter, what javac does with a processor's output before the next round)
# and compiling them. Then the same rounds on the imported Hire spec (spec/hire-v1.yaml).
cold_codegen() {
  local spec="$WORK/specs"
  "$JAVA" -cp "$CODEGEN_CP" io.larkgen.benchmarks.codegen.SyntheticSpec "$spec" "${OPT[cold-size]}"
  : > "$RESULTS/codegen-timings.txt"
  cold_rounds "${OPT[cold-size]}" "$spec" "synthetic-${OPT[cold-size]}.yaml" \
    "$RESULTS/codegen-cold.txt" "$RESULTS/codegen-timings.txt" || return 1
  local hire="$ROOT/spec/hire-v1.yaml"
  cold_rounds "$(grep -c -E '^ +operationId:' "$hire")" "$ROOT/spec" hire-v1.yaml \
    "$RESULTS/codegen-cold-hire.txt" /dev/null
}

# cold_rounds OPERATIONS SPEC_DIR SPEC_FILE RESULT TIMINGS: the cold rounds on one spec.
cold_rounds() {
  local operations=$1 spec=$2 file=$3 result=$4 timings=$5
  local javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac" out="$WORK/codegen/cold"
  local name
  name=$(basename "$result" .txt)
  printf 'size %s\n' "$operations" > "$result"
  for ((rep = 1; rep <= ${OPT[cold-reps]}; rep++)); do
    for phase in generate build; do
      rm -rf "$out" && mkdir -p "$out/generated" "$out/classes"
      local only=()
      # The generate-only run also prints the processor's phase timers.
      [[ $phase == generate ]] && only=(-proc:only -implicit:none -Alarkgen.timings=true)
      timed "$name" "larkgen $phase" "$javac" "${only[@]}" -processorpath "$PROCESSOR_PATH" \
        -classpath "$(join_cp "$CLIENT_DEPS" "$spec")" -s "$out/generated" -d "$out/classes" \
        "$(trigger "$out/src" "${file}")" || return 1
      if [[ $phase == generate ]]; then
        printf 'larkgen files %s %s\n' "$(find "$out/generated" -name '*.java' | wc -l)" \
          "$(find "$out/generated" -name '*.java' -exec cat {} + | wc -c)" >> "$result"
        { echo "round $rep"
          grep -E '^ +[a-z]+ +[0-9]+ ms wall +[0-9]+ ms cpu$' "$WORK/$name-last.log" || true
        } >> "$timings"
        find "$out/generated" -name '*.java' > "$out/sources.txt"
        mkdir -p "$out/read" "$out/alone"
        timed "$name" "javac reads" "$javac" -proc:none -implicit:none \
          -XDshould-stop.ifNoError=ENTER -classpath "$CLIENT_DEPS" -d "$out/read" \
          "@$out/sources.txt" || return 1
        timed "$name" "javac compiles" "$javac" -proc:none -classpath "$CLIENT_DEPS" \
          -d "$out/alone" "@$out/sources.txt" || return 1
      fi
    done
    rm -rf "$out"
    timed "$name" "openapi-generator generate" "$JAVA" -cp "$OAG_CP" \
      io.larkgen.benchmarks.codegen.CodegenBench --tool openapi-generator --warm-up false \
      --specs "$spec" --spec-file "$spec/$file" --sizes "$operations" --reps 1 --work "$out" \
      --out "$out/result.json" || return 1
    local sources="$out/openapi-generator-$operations/src/main/java"
    printf 'openapi-generator files %s %s\n' "$(find "$sources" -name '*.java' | wc -l)" \
      "$(find "$sources" -name '*.java' -exec cat {} + | wc -c)" >> "$result"
    find "$sources" -name '*.java' > "$out/sources.txt"
    mkdir -p "$out/classes"
    timed "$name" "openapi-generator javac" "$javac" -nowarn -classpath "$OAG_OUTPUT_DEPS" \
      -d "$out/classes" "@$out/sources.txt" || return 1
  done
}

# The decode part: --decode-rounds JMH runs of every peer, one after the other, each writing
# results/decode-N.json; the report takes medians over the rounds and of their ratios, so a
# change of the machine's speed between two benchmarks does not go into their ratio alone.
decode_rounds() {
  for ((round = 1; round <= ${OPT[decode-rounds]}; round++)); do
    echo "round $round of ${OPT[decode-rounds]}"
    # shellcheck disable=SC2086 # JMH options are words by design
    "$JAVA" -cp "$BENCH_CP" org.openjdk.jmh.Main \
      'io.larkgen.benchmarks.decode.DecodeBenchmark' ${OPT[jmh]} -prof gc \
      -rf json -rff "$RESULTS/decode-$round.json" \
      -jvmArgsAppend "-Dlarkgen.bench.payloads=$RESULTS/payloads" || return 1
  done
}

# Imports every doc page with the launcher (C1, serial GC, class-data archive) and with plain
# `java -jar`, interleaved; the first launcher run, which writes the archive, is not timed.
importer_runs() {
  local docs=${OPT[docs]} launcher="$ROOT/importer/bin/larkgen-import"
  local jar="$ROOT/importer/target/larkgen-import.jar"
  [[ -d $docs ]] || { echo "no doc pages at $docs (--docs DIR)"; return 1; }
  printf 'size %s\n' "$(find "$docs" -name '*.md' | wc -l)" > "$RESULTS/importer.txt"
  rm -f "$ROOT"/importer/target/larkgen-import-*.jsa
  rm -rf "$WORK/import" && mkdir -p "$WORK/import"
  "$launcher" --docs "$docs" --out-dir "$WORK/import/training" > "$LOGS/importer-training.log" 2>&1
  for ((rep = 1; rep <= ${OPT[import-reps]}; rep++)); do
    timed importer "import launcher" "$launcher" --docs "$docs" --out-dir "$WORK/import/l$rep" \
      || return 1
    timed importer "import jar" "$JAVA" -jar "$jar" --docs "$docs" --out-dir "$WORK/import/j$rep" \
      || return 1
  done
  # Both commands write the same spec.
  diff -r "$WORK/import/l1" "$WORK/import/j1"
  tail -n 1 "$WORK/importer-last.log"
}

for part in decode export memory codegen coldstart importer; do
  wants "$part" || echo "not selected in this run (--only $ONLY)" > "$RESULTS/$part.status"
done

# step NAME COMMAND...: runs one part; a failure is recorded for the report, not fatal.
step() {
  local name=$1; shift
  log "$name …"
  local t0=$SECONDS
  if "$@" > "$LOGS/$name.log" 2>&1; then
    echo "ok" > "$RESULTS/$name.status"
    log "$name done in $((SECONDS - t0)) s"
  else
    local rc=$?
    echo "$name failed (exit $rc) after $((SECONDS - t0)) s; log: benchmarks/target/bench/logs/$name.log" \
      > "$RESULTS/$name.status"
    log "$name FAILED (exit $rc), see $LOGS/$name.log"
    tail -n 15 "$LOGS/$name.log" | sed 's/^/    /'
  fi
}

if wants decode; then
  step payloads "$JAVA" -cp "$BENCH_CP" io.larkgen.benchmarks.decode.Payloads \
    --sandbox-cp "$SANDBOX_CP" --out "$RESULTS/payloads" --logs "$LOGS"
  if [[ $(cat "$RESULTS/payloads.status") == ok ]]; then
    step decode decode_rounds
  else
    cp "$RESULTS/payloads.status" "$RESULTS/decode.status"
  fi
fi

if wants export; then
  step export "$JAVA" -cp "$BENCH_CP" io.larkgen.benchmarks.export.ExportBench \
    --sandbox-cp "$SANDBOX_CP" --samples-jar "$SAMPLES_JAR" --larkgen-cp "$LARKGEN_CP" \
    --sdk-cp "$SDK_CP" --interviews "${OPT[interviews]}" --limited-interviews "${OPT[limited-interviews]}" \
    --reps "${OPT[export-reps]}" --larkgen-args "${OPT[larkgen-args]}" \
    --work "$WORK" --logs "$LOGS" --out "$RESULTS/export.json"
fi

if wants memory; then
  step memory "$JAVA" -cp "$BENCH_CP" io.larkgen.benchmarks.export.MemoryBench \
    --sandbox-cp "$SANDBOX_CP" --larkgen-cp "$LARKGEN_CP" \
    --interviews "${OPT[memory-interviews]}" --heap "${OPT[memory-heap]}" \
    --sandbox-heap "${OPT[sandbox-heap]}" --logs "$LOGS" --out "$RESULTS/memory.json"
fi

if wants codegen; then
  step codegen-larkgen "$JAVA" -cp "$CODEGEN_CP" io.larkgen.benchmarks.codegen.CodegenBench \
    --tool larkgen --processor-path "$PROCESSOR_PATH" --classpath "$CLIENT_DEPS" \
    --specs "$WORK/specs" --sizes "${OPT[codegen-sizes]}" --reps "${OPT[codegen-reps]}" \
    --work "$WORK/codegen" --out "$RESULTS/codegen-larkgen.json"
  # The processor path alone must run the processor: javac outside any JVM of ours, whose
  # class path the processor's class loader would otherwise fall back on.
  step codegen-processor-path standalone_codegen
  step codegen-cold cold_codegen
  step codegen-openapi-generator "$JAVA" -cp "$OAG_CP" io.larkgen.benchmarks.codegen.CodegenBench \
    --tool openapi-generator --specs "$WORK/specs" --sizes "${OPT[codegen-sizes]}" \
    --reps "${OPT[codegen-reps]}" --work "$WORK/codegen" \
    --out "$RESULTS/codegen-openapi-generator.json"
  { cat "$RESULTS/codegen-larkgen.status"; cat "$RESULTS/codegen-processor-path.status"
    cat "$RESULTS/codegen-openapi-generator.status"; cat "$RESULTS/codegen-cold.status"; } \
    > "$RESULTS/codegen.status"
  rm -rf "$WORK/codegen"
fi

if wants importer; then
  step importer importer_runs
fi

if wants coldstart; then
  step coldstart "$JAVA" -cp "$BENCH_CP" io.larkgen.benchmarks.coldstart.ColdStartBench \
    --sandbox-cp "$SANDBOX_CP" --larkgen-cp "$LARKGEN_CP" --sdk-cp "$SDK_CP" \
    --reps "${OPT[coldstart-reps]}" --logs "$LOGS" --out "$RESULTS/coldstart.json"
fi

COMMAND="benchmarks/run.sh${ORIGINAL_ARGS[*]:+ ${ORIGINAL_ARGS[*]}}"
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git diff --quiet HEAD -- . ':!docs/BENCHMARKS.md' 2>/dev/null; then
  COMMIT="$COMMIT (with uncommitted changes)"
fi
"$JAVA" -cp "$BENCH_CP" io.larkgen.benchmarks.report.Report --results "$RESULTS" \
  --out "$DOC" --mode "$MODE" --command "$COMMAND" --commit "$COMMIT" \
  --started "$STARTED_AT" --elapsed "$((SECONDS - START))" \
  --built "$([[ $SKIP_BUILD == false ]] && echo true || echo false)" --notes benchmarks/NOTES.md
log "finished in $((SECONDS - START)) s; report: $DOC"
