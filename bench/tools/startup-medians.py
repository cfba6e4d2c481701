#!/usr/bin/env python3
"""Medians of bench/startup.sh's starts, per variant, as a markdown table; the ratio column
compares each variant's medians with the first variant of its kind (server or sample).

    bench/tools/startup-medians.py bench/results/startup-<time>/startup.csv
"""
import csv
import statistics
import sys
from collections import OrderedDict


def main(path):
    rows = OrderedDict()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            rows.setdefault(row["variant"], []).append(row)
    print("| variant | starts | wall ms, median (min-max) | CPU ms, median | RSS MB, median | wall / first | CPU / first |")
    print("|---|---|---|---|---|---|---|")
    first = {}
    for name, runs in rows.items():
        wall = [int(r["wall_ms"]) for r in runs]
        cpu = [int(r["cpu_ms"]) for r in runs]
        rss = [int(r["rss_mb"]) for r in runs]
        kind = name.split("@")[0].split("-")[0]
        medians = (statistics.median(wall), statistics.median(cpu))
        base = first.setdefault(kind, medians)
        print(f"| {name} | {len(runs)} | {medians[0]:.0f} ({min(wall)}-{max(wall)}) | {medians[1]:.0f} | "
              f"{statistics.median(rss):.0f} | {medians[0] / base[0]:.2f} | {medians[1] / base[1]:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1])
