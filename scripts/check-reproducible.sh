#!/usr/bin/env bash
# Checks that the build is reproducible: builds the working tree twice from clean, in two
# copies at different paths, and compares every jar of the two builds byte for byte. For a jar
# that differs it lists the entries that differ (content, or the archive's own metadata).
#
#   scripts/check-reproducible.sh             tests skipped; uses the network for missing artifacts
#   scripts/check-reproducible.sh --offline   passes -o to Maven (artifacts already downloaded)
#   scripts/check-reproducible.sh --keep      keeps both build copies for a closer look
#
# Exit status: 0 when every jar is identical, 1 when some differ, 2 on a failed build.
# Needs JDK 17, Maven 3.8 and git; the copies go to a fresh temporary folder ($TMPDIR if set).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MVN_ARGS=(-B -q)
KEEP=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --offline) MVN_ARGS+=(-o); shift ;;
    --keep) KEEP=true; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

WORK="$(mktemp -d -t larkgen-reproducible.XXXXXX)"
if [[ $KEEP == false ]]; then
  trap 'rm -rf "$WORK"' EXIT
fi
START=$SECONDS
log() { printf '[%4ds] %s\n' "$((SECONDS - START))" "$*"; }

# copy_tree DEST: the working tree's tracked and untracked, not ignored, files (no target/).
copy_tree() {
  mkdir -p "$1"
  git -C "$ROOT" ls-files -z --cached --others --exclude-standard \
    | (cd "$ROOT" && tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null) \
    | tar -xf - -C "$1"
  # Input data the build may read sits beside the repository.
  if [[ -d "$ROOT/../shared" ]]; then
    ln -s "$(cd "$ROOT/../shared" && pwd)" "$(dirname "$1")/shared"
  fi
}

# Two different paths, so a build that records where it ran shows up as a difference.
FIRST="$WORK/first/larkgen"
SECOND="$WORK/second-build/checkout"
# Both copies are taken before either build starts, so both builds see the same sources.
copy_tree "$FIRST"
copy_tree "$SECOND"
for tree in "$FIRST" "$SECOND"; do
  log "building in $tree (mvn clean package, tests skipped)"
  if ! (cd "$tree" && mvn "${MVN_ARGS[@]}" clean package -DskipTests) > "$tree.log" 2>&1; then
    cat "$tree.log"
    echo "build in $tree failed" >&2
    exit 2
  fi
done

# jars_of TREE: every jar the build wrote, relative to the tree, sorted.
jars_of() { (cd "$1" && find . -path '*/target/*.jar' ! -path '*/target/*/*' | sort); }

# explain JAR: which entries of the two copies of JAR differ.
explain() {
  local jar=$1 a="$WORK/explain/a" b="$WORK/explain/b"
  rm -rf "$WORK/explain"
  mkdir -p "$a" "$b"
  (cd "$a" && jar xf "$FIRST/$jar")
  (cd "$b" && jar xf "$SECOND/$jar")
  if ! diff <(jar tf "$FIRST/$jar") <(jar tf "$SECOND/$jar") > "$WORK/explain/list.diff"; then
    echo "    entry names or order differ:"
    sed 's/^/      /' "$WORK/explain/list.diff"
  fi
  local contents
  contents=$(cd "$WORK/explain" && diff -rq a b || true)
  if [[ -n $contents ]]; then
    echo "    entries whose contents differ:"
    sed -E 's|^Files a/(.*) and b/.* differ$|      \1|; s|^Only in (.*)|      only in \1|' <<< "$contents"
  elif [[ ! -s "$WORK/explain/list.diff" ]]; then
    echo "    same entries and contents; the archive's metadata differs (times, attributes, compression)"
    if command -v zipinfo > /dev/null; then
      diff <(zipinfo -l "$FIRST/$jar" | tail -n +3) <(zipinfo -l "$SECOND/$jar" | tail -n +3) \
        | sed 's/^/      /' | head -n 20 || true
    fi
  fi
}

mapfile -t JARS < <(jars_of "$FIRST")
if [[ ${#JARS[@]} -eq 0 ]]; then
  echo "the build wrote no jar" >&2
  exit 2
fi
if ! diff <(printf '%s\n' "${JARS[@]}") <(jars_of "$SECOND") > /dev/null; then
  echo "the two builds wrote different sets of jars:" >&2
  diff <(printf '%s\n' "${JARS[@]}") <(jars_of "$SECOND") >&2 || true
  exit 1
fi

DIFFERING=0
for jar in "${JARS[@]}"; do
  if cmp -s "$FIRST/$jar" "$SECOND/$jar"; then
    echo "identical  ${jar#./}"
  else
    echo "DIFFERENT  ${jar#./}"
    explain "$jar"
    DIFFERING=$((DIFFERING + 1))
  fi
done

log "${#JARS[@]} jars compared, $DIFFERING differ"
[[ $KEEP == true ]] && echo "build copies kept in $WORK"
[[ $DIFFERING -eq 0 ]]
