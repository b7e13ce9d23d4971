#!/usr/bin/env python3
"""Checks that the work of `advocacy` grows linearly with hostile inputs.

For each shape (one long paragraph of sentences, tens of thousands of organisations or of
mentions nested in one another, a long Markdown table, text split by hundreds of thousands of
comments, thousands of bracketed acronyms, unmatched brackets), it builds the input at sizes n and 2n, runs the command under
`valgrind --tool=callgrind` and counts the instructions it executes (the work, not the wall
time: the same on a busy machine), minus those of the same command on the shape at size 1
(start-up). Doubling the input must at most about double the work: the ratio must stay
below 2.5 (linear gives 2, n log n a little more, quadratic 4).

    .ci/linear-cost.py PATH/TO/advocacy [--scale S]
"""
import json
import os
import re
import subprocess
import sys
import tempfile

scale = float(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1.0
work = tempfile.mkdtemp(prefix="linear-cost-")
# Valgrind cannot read the DWARF 5 the Swift toolchain writes: a copy without it is counted.
advocacy = os.path.join(work, "advocacy")
subprocess.run(["strip", "--strip-debug", "-o", advocacy, os.path.abspath(sys.argv[1])], check=True)
LIMIT = 2.5


def sentences(n):
    names = ["Harbour Trust", "Dock Union", "Ferry Riders Guild", "Coastal Action Network", "the Ports Committee"]
    body = " ".join(f"{names[i % 5]} says the toll plan number {i} must be rejected by the council." for i in range(n))
    return "Harbour news on the toll plan\n\n" + body + "\n"


def acronyms(n):
    def code(i):
        letters = ""
        while True:
            letters = chr(65 + i % 26) + letters
            i //= 26
            if i == 0:
                return "Q" + letters
    return "Harbour news\n\n" + " ".join(f"The Harbour Group {i} ({code(i)}) backs the plan." for i in range(n)) + "\n"


def table(n):
    rows = "\n".join(f"| Harbour Trust {i} | supports | item {i} |" for i in range(n))
    return "# Harbour news\n\nThe Dock Union urges the council to vote.\n\n| who | what | note |\n|---|---|---|\n" + rows + "\n"


def brackets(n):
    return "# Harbour news\n\nThe Dock Union urges the council [to vote " + "[a " * n + "now.\n"


def nested_links(n):
    return "# Harbour news\n\nThe Dock Union urges " + "[" * n + "the council" + "](x)" * n + " to vote.\n"


def backtick_runs(n):
    return "# Harbour news\n\nThe Dock Union urges " + " ".join("`" * (i % 400 + 1) for i in range(n)) + " the vote.\n"


def mixed_emphasis(n):
    return "# Harbour news\n\nThe Dock Union urges " + "_a " * n + "b* " * n + "the vote.\n"


def attributes(n):
    return ('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x" '
            + " ".join(f'a{i}="x"' for i in range(n)) + '/></akomaNtoso>')


def html_comments(n):
    return ("<html><body><h1>Harbour news</h1><p>The Dock Union urges " + "a<!---->" * n
            + " the council to vote.</p></body></html>")


def dossier(n):
    organisations = [{"id": f"org-{i}", "jurisdiction": "be", "kind": "ngo", "mentions": [],
                      "name": f"Harbour Trust {i}"} for i in range(n)]
    text = "Harbour news\n\nThe Harbour Trust urges the council to vote."
    return json.dumps({
        "schemaVersion": 1,
        "document": {"id": "doc", "jurisdiction": "be", "kind": "pressRelease", "language": "en",
                     "title": "Harbour news", "published": "2024-01-15",
                     "source": {"paragraphs": [{"role": "title", "text": "Harbour news"},
                                               {"role": "body", "text": text.split("\n\n")[1]}],
                                "separators": ["\n\n"], "leading": "", "trailing": ""}},
        "organisations": organisations})


def nested_mentions(n):
    """One organisation mentioned n times, each mention inside the one before."""
    body = "a" * (2 * n)
    return json.dumps({
        "schemaVersion": 1,
        "document": {"id": "doc", "jurisdiction": "be", "kind": "pressRelease", "language": "en",
                     "title": "Harbour news", "published": "2024-01-15",
                     "source": {"paragraphs": [{"role": "title", "text": "Harbour news"},
                                               {"role": "body", "text": body}],
                                "separators": ["\n\n"], "leading": "", "trailing": ""}},
        "organisations": [{"id": "org", "jurisdiction": "be", "kind": "ngo", "name": "Harbour Trust",
                           "mentions": [{"paragraph": 1, "start": k, "end": 2 * n - k} for k in range(n)]}]})


def mentions_of_one_range(n):
    """n organisations, each mentioned by the same words: n distinct wrappers of one range."""
    organisations = [{"id": f"org-{i}", "jurisdiction": "be", "kind": "ngo", "name": f"Harbour Trust {i}",
                      "mentions": [{"paragraph": 1, "start": 4, "end": 17}]} for i in range(n)]
    return json.dumps({
        "schemaVersion": 1,
        "document": {"id": "doc", "jurisdiction": "be", "kind": "pressRelease", "language": "en",
                     "title": "Harbour news", "published": "2024-01-15",
                     "source": {"paragraphs": [{"role": "title", "text": "Harbour news"},
                                               {"role": "body", "text": "The Harbour Trust urges the council to vote."}],
                                "separators": ["\n\n"], "leading": "", "trailing": ""}},
        "organisations": organisations})


def report_demands(n):
    """One paragraph without a full stop holding n demands, each of its own addressee."""
    phrase = "we want the harbour opened "
    text = phrase * n
    demands = [{"id": f"d{i}", "action": "the harbour opened", "actor": "trust",
                "addressees": [{"name": f"council {i}"}],
                "span": {"paragraph": 1, "start": i * len(phrase) + 8, "end": i * len(phrase) + 26}}
               for i in range(n)]
    return json.dumps({
        "schemaVersion": 1,
        "document": {"id": "doc", "jurisdiction": "be", "title": "Harbour news",
                     "source": {"paragraphs": [{"role": "title", "text": "Harbour news"},
                                               {"role": "body", "text": text}]}},
        "organisations": [{"id": "trust", "name": "Harbour Trust"}],
        "demands": demands})


def akn_comments(n):
    """Our own AKN of a short release, with its first body paragraph split by n comments."""
    path = write("seed.txt", "Harbour news\n\nThe Dock Union urges the council to vote.\n")
    xml = subprocess.run([advocacy, "convert", "--quiet", "--generation-date", "2024-01-01", path],
                         capture_output=True, text=True, check=True).stdout
    at = xml.index("to vote")
    return xml[:at] + "a<!---->" * n + xml[at:]


def write(name, text):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def instructions(arguments):
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", advocacy] + arguments,
        capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if not found:
        sys.exit(f"no instruction count for {arguments}:\n{result.stderr[-2000:]}")
    return int(found.group(1))


# (label, input maker, file name, base size, command arguments before the file)
cases = [
    ("convert json, one long paragraph", sentences, "long.txt", 4000, ["convert", "--quiet", "--format", "json"]),
    ("convert akn, one long paragraph", sentences, "long.txt", 4000, ["convert", "--quiet", "--generation-date", "2024-01-01"]),
    ("convert json, bracketed acronyms", acronyms, "acronyms.txt", 3000, ["convert", "--quiet", "--format", "json"]),
    ("convert json, Markdown table", table, "table.md", 3000, ["convert", "--quiet", "--format", "json"]),
    ("convert json, unmatched brackets", brackets, "brackets.md", 20000, ["convert", "--quiet", "--format", "json"]),
    ("convert json, nested links", nested_links, "nested.md", 20000, ["convert", "--quiet", "--format", "json"]),
    ("convert json, unclosed backtick runs", backtick_runs, "ticks.md", 2000, ["convert", "--quiet", "--format", "json"]),
    ("convert json, emphasis runs of two kinds", mixed_emphasis, "emphasis.md", 10000, ["convert", "--quiet", "--format", "json"]),
    ("convert json, HTML split by comments", html_comments, "comments.html", 100000, ["convert", "--quiet", "--format", "json"]),
    ("import, AKN split by comments", akn_comments, "comments.akn.xml", 100000, ["import", "--quiet"]),
    ("import, an element with many attributes", attributes, "attributes.xml", 100000, ["import", "--quiet"]),
    ("export, many organisations", dossier, "dossier.json", 20000, ["export"]),
    ("validate, many organisations", dossier, "dossier.json", 20000, ["validate"]),
    ("export, mentions nested in one another", nested_mentions, "nested.json", 20000, ["export"]),
    ("export, many entities mentioned by one phrase", mentions_of_one_range, "one-range.json", 20000, ["export"]),


    ("report, many organisations", dossier, "dossier.json", 8000, ["report"]),
    ("report, many demands in one long paragraph", report_demands, "demands.json", 2000, ["report"]),
]

failures = 0
print(f"{'shape':<42} {'n':>7} {'work(n)':>14} {'work(2n)':>14} {'ratio':>6}")
for label, make, name, size, arguments in cases:
    n = max(1, int(size * scale))
    start_up = instructions(arguments + [write(name, make(1))])
    single = instructions(arguments + [write(name, make(n))]) - start_up
    double = instructions(arguments + [write(name, make(2 * n))]) - start_up
    ratio = double / max(single, 1)
    verdict = "ok" if ratio < LIMIT else "NOT LINEAR"
    failures += ratio >= LIMIT
    print(f"{label:<42} {n:>7} {single:>14,} {double:>14,} {ratio:>6.2f} {verdict}", flush=True)
if failures:
    sys.exit(f"{failures} shape(s) cost more than linear; see the table above")
print("every shape: doubling the input at most about doubles the work")
