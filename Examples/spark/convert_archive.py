#!/usr/bin/env python3
"""Convert a JSON Lines archive of press releases with Apache Spark and `advocacy`.

    convert_archive.py INPUT.jsonl OUTPUT_DIR ADVOCACY_BINARY PARTITIONS [--master URL]

Reads INPUT.jsonl (records {"id": ..., "text": ...} or {"id": ..., "html": ...}; a
local path, or an hdfs:// or s3a:// address on a cluster) into PARTITIONS partitions,
pipes each partition through

    ADVOCACY_BINARY convert --quiet --format jsonl --jobs 1 -

with RDD.pipe, and saves the dossier lines as text files OUTPUT_DIR/part-NNNNN (which
must not exist yet). Each partition is one `advocacy` process on one core, so Spark's
executors decide the parallelism. The output holds one dossier per line, in partition
order: compare it with a serial run after sorting the lines.

A record that cannot be converted is reported by `advocacy` on the executor's standard
error and skipped; the job then prints how many were missing and exits 1, as the CLI
does. The binary must exist at the same path on every executor (local mode: this
machine). --master defaults to local[PARTITIONS] when no master is configured.
"""
import argparse
import os
import shlex
import shutil
import sys

from pyspark import SparkConf, SparkContext


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="the JSON Lines archive")
    parser.add_argument("output", help="the folder to write the dossier lines to")
    parser.add_argument("advocacy", help="path to the advocacy binary")
    parser.add_argument("partitions", type=int, help="how many partitions (and processes)")
    parser.add_argument("--master", help="Spark master URL (default: local[PARTITIONS])")
    args = parser.parse_args()
    if args.partitions < 1:
        parser.error("PARTITIONS must be at least 1")

    # A path that exists here is made absolute, a bare name found on the PATH too; anything
    # else is left for the executors to resolve.
    if os.path.exists(args.advocacy):
        advocacy = os.path.abspath(args.advocacy)
    else:
        advocacy = shutil.which(args.advocacy) or args.advocacy
    # RDD.pipe splits the command with shlex, so quote the path.
    command = " ".join(shlex.quote(a) for a in
                       [advocacy, "convert", "--quiet", "--format", "jsonl", "--jobs", "1", "-"])

    conf = SparkConf().setAppName("advocacy-convert-archive")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster(f"local[{args.partitions}]")
    conf.setIfMissing("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        records = sc.textFile(args.input, minPartitions=args.partitions)
        if records.getNumPartitions() != args.partitions:
            # textFile gives at least minPartitions; coalesce merges neighbours.
            records = records.coalesce(args.partitions)
        # Blank lines are no records; advocacy would report them as errors.
        records = records.filter(lambda line: line.strip() != "")

        # RDD.pipe starts the command with exactly this environment (none by default).
        env = {"PATH": os.environ.get("PATH", os.defpath)}
        dossiers = records.pipe(command, env=env).cache()
        dossiers.saveAsTextFile(args.output)

        wanted, written = records.count(), dossiers.count()
        print(f"converted {written} of {wanted} records in {records.getNumPartitions()} "
              f"partitions into {args.output}", file=sys.stderr)
    finally:
        sc.stop()
    return 0 if written == wanted else 1


if __name__ == "__main__":
    sys.exit(main())
