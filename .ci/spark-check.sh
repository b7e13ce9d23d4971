#!/usr/bin/env bash
# Checks the batch examples against the serial CLI, with a built `advocacy` given as $1:
#   bash .ci/spark-check.sh "$(swift build -c release --show-bin-path)/advocacy"
# 1. generates 300 records with Examples/spark/make_archive.py;
# 2. runs Examples/spark/convert_archive.py in Spark local[2] and fails unless its sorted
#    lines equal the sorted lines of `advocacy convert --format jsonl archive.jsonl`;
# 3. runs Examples/gnu-parallel/convert_archive.sh and fails unless its output equals the
#    serial output byte for byte;
# 4. converts the archive as 3 shards (--shard I/3) and fails unless their sorted union
#    equals the sorted serial output.
# It installs pyspark with pip and GNU parallel with apt-get when they are missing; a part
# whose tools cannot be had (no pyspark, no Java 17+, no parallel) is skipped with a
# warning and does not fail the run. It builds nothing. About 20 s here with pyspark
# installed, 40 s when it installs pyspark first.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
warn() { echo "warning: $*" >&2; }

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH/TO/advocacy (a built binary)" >&2
    exit 2
fi
advocacy=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
records=300
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "Archive: $records generated records, and the serial run"
python3 Examples/spark/make_archive.py "$records" "$work/archive.jsonl"
"$advocacy" convert --quiet --format jsonl "$work/archive.jsonl" > "$work/serial.jsonl" 2>"$work/serial.log" || {
    cat "$work/serial.log" >&2
    echo "error: the serial run failed" >&2
    exit 1
}
serial_lines=$(wc -l < "$work/serial.jsonl")
echo "archive: $(wc -l < "$work/archive.jsonl") records ($(grep -c '"html"' "$work/archive.jsonl") HTML)"
echo "serial run: $(cat "$work/serial.log"), $serial_lines lines"
if [ "$serial_lines" -ne "$records" ]; then
    echo "error: the serial run converted $serial_lines of $records records" >&2
    exit 1
fi
sort "$work/serial.jsonl" > "$work/serial.sorted"

checked=()
skipped=()

step "Spark (local[2], 4 partitions) against the serial run, sorted lines"
java_major() {  # prints the major version of `java`, or nothing
    java -version 2>&1 | sed -n 's/.*version "\([0-9]*\)[."].*/\1/p' | head -n 1
}
spark_ready=yes
if ! command -v java >/dev/null 2>&1; then
    warn "java is missing; the Spark check is skipped"
    spark_ready=no
elif major=$(java_major) && { [ -z "$major" ] || [ "$major" -lt 17 ]; }; then
    warn "PySpark 4 needs Java 17 or later, and java -version says: $(java -version 2>&1 | head -n 1); the Spark check is skipped"
    spark_ready=no
elif ! python3 -c 'import pyspark' 2>/dev/null; then
    echo "installing pyspark with pip"
    if ! python3 -m pip install -q pyspark >"$work/pip.log" 2>&1 || ! python3 -c 'import pyspark' 2>/dev/null; then
        tail -n 5 "$work/pip.log" >&2 || true
        warn "pyspark could not be installed; the Spark check is skipped"
        spark_ready=no
    fi
fi
if [ "$spark_ready" = yes ]; then
    java -version 2>&1 | head -n 1
    echo "pyspark $(python3 -c 'import pyspark; print(pyspark.__version__)')"
    # Loopback only, and the same Python for the driver and the workers.
    export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON PYSPARK_DRIVER_PYTHON
    PYSPARK_PYTHON=$(command -v python3)
    PYSPARK_DRIVER_PYTHON=$PYSPARK_PYTHON
    timeout 400 python3 Examples/spark/convert_archive.py --master 'local[2]' \
        "$work/archive.jsonl" "$work/spark-out" "$advocacy" 4 2>"$work/spark.log" || {
        cat "$work/spark.log" >&2
        echo "error: the Spark job failed" >&2
        exit 1
    }
    grep -o 'converted [0-9]* of [0-9]* records.*' "$work/spark.log" || true
    cat "$work/spark-out"/part-* | sort > "$work/spark.sorted"
    parts=$(find "$work/spark-out" -name 'part-*' | wc -l)
    echo "compared: sorted lines of $parts Spark part files ($(wc -l < "$work/spark.sorted") lines)" \
        "with sorted lines of the serial run ($serial_lines lines)"
    if ! cmp -s "$work/spark.sorted" "$work/serial.sorted"; then
        diff "$work/serial.sorted" "$work/spark.sorted" | head -c 2000 >&2 || true
        echo "error: the Spark output differs from the serial run" >&2
        exit 1
    fi
    echo "equal"
    checked+=("Spark")
else
    skipped+=("Spark")
fi

step "GNU parallel (--pipepart --keep-order) against the serial run, byte for byte"
if ! command -v parallel >/dev/null 2>&1; then
    echo "installing GNU parallel with apt-get"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq parallel; } \
        >"$work/apt.log" 2>&1 || { tail -n 5 "$work/apt.log" >&2 || true; }
fi
if command -v parallel >/dev/null 2>&1 && parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
    parallel --version | head -n 1
    for mode in file stdin; do
        if [ "$mode" = file ]; then
            bash Examples/gnu-parallel/convert_archive.sh -a "$advocacy" -j 2 \
                "$work/archive.jsonl" > "$work/parallel.jsonl" 2>"$work/parallel.log"
        else
            bash Examples/gnu-parallel/convert_archive.sh -a "$advocacy" -j 2 -s 64k \
                - < "$work/archive.jsonl" > "$work/parallel.jsonl" 2>"$work/parallel.log"
        fi || { cat "$work/parallel.log" >&2; echo "error: convert_archive.sh failed" >&2; exit 1; }
        echo "compared ($mode): $(cat "$work/parallel.log") — $(wc -l < "$work/parallel.jsonl") lines" \
            "with the serial run's $serial_lines lines"
        if ! cmp "$work/parallel.jsonl" "$work/serial.jsonl"; then
            echo "error: the GNU parallel output ($mode) differs from the serial run" >&2
            exit 1
        fi
        echo "identical"
    done
    checked+=("GNU parallel")
else
    warn "GNU parallel is missing and could not be installed; its check is skipped"
    skipped+=("GNU parallel")
fi

step "--shard I/3 against the serial run, sorted lines"
counts=()
for i in 0 1 2; do
    "$advocacy" convert --quiet --format jsonl --shard "$i/3" "$work/archive.jsonl" \
        > "$work/shard-$i.jsonl" 2>/dev/null
    counts+=("$(wc -l < "$work/shard-$i.jsonl")")
done
cat "$work"/shard-*.jsonl | sort > "$work/shards.sorted"
echo "compared: shards 0/3, 1/3, 2/3 (${counts[*]} lines) with the serial run's $serial_lines lines"
if ! cmp -s "$work/shards.sorted" "$work/serial.sorted"; then
    echo "error: the shards' union differs from the serial run" >&2
    exit 1
fi
echo "equal"
checked+=("shards")

echo
echo "checked: ${checked[*]}${skipped:+; skipped: ${skipped[*]}}"
echo "spark-check: ${#checked[@]} passed, 0 failed, ${#skipped[@]} skipped"
