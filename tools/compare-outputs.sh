#!/bin/bash
# Compares every output of two coopsim builds byte for byte: for each scenarios/*.yaml, `run` with 300
# replications on 1 and 2 workers (in-process engine) and 5 traced replications (JSON and the trace file);
# a generated 2,000-agency world on 1 and 2 workers; three scenarios on both Orleans engines; `sweep` CSV and JSON,
# `advise` CSV and `compare` JSON.
#
#     tools/compare-outputs.sh OLD/coopsim NEW/coopsim /tmp/compare
#
# Prints DIFF lines for outputs that differ (the "tool" field, which names each build's commit, aside) and
# exits 1 if any did.
set -u
if [ $# -ne 3 ]; then echo "usage: $0 OLD_COOPSIM NEW_COOPSIM OUTDIR" >&2; exit 2; fi
OLD=$1; NEW=$2; OUT=$3
SCENARIOS=$(cd "$(dirname "$0")/../scenarios" && pwd)
WORLD=$OUT/generated-2000
rm -rf "$OUT"; mkdir -p "$OUT/old" "$OUT/new"
failed=0; pairs=0

# Byte for byte, except the tool's own version (it names the build's commit, which differs by construction).
same() {
  cmp -s <(sed -E 's/"tool": ?"coopsim [^"]*"/"tool":"coopsim"/' "$1") <(sed -E 's/"tool": ?"coopsim [^"]*"/"tool":"coopsim"/' "$2")
}

run_both() { # name, coopsim arguments (@TRACE@ stands for this side's trace file)
  local name=$1; shift
  for side in old new; do
    local bin=$OLD; [ $side = new ] && bin=$NEW
    local args=("${@//@TRACE@/$OUT/$side/$name.trace.jsonl}")
    "$bin" "${args[@]}" > "$OUT/$side/$name.out" 2> "$OUT/$side/$name.err"; echo $? > "$OUT/$side/$name.rc"
  done
  pairs=$((pairs + 1))
  for f in "$OUT/old/$name".*; do
    [[ $f == *.err ]] && continue
    same "$f" "$OUT/new/$(basename "$f")" || { echo "DIFF $name $(basename "$f")"; failed=1; }
  done
  [ "$(cat "$OUT/old/$name.rc")" = 0 ] || echo "note: $name exits $(cat "$OUT/old/$name.rc") on both sides"
}

for s in "$SCENARIOS"/*.yaml; do
  b=$(basename "$s" .yaml)
  run_both "$b.w1" run "$s" --runs 300 --seed 3 --format json --engine inproc --workers 1
  run_both "$b.w2" run "$s" --runs 300 --seed 3 --format json --engine inproc --workers 2
  run_both "$b.trace" run "$s" --runs 5 --seed 3 --format json --engine inproc --trace jsonl:@TRACE@
done
"$OLD" generate --agencies 2000 --alerts 50 --out "$WORLD" > /dev/null
run_both generated.w1 run "$WORLD/scenario.yaml" --runs 3 --seed 3 --format json --engine inproc --workers 1
run_both generated.w2 run "$WORLD/scenario.yaml" --runs 3 --seed 3 --format json --engine inproc --workers 2
for b in korea-desk-outage-manhunt korea-desk-wanted desk-friday-night; do
  run_both "$b.orleans" run "$SCENARIOS/$b.yaml" --runs 20 --seed 3 --format json --engine orleans
  run_both "$b.orleans-replications" run "$SCENARIOS/$b.yaml" --runs 20 --seed 3 --format json --engine orleans-replications
done
run_both sweep.csv sweep "$SCENARIOS/korea-desk-wanted.yaml" --vary channels.kr-vn-desk.loss=0,0.2,0.5 --runs 200 --seed 3 --format csv
run_both sweep.json sweep "$SCENARIOS/korea-desk-wanted.yaml" --vary channels.kr-vn-desk.loss=0,0.2,0.5 --runs 200 --seed 3 --format json
run_both advise.csv advise "$SCENARIOS/uz-entry-block-without-mou.yaml" --candidates "$SCENARIOS/candidates/uz-entry-block-candidates.yaml" --runs 200 --seed 3 --format csv
run_both compare.json compare "$SCENARIOS/korea-desk-wanted.yaml" "$SCENARIOS/korea-desk-wanted-interpol-only.yaml" --runs 300 --seed 3 --format json

echo "$pairs command pairs compared: $([ $failed = 0 ] && echo 'all outputs identical' || echo 'DIFFERENCES')"
exit $failed
