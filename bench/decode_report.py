#!/usr/bin/env python3
"""Prints the decode table of BENCHMARKS.md from criterion's results
(default: target/criterion, run from bench/): per reply, the median time of
`decode` (`ours`), of the naive serde_json envelope and, for the 1.1 MB
replies, of serde_json on `data` alone, with the ratios the targets ask."""

import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
groups = {}
for bench in sorted(root.glob("decode_*/*/new/benchmark.json")):
    meta = json.loads(bench.read_text())
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    groups.setdefault(meta["group_id"], {})[meta["function_id"]] = estimates["median"]["point_estimate"]


def show(ns):
    return f"{ns / 1e6:.3f} ms" if ns > 1e5 else f"{ns:.0f} ns"


print("| reply | `decode` | serde_json envelope | `decode` / envelope | serde_json `data` alone | `decode` / `data` alone |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for group in sorted(groups):
    rows = groups[group]
    ours, naive = rows["ours"], rows["serde_envelope"]
    cells = [f"`{group}`", show(ours), show(naive), f"{ours / naive:.3f}×"]
    data = rows.get("serde_data")
    cells += [show(data), f"{ours / data:.3f}×"] if data else ["", ""]
    print("| " + " | ".join(cells) + " |")
