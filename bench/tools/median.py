#!/usr/bin/env python3
"""Median of several runs of bench/run.sh, cell by cell, as a markdown table.

    bench/tools/median.py bench/results/quick-A bench/results/quick-B ...
"""
import csv
import json
import statistics
import sys
from collections import OrderedDict

COLUMNS = ("ops_per_s", "docs_per_s", "p50_us", "p99_us", "p999_us", "server_cpu_us_per_op", "acked_writes_per_fsync")


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


WRITE_SHARE = {"LOAD": 1.0, "LOAD_BATCH": 100.0, "A": 0.5, "B": 0.05, "E": 0.05}


def writes_per_fsync(row):
    """Document writes per fsync, recomputed: each workload's write share times its operations."""
    fsyncs, ops = number(row["fsyncs"]), number(row["ops"])
    share = WRITE_SHARE.get(row["workload"])
    return ops * share / fsyncs if fsyncs and fsyncs > 0 and share else None


def median(values):
    values = [v for v in values if v is not None and v >= 0]
    return statistics.median(values) if values else None


def show(value):
    if value is None:
        return ""
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.2f}"


def main():
    runs = sys.argv[1:]
    cells = OrderedDict()
    ratios = OrderedDict()
    facts = OrderedDict()
    for run in runs:
        with open(f"{run}/results.csv") as file:
            for row in csv.DictReader(file):
                key = (row["system"], row["workload"], row["durability"], row["threads"], row.get("open_loop", ""))
                cells.setdefault(key, []).append(row)
        with open(f"{run}/results.json") as file:
            data = json.load(file)
        for name, value in data["ratios"].items():
            ratios.setdefault(name, []).append(value)
        for name, value in data["facts"].items():
            facts.setdefault(name, []).append(number(value))
    print(f"Medians of {len(runs)} runs: " + ", ".join(r.rstrip('/').split('/')[-1] for r in runs) + "\n")
    print("| system | workload | durability | threads | open loop | " + " | ".join(COLUMNS) + " | errors |")
    print("|---" * (len(COLUMNS) + 6) + "|")
    for key, rows in cells.items():
        values = [show(median([writes_per_fsync(r) if c == "acked_writes_per_fsync" else number(r[c]) for r in rows]))
                  for c in COLUMNS]
        errors = sum(int(r["errors"]) for r in rows)
        print("| " + " | ".join(key) + " | " + " | ".join(values) + f" | {errors} |")
    print("\n| ratio | median | runs |\n|---|---|---|")
    for name, values in ratios.items():
        if name.startswith("R8"):
            continue  # recomputed in the table's acked_writes_per_fsync column
        print(f"| {name} | {show(median(values))} | {', '.join(show(v) for v in values)} |")
    print("\n| fact | median | runs |\n|---|---|---|")
    for name, values in facts.items():
        print(f"| {name} | {show(median(values))} | {', '.join(show(v) for v in values)} |")


if __name__ == "__main__":
    main()
