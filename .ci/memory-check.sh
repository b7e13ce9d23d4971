#!/usr/bin/env bash
# Memory and thread checks of the `advocacy` command:
#   1. valgrind --leak-check=full on convert, export, import, validate and report (and a batch of
#      conversions on two threads): no definitely or indirectly lost block, no invalid read or
#      write. ("Possibly lost" blocks are the Swift runtime's metadata caches and the stacks of
#      threads alive at exit; they are listed, not counted.)
#   2. ThreadSanitizer: a build with --sanitize=thread converts, exports and validates a batch
#      on two threads; any data race report fails the check.
#
#   .ci/memory-check.sh [valgrind|tsan|all]   (from the repository root; builds what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A small batch of our own releases, as files and as a JSON Lines stream.
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
os.makedirs(os.path.join(work, "texts"))
names = ["Harbour Trust", "Dock Union", "Ferry Riders Guild", "Coastal Action Network"]
with open(os.path.join(work, "stream.jsonl"), "w") as stream:
    for i in range(40):
        text = (f"{names[i % 4]} {i} urges the Ports Committee to reject the toll plan\n\n"
                f"The {names[i % 4]} {i} calls on councillors to vote against the toll plan before 3 May 2024. "
                f"\"We will not accept it,\" said Ada Brook, chair of the {names[i % 4]} {i}.\n")
        with open(os.path.join(work, "texts", f"r{i:02}.txt"), "w") as f:
            f.write(text)
        stream.write(json.dumps({"id": f"r{i:02}", "text": text}) + "\n")
PY

if [ "$what" = valgrind ] || [ "$what" = all ]; then
    echo "==> valgrind --leak-check=full"
    swift build -c release --product advocacy
    # Valgrind cannot read the toolchain's DWARF 5: a copy without it is checked.
    strip --strip-debug -o "$work/advocacy" "$(swift build -c release --show-bin-path)/advocacy"
    a="$work/advocacy"
    "$a" convert --quiet --format json "$work/texts/r00.txt" > "$work/r00.json"
    "$a" convert --quiet --generation-date 2024-01-01 "$work/texts/r00.txt" > "$work/r00.akn.xml"
    run() {  # label, arguments…
        local label=$1
        shift
        local status=0
        valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
            "$a" "$@" > /dev/null 2> "$work/valgrind.log" || status=$?
        if [ "$status" = 99 ]; then
            cat "$work/valgrind.log" >&2
            echo "error: valgrind found a leak or a memory error in: $label" >&2
            exit 1
        fi
        printf '%-46s %s; %s; %s\n' "$label" \
            "$(grep -o 'definitely lost: [0-9,]* bytes in [0-9,]* blocks' "$work/valgrind.log")" \
            "$(grep -o 'indirectly lost: [0-9,]* bytes in [0-9,]* blocks' "$work/valgrind.log")" \
            "$(grep -o 'ERROR SUMMARY: [0-9,]* errors' "$work/valgrind.log")"
    }
    run "convert (text to Akoma Ntoso)" convert --quiet "$work/texts/r00.txt"
    run "convert --jobs 2 --format jsonl (40 records)" convert --quiet --jobs 2 --format jsonl "$work/stream.jsonl"
    run "export" export --generation-date 2024-01-01 "$work/r00.json"
    run "import" import --quiet "$work/r00.akn.xml"
    run "validate (JSON and Akoma Ntoso)" validate "$work/r00.json" "$work/r00.akn.xml"
    run "report (JSON and Akoma Ntoso to HTML)" report "$work/r00.json" "$work/r00.akn.xml"
fi

if [ "$what" = tsan ] || [ "$what" = all ]; then
    echo "==> ThreadSanitizer"
    swift build --sanitize=thread --product advocacy --scratch-path .build-tsan
    t="$(swift build --sanitize=thread --show-bin-path --scratch-path .build-tsan)/advocacy"
    export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1"
    tsan() {  # label, arguments…
        local label=$1
        shift
        local status=0
        "$t" "$@" > /dev/null 2> "$work/tsan.log" || status=$?
        if [ "$status" != 0 ] || grep -q ThreadSanitizer "$work/tsan.log"; then
            cat "$work/tsan.log" >&2
            echo "error: ThreadSanitizer reported a problem (or the command failed, status $status) in: $label" >&2
            exit 1
        fi
        printf '%-48s no ThreadSanitizer report\n' "$label"
    }
    tsan "convert --jobs 2 --out (40 files, Akoma Ntoso)" convert --quiet --jobs 2 --generation-date 2024-01-01 --out "$work/akn" "$work/texts"
    tsan "convert --jobs 2 --format jsonl (40 records)" convert --quiet --jobs 2 --format jsonl "$work/stream.jsonl"
    tsan "convert --jobs 2 --out (40 files, JSON)" convert --quiet --jobs 2 --format json --out "$work/json" "$work/texts"
    tsan "validate --jobs 2 (80 files)" validate --jobs 2 "$work/akn" "$work/json"
fi
echo "memory-check: passed"
