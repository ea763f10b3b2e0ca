#!/usr/bin/env bash
# Checks bom/pom.xml against the reactor: the BOM's version is the parent's, and it lists the
# artifact of every published module (a module that does not set maven.javadoc.skip). The
# BOM may list artifacts of modules that are not in the reactor yet.
#
#   scripts/check-bom.sh      exit status 0 when the BOM is complete, 1 otherwise
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# first_tag FILE TAG: the text of the first <TAG> outside <parent>, <dependencies> and
# <dependencyManagement>, i.e. the project's own.
first_tag() {
  sed -e '/<parent>/,/<\/parent>/d' -e '/<dependencyManagement>/,/<\/dependencyManagement>/d' \
    -e '/<dependencies>/,/<\/dependencies>/d' "$1" \
    | sed -n "s|.*<$2>\(.*\)</$2>.*|\1|p" | head -1
}

FAILED=0
fail() { echo "bom/pom.xml: $*" >&2; FAILED=1; }

PARENT_VERSION=$(first_tag pom.xml version)
BOM_VERSION=$(first_tag bom/pom.xml version)
[[ $BOM_VERSION == "$PARENT_VERSION" ]] \
  || fail "version $BOM_VERSION, but the parent pom.xml is at $PARENT_VERSION"

BOM_ARTIFACTS=$(sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/p' bom/pom.xml \
  | sed -n 's|.*<artifactId>\(.*\)</artifactId>.*|\1|p')
mapfile -t MODULES < <(sed -n 's|.*<module>\(.*\)</module>.*|\1|p' pom.xml)
for module in "${MODULES[@]}"; do
  [[ $module == bom ]] && continue
  pom="$module/pom.xml"
  if grep -q '<maven.javadoc.skip>true</maven.javadoc.skip>' "$pom"; then
    continue # not published
  fi
  artifact=$(first_tag "$pom" artifactId)
  grep -qx "$artifact" <<< "$BOM_ARTIFACTS" \
    || fail "does not list $artifact (module $module), which is published"
done

if [[ $FAILED -eq 0 ]]; then
  echo "bom/pom.xml lists every published module at $PARENT_VERSION"
fi
exit "$FAILED"
