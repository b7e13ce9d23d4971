#!/usr/bin/env bash
# Builds the libFuzzer targets of AdvocacyKit (if needed) and runs them.
#
#   Fuzz/run.sh TARGET SECONDS [LIBFUZZER-OPTION...]   one target, e.g. Fuzz/run.sh FuzzHTML 300
#   Fuzz/run.sh all SECONDS [LIBFUZZER-OPTION...]      every target in turn, SECONDS each
#
# Targets: FuzzPlainText FuzzHTML FuzzMarkdown FuzzConverter FuzzAKNImport FuzzJSON.
# Each run starts from a temporary copy of Fuzz/Corpus/TARGET (the repository is not modified)
# and prints libFuzzer's number of executed units. A crash, timeout (-timeout=10), out-of-memory
# (-rss_limit_mb=2048), leak or sanitizer report is a finding: the input, the log and the command
# that reproduces it are saved under Fuzz/Findings/TARGET/ (git-ignored) and the script exits 1.
# Every run's log is kept in Fuzz/Findings/logs/. Extra options go to libFuzzer, e.g.
# `-fork=1 -ignore_crashes=1` to keep fuzzing past a known crash.
# Exit status 2: usage or build error.
set -euo pipefail

all_targets=(FuzzPlainText FuzzHTML FuzzMarkdown FuzzConverter FuzzAKNImport FuzzJSON)

usage() {
    echo "usage: $0 TARGET|all SECONDS [LIBFUZZER-OPTION...]" >&2
    echo "targets: ${all_targets[*]}" >&2
    exit 2
}

[[ $# -ge 2 ]] || usage
selection=$1
seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage
if [[ $selection == all ]]; then
    targets=("${all_targets[@]}")
else
    [[ " ${all_targets[*]} " == *" $selection "* ]] || usage
    targets=("$selection")
fi

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$fuzz_dir")
scratch="$repo/.build-fuzz"
findings="$fuzz_dir/Findings"

# SwiftPM names a path dependency after its last path component: a checkout in a directory
# called "fuzz" would clash with this package ("Fuzz"), so it is reached through a link.
if [[ $(basename "$repo" | tr '[:upper:]' '[:lower:]') == fuzz ]]; then
    link_dir="${TMPDIR:-/tmp}/advocacykit-fuzz-$(id -u)"
    mkdir -p "$link_dir"
    ln -sfn "$repo" "$link_dir/AdvocacyKit"
    export ADVOCACYKIT_PATH="$link_dir/AdvocacyKit"
fi

echo "== building fuzz targets (release, fuzzer + address sanitizer) in $scratch"
# --sanitize fuzzer keeps SwiftPM from renaming main (libFuzzer provides it); the -Xswiftc flag
# is needed as well, since swiftc keeps only the last -sanitize= it is given.
# ld.gold warns once per target that it cannot export ASan's local symbols: harmless, hidden.
if ! (cd "$fuzz_dir" && swift build -c release --scratch-path "$scratch" \
    --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address 2>&1 |
    { grep -v "Cannot export local symbol '__asan" || true; }); then
    echo "error: the build failed" >&2
    exit 2
fi
bin="$scratch/release"

# The longest input libFuzzer generates, per target: the converter is the slowest per byte.
max_len() {
    case $1 in
        FuzzConverter) echo 32768 ;;
        *) echo 65536 ;;
    esac
}

work=$(mktemp -d "${TMPDIR:-/tmp}/advocacykit-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

status=0
summary=()
for target in "${targets[@]}"; do
    corpus="$work/$target/corpus"
    artifacts="$work/$target/artifacts"
    log="$work/$target/fuzz.log"
    mkdir -p "$corpus" "$artifacts"
    cp -R "$fuzz_dir/Corpus/$target/." "$corpus/"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")"
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$@")
    echo "== $target: ${seconds}s, ${options[*]}"
    started=$(date +%s)
    set +e
    # Without SWIFT_BACKTRACE=enable=no the Swift backtracer can hang after a crash.
    SWIFT_BACKTRACE=enable=no "$bin/$target" "${options[@]}" "$corpus" >"$log" 2>&1
    rc=$?
    set -e
    elapsed=$(($(date +%s) - started))
    grep -E '^(#[0-9]+.*(DONE|pulse)|stat::|==[0-9]+==ERROR|SUMMARY|Fatal error|artifact_prefix|Test unit written)' "$log" |
        tail -n 12 || true
    # The final stats; with -fork=N (which has none) the count of the last status line.
    executions=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | tail -n 1 | grep -Eo '[0-9]+$' ||
        grep -Eo '^#[0-9]+: cov' "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo '?')
    mkdir -p "$findings/logs"
    cp "$log" "$findings/logs/$target-$(date +%Y%m%d-%H%M%S).log"
    crashes=("$artifacts"/*)
    if [[ $rc -ne 0 || -e ${crashes[0]} ]]; then
        status=1
        saved="$findings/$target"
        mkdir -p "$saved"
        stamp=$(date +%Y%m%d-%H%M%S)
        cp "$log" "$saved/$stamp.log"
        result="FINDING (exit $rc)"
        for input in "$artifacts"/*; do
            [[ -e $input ]] || continue
            name=$(basename "$input")
            cp "$input" "$saved/$name"
            {
                echo "# $target finding $name (run of $stamp, log $stamp.log); reproduce from $repo:"
                echo "SWIFT_BACKTRACE=enable=no .build-fuzz/release/$target -timeout=10 -rss_limit_mb=2048 Fuzz/Findings/$target/$name"
            } >"$saved/$name.reproduce.sh"
            result="$result: Fuzz/Findings/$target/$name"
            echo "   saved Fuzz/Findings/$target/$name (reproduce: sh Fuzz/Findings/$target/$name.reproduce.sh)"
        done
    else
        result="no finding"
    fi
    summary+=("$(printf '%-14s %6ss %12s executions  %s' "$target" "$elapsed" "$executions" "$result")")
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
