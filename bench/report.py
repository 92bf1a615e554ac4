#!/usr/bin/env python3
"""Prints the lookup tables of BENCHMARKS.md from criterion's results
(default: target/criterion, run from bench/): per group, the median time per
lookup (the median iteration over its 1,024 lookups), its ratio to `match`
(and to `strum` where present), and nanoseconds above `floor` (and above
`floor_alloc` where present)."""

import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
groups = {}
for bench in sorted(root.glob("*/*/new/benchmark.json")):
    meta = json.loads(bench.read_text())
    if meta["group_id"].startswith("decode_"):  # decode_report.py prints those
        continue
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    per_lookup = estimates["median"]["point_estimate"] / meta["throughput"]["Elements"]
    groups.setdefault(meta["group_id"], {})[meta["function_id"]] = per_lookup

order = ["floor", "floor_alloc", "floor_inline", "ours", "ours_lookup", "match", "num_enum", "strum", "strum_phf",
         "phf", "fx_hashmap", "std_hashmap"]
kinds = ["from_code", "to_code", "to_message"]
for group in sorted(groups, key=lambda g: (kinds.index(g.split("/")[0]), g)):
    rows = groups[group]
    ratios = [base for base in ["match", "strum"] if base in rows]
    floors = [f for f in ["floor", "floor_alloc"] if f in rows]
    print(f"\n**{group}**\n")
    head = ["implementation", "ns/lookup"] + [f"vs {b}" for b in ratios] + [f"above {f}" for f in floors]
    print("| " + " | ".join(head) + " |")
    print("| --- |" + " ---: |" * (len(head) - 1))
    for name in sorted(rows, key=lambda n: order.index(n) if n in order else len(order)):
        ns = rows[name]
        cells = [f"`{name}`", f"{ns:.2f}"]
        cells += [f"{ns / rows[b]:.3f}×" for b in ratios]
        # The bare lookup keeps no text: only its distance to `floor` means anything.
        cells += ["" if name.startswith("floor") or (name == "ours_lookup" and f != "floor")
                  else f"{ns - rows[f]:+.2f}" for f in floors]
        print("| " + " | ".join(cells) + " |")
