#!/usr/bin/env bash
# Benchmark (not a test): pricing usage against DuckDB doing the same grouping on the same CSV,
# in pairs, the order alternating (the machine may be shared: compare medians and the ratio).
#   bench/usage.sh [COPIES] [PAIRS]   # COPIES x 150,000 rows of the seed-004 fixture (default 7:
#                                     # 1,050,000 rows), PAIRS runs of each (default 5)
# Prints each run (wall s, user s, peak RSS KB from /usr/bin/time), the medians and the ratio.
# Needs: a built jar and test classes (mvn -q -B package), node and npm (DuckDB comes from
# @duckdb/node-api, installed into bench/node_modules on first run).
# pricing runs the way users run it, through bin/pricing (its JVM flags and class-data archive);
# PRICING_BENCH_CMD="java -jar target/pricing.jar" measures a plain JVM instead.
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES="${1:-7}"
PAIRS="${2:-5}"
WORK="${TMPDIR:-/tmp}/pricing-usage-bench"
mkdir -p "$WORK"
CSV="$WORK/logs-$COPIES.csv"
if [ ! -f "$CSV" ]; then
  java -cp target/test-classes:target/classes com.llmresale.pricing.usage.Seed004Logs "$CSV" "$COPIES"
fi
if [ ! -d bench/node_modules/@duckdb/node-api ]; then
  (cd bench && npm install --no-save --silent @duckdb/node-api >/dev/null)
fi
echo "rows: $(($(wc -l < "$CSV") - 1)), $(du -h "$CSV" | cut -f1); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
${PRICING_BENCH_CMD:-bin/pricing} --version >/dev/null 2>&1 || true  # the launcher's first run records its archive

ours() {  # one pass, every report figure, with the balanced scenario's limits
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %M" -o "$WORK/t" ${PRICING_BENCH_CMD:-bin/pricing} usage "$CSV" --scenario balanced \
    -f json -o "$WORK/pricing.json" --no-progress 2>/dev/null
  echo "pricing $(cat "$WORK/t")" | tee -a "$WORK/runs"
}
duck() {  # the same per user/model/day grouping of the same file
  /usr/bin/time -f "%e %U %M" -o "$WORK/t" node bench/duckdb-usage.mjs "$CSV" >/dev/null
  echo "duckdb  $(cat "$WORK/t")" | tee -a "$WORK/runs"
}
: > "$WORK/runs"
for i in $(seq 1 "$PAIRS"); do
  if [ $((i % 2)) -eq 1 ]; then ours; duck; else duck; ours; fi
done
median() { grep "^$1" "$WORK/runs" | awk -v c="$2" '{print $c}' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
P=$(median pricing 2); D=$(median duckdb 2)
echo "median pricing: $P s wall, $(median pricing 3) s user, $(median pricing 4) KB peak RSS"
echo "median duckdb:  $D s wall, $(median duckdb 3) s user, $(median duckdb 4) KB peak RSS"
echo "ratio pricing/duckdb (wall): $(awk -v p="$P" -v d="$D" 'BEGIN {printf "%.2f", p / d}'); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
