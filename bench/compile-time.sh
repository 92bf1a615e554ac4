#!/usr/bin/env bash
# Compile-time benchmark of include_catalog! (issue 7); results in BENCHMARKS.md.
#
#   bench/compile-time.sh [all|rebuild|expand|big|deps]...   (default: all)
#
# Environment: N (codes, default 10000), BIG (default 65536), RUNS (default 5),
# WORK (scratch directory, default a new temporary one; kept for inspection).
# Needs python3, hyperfine (Debian: apt-get install hyperfine) and, for the
# num_enum + strum crate, access to crates.io.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
here="$repo/bench/compile"
n=${N:-10000}
big=${BIG:-65536}
runs=${RUNS:-5}
work=${WORK:-$(mktemp -d /tmp/compile-time.XXXXXX)}
steps=("${@:-all}")
export CARGO_INCREMENTAL=0
mkdir -p "$work/results"
echo "scratch: $work" >&2

want() {
    local s
    for s in "${steps[@]}"; do
        [[ $s == all || $s == "$1" ]] && return 0
    done
    return 1
}

cargo_cmd() { # mode → the cargo command
    case $1 in
        check) echo "cargo check --lib" ;;
        debug) echo "cargo build --lib" ;;
        release) echo "cargo build --lib --release" ;;
    esac
}

python3 "$here/gen.py" "$work/n" "$n" "$repo"
{
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
    echo "rustc: $(rustc --version)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$work/results/machine.txt"

if want rebuild; then
    for crate in ours plain derives; do
        dir="$work/n/$crate"
        # What a user edits: the catalog for ours, the source for the others.
        if [[ $crate == ours ]]; then touched="$work/n/catalog.toml"; else touched="$dir/lib.rs"; fi
        for mode in check debug release; do
            cmd=$(cargo_cmd "$mode")
            (cd "$dir" && $cmd -q) # dependencies, once
            (cd "$dir" && hyperfine --style basic --runs "$runs" --prepare "touch $touched" \
                --export-json "$work/results/$crate-$mode.json" "$cmd -q")
        done
    done
fi

if want expand; then
    # The baseline is the same crate without the macro call, so the figure is
    # the macro's own work (reading, validating, generating and handing the
    # tokens to rustc) and not the expansion of the rest of the crate.
    for crate in ours empty; do
        dir="$work/n/$crate"
        (cd "$dir" && cargo check -q --lib)
        : >"$work/results/expand-$crate.txt"
        for _ in $(seq "$runs"); do
            touch "$work/n/catalog.toml" "$dir/lib.rs"
            (cd "$dir" && RUSTC_BOOTSTRAP=1 cargo rustc -q --lib --profile check -- -Z time-passes 2>&1 |
                awk '$NF == "expand_crate" { sub(";", "", $2); print $2 }') >>"$work/results/expand-$crate.txt"
        done
    done
fi

if want big; then
    python3 "$here/gen.py" "$work/big" "$big" "$repo"
    dir="$work/big/ours"
    for mode in check debug; do
        cmd=$(cargo_cmd "$mode")
        (cd "$dir" && $cmd -q)
        (cd "$dir" && hyperfine --style basic --runs 1 --prepare "touch $work/big/catalog.toml" \
            --export-json "$work/results/big-$mode.json" "$cmd -q")
    done
fi

if want deps; then
    mk() { # name, dependencies
        mkdir -p "$work/deps/$1"
        printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2021"\n\n[lib]\npath = "lib.rs"\nproc-macro = true\n\n[dependencies]\n%s\n[workspace]\n' \
            "$1" "$2" >"$work/deps/$1/Cargo.toml"
        echo "//! Dependency-cost probe." >"$work/deps/$1/lib.rs"
    }
    mk macros "error-macros = { path = \"$repo/error-macros\" }"
    # "A crate depending on syn alone": as proc macros depend on it (default
    # features), and, stricter, trimmed to the features error-catalog enables.
    mk syn-default 'syn = "2"'
    mk syn 'syn = { version = "2", default-features = false, features = ["derive", "parsing"] }
proc-macro2 = { version = "1", default-features = false, features = ["proc-macro"] }'
    for probe in macros syn-default syn; do
        (cd "$work/deps/$probe" && cargo generate-lockfile -q && cargo build -q &&
            hyperfine --style basic --runs "$runs" --prepare "cargo clean -q" \
                --export-json "$work/results/deps-$probe.json" "cargo build -q")
    done
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/results/machine.txt"
python3 "$here/report.py" "$work"
