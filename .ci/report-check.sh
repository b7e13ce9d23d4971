#!/usr/bin/env bash
# Checks `advocacy report` in a real browser, with a built `advocacy` given as $1:
#   bash .ci/report-check.sh "$(swift build --show-bin-path)/advocacy" [OUTPUT-FOLDER]
# 1. installs Debian's chromium with apt-get when it is missing;
# 2. converts ../shared/corpus/dev/*.txt to dossier JSON with `advocacy convert --format json
#    --out` (when ../shared is there; otherwise the repository's seeds/ and the example's
#    dossier from advocacy-example --json, built beside advocacy);
# 3. runs `advocacy report` on them, and once more to check that the bytes are the same;
# 4. has headless Chromium render the page to report.png (1400 × 2000, the top of the page)
#    and report-tall.png (1400 × 6000, down to the network and the demand table), dump its DOM,
#    and fails unless the DOM has the timeline (#timeline, article.legislative-file,
#    li.event with a <time>), the SVG network (svg#network-graph with .node and .edge), the
#    demand table (table#demand-table, tr.demand with a link to a source paragraph that
#    exists) and the diagnostics, as many of each as the file has, and no <script>.
# The page, the PNG and the DOM are left in OUTPUT-FOLDER (a temporary folder by default,
# whose path is printed). About 10 s here.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH/TO/advocacy (a built binary) [OUTPUT-FOLDER]" >&2
    exit 2
fi
advocacy=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=${2:-$(mktemp -d)}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "Chromium"
if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
chromium --version

step "Dossiers to draw"
shared="$(cd .. && pwd)/shared"
mkdir -p "$work/dossiers"
if [ -d "$shared/corpus/dev" ]; then
    "$advocacy" convert --quiet --format json --out "$work/dossiers" "$shared"/corpus/dev/*.txt
    echo "converted dev corpus: $(ls "$work/dossiers" | wc -l) dossiers"
else
    "$advocacy" convert --quiet --format json --out "$work/dossiers" seeds/*.txt
    "$(dirname "$advocacy")/advocacy-example" --json > "$work/dossiers/example.json"
    echo "../shared is not here: seeds/ and the example, $(ls "$work/dossiers" | wc -l) dossiers"
fi

step "advocacy report (twice: the same bytes)"
"$advocacy" report "$work/dossiers" -o "$out/report.html"
"$advocacy" report "$work/dossiers" -o "$work/again.html" 2>/dev/null
cmp "$out/report.html" "$work/again.html"
echo "$(wc -c < "$out/report.html") bytes, deterministic"

step "Headless Chromium: screenshot and DOM"
browse() {  # $1 = window height, then Chromium's options
    local height=$1
    shift
    timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$work/profile" --window-size=1400,"$height" "$@" "file://$out/report.html" 2>"$work/chromium.log"
}
browse 2000 --screenshot="$out/report.png"
browse 6000 --screenshot="$out/report-tall.png"
browse 2000 --dump-dom > "$out/report.dom.html"
python3 - "$out/report.html" "$out/report.dom.html" "$out/report.png" <<'PY'
import re, struct, sys
from html.parser import HTMLParser

class Collect(HTMLParser):
    """Counts elements by tag, id and class, and keeps the ids and the fragment links."""
    def __init__(self):
        super().__init__()
        self.tags, self.ids, self.classes, self.links, self.stack = {}, set(), {}, [], []
        self.inside = {}
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if "id" in attrs: self.ids.add(attrs["id"])
        for c in (attrs.get("class") or "").split():
            self.classes[c] = self.classes.get(c, 0) + 1
        if tag == "a" and (attrs.get("href") or "").startswith("#"): self.links.append(attrs["href"][1:])

source, dom = Collect(), Collect()
source.feed(open(sys.argv[1], encoding="utf-8").read())
dom_text = open(sys.argv[2], encoding="utf-8").read()
dom.feed(dom_text)
def check(condition, message):
    if not condition:
        sys.exit(f"report-check: {message}")
for section in ["timeline", "network", "network-graph", "demands", "demand-table", "diagnostics", "sources"]:
    check(section in dom.ids, f"the rendered DOM has no #{section}")
for cls, least in [("legislative-file", 1), ("event", 1), ("node", 1), ("edge", 1), ("demand", 1), ("document", 1)]:
    n = dom.classes.get(cls, 0)
    check(n >= least, f"the rendered DOM has {n} .{cls}, expected at least {least}")
    check(n == source.classes.get(cls, 0), f".{cls}: {n} in the DOM but {source.classes.get(cls, 0)} in the file")
check(dom.tags.get("time", 0) >= 1, "no <time> in the timeline")
check(dom.tags.get("script", 0) == 0, "the page has a <script>")
check(not re.search(r'(src|href)="(https?:)?//', dom_text), "the page refers to something outside itself")
missing = [l for l in dom.links if l not in dom.ids]
check(not missing, f"links to anchors that do not exist: {missing[:5]}")
check(any(l.startswith("doc-") and "-p-" in l for l in dom.links), "no demand links to a source paragraph")
png = open(sys.argv[3], "rb").read()
check(png[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG")
width, height = struct.unpack(">II", png[16:24])
check((width, height) == (1400, 2000), f"the screenshot is {width}×{height}, not 1400×2000")
check(len(png) > 20000, f"the screenshot is only {len(png)} bytes (a blank page?)")
print(f"DOM: {dom.classes['legislative-file']} legislative files, {dom.classes['event']} events, "
      f"{dom.classes['node']} nodes, {dom.classes['edge']} edges, {dom.classes['demand']} demand rows, "
      f"{dom.classes.get('diagnostic', 0)} diagnostics; screenshot {width}×{height}, {len(png)} bytes")
PY
echo "report, screenshot and DOM in $out"
