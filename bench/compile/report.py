#!/usr/bin/env python3
"""Summarises bench/compile-time.sh's measurements as Markdown tables.

report.py WORK_DIR reads WORK_DIR/results/*.json (hyperfine exports) and
WORK_DIR/results/*.txt (one number of seconds per line) and prints medians and ratios.
"""
import json
import os
import statistics
import sys

work = sys.argv[1]
res = os.path.join(work, "results")


def median(name):
    path = os.path.join(res, name)
    if os.path.exists(path + ".json"):
        with open(path + ".json") as f:
            return statistics.median(json.load(f)["results"][0]["times"])
    if os.path.exists(path + ".txt"):
        with open(path + ".txt") as f:
            return statistics.median(float(line) for line in f if line.strip())
    return None


def fmt(seconds):
    return "—" if seconds is None else f"{seconds:.2f} s"


def ratio(a, b):
    return "—" if a is None or b is None else f"{a / b:.3f}×"


machine = os.path.join(res, "machine.txt")
if os.path.exists(machine):
    with open(machine) as f:
        print("Machine: " + "; ".join(line.strip() for line in f) + "\n")

print("### Rebuild after touching the catalog (`CARGO_INCREMENTAL=0`, median)\n")
print("| mode | include_catalog! | plain match | num_enum + strum | ours / plain | ours / num_enum+strum | target |")
print("|---|---|---|---|---|---|---|")
targets = {"check": 0.6, "debug": 0.6, "release": 0.1}
for mode, target in targets.items():
    o, p, d = (median(f"{c}-{mode}") for c in ("ours", "plain", "derives"))
    met = "—" if o is None or p is None else ("met" if o / p <= target else "NOT met")
    print(f"| {mode} | {fmt(o)} | {fmt(p)} | {fmt(d)} | {ratio(o, p)} | {ratio(o, d)} | ≤ {target}× ({met}) |")

ours, empty = median("expand-ours"), median("expand-empty")
print("\n### Macro expansion (`-Z time-passes`, `expand_crate`, median)\n")
print("| crate | expand_crate |\n|---|---|")
print(f"| include_catalog! of the catalog | {fmt(ours)} |")
print(f"| the same crate without the macro call | {fmt(empty)} |")
if ours is not None and empty is not None:
    d = ours - empty
    print(f"| **the macro's own expansion** | **{d * 1000:.0f} ms** (target < 300 ms: {'met' if d < 0.3 else 'NOT met'}) |")

big = [(m, median(f"big-{m}")) for m in ("check", "debug", "release")]
print("\n### 65,536-code catalog (clean build of the including crate only)\n")
print("| mode | time |\n|---|---|")
for m, t in big:
    if t is not None:
        print(f"| {m} | {fmt(t)} |")

dm = median("deps-macros")
print("\n### Dependency tree (clean build, median)\n")
print("| crate depends on | clean build | error-macros / it | target ≤ 1.6× |\n|---|---|---|---|")
print(f"| error-macros | {fmt(dm)} | | |")
for probe, label in [("deps-syn-default", "`syn = \"2\"` (default features)"),
                     ("deps-syn", "syn trimmed to error-catalog's features (`derive`, `parsing`)")]:
    ds = median(probe)
    ratio = f"{dm / ds:.2f}×" if dm is not None and ds is not None else "—"
    met = "—" if ratio == "—" else ("met" if dm / ds <= 1.6 else "NOT met")
    print(f"| {label} | {fmt(ds)} | {ratio} | {met} |")
