#!/usr/bin/env bash
# Convert a JSON Lines archive of press releases with GNU parallel and `advocacy`.
#
#   convert_archive.sh [-j JOBS] [-b BLOCKS] [-s SIZE] [-a ADVOCACY] ARCHIVE.jsonl|- > dossiers.jsonl
#
# GNU parallel cuts the archive into chunks of whole lines and pipes each chunk through
#   advocacy convert --quiet --format jsonl --jobs 1 -
# running JOBS of them at once (default: the number of cores). --keep-order prints the
# chunks' output in the order of the chunks, so standard output is byte for byte what the
# serial `advocacy convert --format jsonl ARCHIVE.jsonl` prints.
#
# A file is split in place with --pipepart (parallel seeks; no copy through the pipe) into
# BLOCKS chunks per job slot (default 4); standard input ('-') goes through --pipe in
# chunks of about SIZE (default 1M, GNU parallel's size syntax). A bad record is reported
# on standard error by its chunk's `advocacy`, with its line number counted within that
# chunk, and skipped; the script then exits 1.
# ADVOCACY defaults to $ADVOCACY, else `advocacy` on the PATH.
set -euo pipefail

usage() {
    sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

jobs=$(nproc)
blocks=4
size=1M
advocacy=${ADVOCACY:-advocacy}
while getopts "j:b:s:a:h" opt; do
    case $opt in
        j) jobs=$OPTARG ;;
        b) blocks=$OPTARG ;;
        s) size=$OPTARG ;;
        a) advocacy=$OPTARG ;;
        *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || usage
archive=$1

command -v parallel >/dev/null 2>&1 || { echo "error: GNU parallel is not installed" >&2; exit 2; }
command -v "$advocacy" >/dev/null 2>&1 || { echo "error: no advocacy binary at '$advocacy'" >&2; exit 2; }

convert=("$advocacy" convert --quiet --format jsonl --jobs 1 -)

# Each chunk's `advocacy` ends with "X of Y documents converted" on standard error: add
# those up into one line, and pass every other message through.
summarise() {
    awk '/^[0-9]+ of [0-9]+ documents? converted$/ { done += $1; all += $3; chunks++; next }
         { print }
         END { if (chunks) printf "%d of %d documents converted in %d chunks\n", done, all, chunks }' >&2
}

status=0
if [ "$archive" = "-" ]; then
    { parallel --pipe --block "$size" --keep-order --jobs "$jobs" -q "${convert[@]}" \
        2>&1 1>&3 3>&- | summarise; } 3>&1 || status=${PIPESTATUS[0]}
else
    [ -f "$archive" ] || { echo "error: no such file: $archive" >&2; exit 2; }
    if [ ! -s "$archive" ]; then
        exit 0  # nothing to convert
    fi
    # A negative --block is a number of blocks per job slot, computed from the file size.
    { parallel --pipepart -a "$archive" --block "-$blocks" --keep-order --jobs "$jobs" \
        -q "${convert[@]}" 2>&1 1>&3 3>&- | summarise; } 3>&1 || status=${PIPESTATUS[0]}
fi

# parallel exits with the number of failed chunks (capped at 101), or above 101 on its
# own errors; `advocacy` exits 1 for bad records and 2 for usage or I/O errors.
if [ "$status" -gt 101 ]; then
    echo "error: GNU parallel failed (exit status $status)" >&2
    exit 2
elif [ "$status" -ne 0 ]; then
    echo "error: $status chunk(s) reported a failure (see above)" >&2
    exit 1
fi
