#!/usr/bin/env python3
"""Prints the lookup tables of BENCHMARKS.md from criterion's results
(bench/target/criterion): per group, median ns per lookup (the iteration's
median over its 1,024 lookups), ratio vs `match` and nanoseconds above
`floor`."""

import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
groups = {}
for bench in sorted(root.glob("*/*/new/benchmark.json")):
    meta = json.loads(bench.read_text())
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    per_lookup = estimates["median"]["point_estimate"] / meta["throughput"]["Elements"]
    groups.setdefault(meta["group_id"], {})[meta["function_id"]] = per_lookup

order = ["floor", "floor_alloc", "ours", "match", "num_enum", "strum", "strum_phf", "phf", "fx_hashmap", "std_hashmap"]
for group in sorted(groups, key=lambda g: (g.split("/")[0] != "from_code", g)):
    rows = groups[group]
    base = rows.get("match")
    floor = rows.get("floor")
    print(f"\n**{group}**\n")
    print("| implementation | ns/lookup | vs match | above floor (ns) |")
    print("| --- | ---: | ---: | ---: |")
    for name in sorted(rows, key=lambda n: order.index(n) if n in order else len(order)):
        ns = rows[name]
        ratio = f"{ns / base:.3f}×" if base else ""
        above = f"{ns - floor:+.2f}" if floor is not None and name != "floor" else ""
        print(f"| {name} | {ns:.2f} | {ratio} | {above} |")
