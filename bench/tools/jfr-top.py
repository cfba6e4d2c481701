#!/usr/bin/env python3
"""Summarise a JFR recording's CPU samples: the methods most often on top of the stack (self),
the methods most often anywhere on it (inclusive), and the threads sampled.

    bench/tools/jfr-top.py quire.jfr [limit]
"""
import collections
import re
import subprocess
import sys


def samples(recording):
    text = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", recording],
                          check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        frames = re.findall(r"^\s{4,}([\w$.<>/]+)\(", event, re.M)
        yield (re.sub(r"-?\d+$", "-N", thread.group(1)) if thread else "?"), frames


def main():
    recording, limit = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
    self_counts, inclusive, threads, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for thread, frames in samples(recording):
        total += 1
        threads[thread] += 1
        if frames:
            self_counts[frames[0]] += 1
        inclusive.update(set(frames))
    print(f"{total} samples")
    for title, counter in (("self", self_counts), ("inclusive", inclusive), ("threads", threads)):
        print(f"\n## {title}")
        for name, count in counter.most_common(limit):
            print(f"{100.0 * count / max(total, 1):5.1f}%  {count:6d}  {name}")


if __name__ == "__main__":
    main()
