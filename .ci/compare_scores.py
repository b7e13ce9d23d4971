#!/usr/bin/env python3
"""Check that `advocacy evaluate` agrees with the reference scorer, field by field.

Usage:
  compare_scores.py SCORER_OUTPUT EVALUATE_OUTPUT

SCORER_OUTPUT is what `score_extraction.py --gold DIR --pred DIR` printed (its table: one
line "FIELD  P  R  F1  (tp/pred/gold)" per field, "documents N", "extraction F1 X").
EVALUATE_OUTPUT is what `advocacy evaluate --format json` printed for the same documents
(a table printed by `advocacy evaluate` without --format is read too). "-" reads standard input.

Both outputs are only parsed: nothing of the scorer is imported. The check fails (exit 1,
one line per problem on standard error) when a field is scored by one side only, when a
tp/pred/gold count or the number of documents differs, or when a precision, recall or F1
differs by more than 0.005 (the scorer prints two decimals), or the macro F1 by more than
0.0005 (it prints three).
"""
import json
import re
import sys

FIELD_TOLERANCE = 0.005
MACRO_TOLERANCE = 0.0005
SLACK = 1e-9  # the rounding of a printed value may reach the tolerance exactly

ROW = re.compile(
    r"^(?P<field>[a-z_]+)\s+(?P<p>\d+\.\d+)\s+(?P<r>\d+\.\d+)\s+(?P<f1>\d+\.\d+)"
    r"\s+\((?P<tp>\d+)/(?P<pred>\d+)/(?P<gold>\d+)\)\s*$"
)


def read(path):
    """The text of a file, or of standard input for "-"."""
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as error:
        sys.exit(f"error: {path}: cannot be read ({error.strerror})")


def parse_table(text, source):
    """The fields, document count and macro F1 of a scorer-style table."""
    fields, documents, macro = {}, None, None
    for line in text.splitlines():
        match = ROW.match(line.strip())
        if match:
            fields[match["field"]] = {
                "precision": float(match["p"]), "recall": float(match["r"]), "f1": float(match["f1"]),
                "tp": int(match["tp"]), "pred": int(match["pred"]), "gold": int(match["gold"]),
            }
        elif line.startswith("documents "):
            documents = int(line.split()[1])
        elif line.startswith("extraction F1 "):
            macro = float(line.split()[2])
    if not fields or documents is None or macro is None:
        sys.exit(f"error: {source}: not a scorer table (found {len(fields)} field lines, "
                 f"documents {'missing' if documents is None else 'found'}, "
                 f"'extraction F1' {'missing' if macro is None else 'found'})")
    return fields, documents, macro


def parse_evaluate(text, source):
    """The fields, document count and macro F1 of `advocacy evaluate` output (JSON or table)."""
    try:
        report = json.loads(text)
    except json.JSONDecodeError:
        return parse_table(text, source)
    try:
        fields = {
            name: {
                "precision": float(v["precision"]), "recall": float(v["recall"]), "f1": float(v["f1"]),
                "tp": int(v["truePositives"]), "pred": int(v["predicted"]), "gold": int(v["gold"]),
            }
            for name, v in report["fields"].items()
        }
        return fields, int(report["documents"]), float(report["macroF1"])
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        sys.exit(f"error: {source}: not the JSON of 'advocacy evaluate --format json' ({error!r})")


def describe(score):
    """One field's scores and counts, as the scorer's table shows them."""
    return (f"P {score['precision']:.2f} R {score['recall']:.2f} F1 {score['f1']:.2f} "
            f"({score['tp']}/{score['pred']}/{score['gold']})")


def compare(reference, candidate):
    """The disagreements between the scorer's results and advocacy evaluate's, as messages."""
    ref_fields, ref_docs, ref_macro = reference
    got_fields, got_docs, got_macro = candidate
    problems = []
    if ref_docs != got_docs:
        problems.append(f"documents: scorer {ref_docs}, advocacy evaluate {got_docs}")
    for name in sorted(set(ref_fields) | set(got_fields)):
        ref, got = ref_fields.get(name), got_fields.get(name)
        if ref is None or got is None:
            side = "advocacy evaluate" if ref is None else "the scorer"
            problems.append(f"{name}: scored only by {side}")
            continue
        differences = [key for key in ("tp", "pred", "gold") if ref[key] != got[key]]
        differences += [label for key, label in (("precision", "P"), ("recall", "R"), ("f1", "F1"))
                        if abs(ref[key] - got[key]) > FIELD_TOLERANCE + SLACK]
        if differences:
            problems.append(f"{name}: {', '.join(differences)} differ{'s' if len(differences) == 1 else ''}: "
                            f"scorer {describe(ref)}, advocacy evaluate {describe(got)}")
    if abs(ref_macro - got_macro) > MACRO_TOLERANCE + SLACK:
        problems.append(f"extraction F1 differs: scorer {ref_macro:.3f}, advocacy evaluate {got_macro:.4f}")
    return problems


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__.strip())
    reference = parse_table(read(argv[1]), argv[1])
    candidate = parse_evaluate(read(argv[2]), argv[2])
    problems = compare(reference, candidate)
    if problems:
        for problem in problems:
            print(f"error: scorer and advocacy evaluate disagree: {problem}", file=sys.stderr)
        return 1
    print(f"advocacy evaluate agrees with the scorer on all {len(reference[0])} fields "
          f"({reference[1]} documents, extraction F1 {reference[2]:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
