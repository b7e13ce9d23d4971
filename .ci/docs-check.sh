#!/usr/bin/env bash
# Builds the DocC documentation of AdvocacyKit, AdvocacyTesting and AdvocacyReport with
# warnings as errors (an unresolved symbol link, an undocumented parameter), then checks that the five articles
# are in AdvocacyKit's archive with their titles. Run from anywhere; reuses the debug build.
set -euo pipefail
cd "$(dirname "$0")/.."

outputs=.build/plugins/Swift-DocC/outputs
rm -rf "$outputs/AdvocacyKit.doccarchive" "$outputs/AdvocacyTesting.doccarchive" "$outputs/AdvocacyReport.doccarchive"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
for target in AdvocacyKit AdvocacyTesting AdvocacyReport; do
    if ! swift package generate-documentation --target "$target" --warnings-as-errors >"$log" 2>&1; then
        grep -v '^\[' "$log" >&2
        echo "error: the documentation of $target does not build without warnings" >&2
        exit 1
    fi
    if grep -E '^(warning|error):' "$log" >&2; then
        echo "error: building the documentation of $target printed the diagnostics above" >&2
        exit 1
    fi
    test -d "$outputs/$target.doccarchive" || { echo "error: no archive for $target" >&2; exit 1; }
    echo "documentation of $target: built, no warnings"
done

pages="$outputs/AdvocacyKit.doccarchive/data/documentation/advocacykit"
while IFS='|' read -r page title; do
    python3 - "$pages/$page.json" "$title" <<'PY'
import json, sys
path, title = sys.argv[1], sys.argv[2]
try:
    page = json.load(open(path, encoding="utf-8"))
except OSError:
    sys.exit(f"error: the article {title!r} is missing from the archive ({path})")
assert page["kind"] == "article", f"{path} is not an article"
assert page["metadata"]["title"] == title, f"{path} is titled {page['metadata']['title']!r}, not {title!r}"
print(f"article: {title}")
PY
done <<'ARTICLES'
gettingstarted|Getting started
convertingpressreleases|Converting press releases
testingyourdataset|Testing your dataset
dossiersinakomantoso|How dossiers map to Akoma Ntoso
addingyourowngazetteer|Adding your own gazetteer
ARTICLES
