#!/usr/bin/env bash
# Rewrites the committed seed corpora of the catalog targets from the
# repository's catalogs: `seeds/catalog` gets every catalog (shipped, test
# and compile-fail, TOML and JSON) plus a JSON twin of each shipped TOML
# catalog (python3 ≥ 3.11, for tomllib); `seeds/toml_doc` every TOML catalog
# besides its hand-written `corners.toml`. Compile-fail catalogs are named
# `ui_*`; catalogs over 64 KiB (stress tests) are left out, as in the
# fuzz_pipeline proptest: they slow every run and add no new shapes. Run it
# after adding or changing a catalog; `seeds/decode` is hand-written.
set -euo pipefail
cd "$(dirname "$0")/.."

rm -rf fuzz/seeds/catalog
mkdir -p fuzz/seeds/catalog
for dir in catalogs tests/catalogs tests/ui/catalogs; do
  prefix=""
  [ "$dir" = tests/ui/catalogs ] && prefix="ui_"
  for file in "$dir"/*.toml "$dir"/*.json; do
    [ -e "$file" ] || continue
    [ "$(wc -c < "$file")" -le 65536 ] || continue
    cp "$file" "fuzz/seeds/catalog/$prefix$(basename "$file")"
    case "$file" in
      *.toml) cp "$file" "fuzz/seeds/toml_doc/$prefix$(basename "$file")" ;;
    esac
  done
done

python3 - catalogs/*.toml <<'PY'
import json, pathlib, sys, tomllib
for path in map(pathlib.Path, sys.argv[1:]):
    twin = pathlib.Path("fuzz/seeds/catalog") / (path.stem + ".json")
    tree = tomllib.loads(path.read_text(encoding="utf-8"))
    twin.write_text(json.dumps(tree, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
PY
