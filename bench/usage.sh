#!/usr/bin/env bash
# Benchmark (not a test): pricing usage against DuckDB doing the same grouping on the same CSV.
#   bench/usage.sh [COPIES]   # COPIES x 150,000 rows of the seed-004 fixture (default 7: 1,050,000 rows)
# Needs: a built jar and test classes (mvn -q -B package), node and npm (DuckDB comes from
# @duckdb/node-api, installed into bench/node_modules on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES="${1:-7}"
WORK="${TMPDIR:-/tmp}/pricing-usage-bench"
mkdir -p "$WORK"
CSV="$WORK/logs-$COPIES.csv"
if [ ! -f "$CSV" ]; then
  java -cp target/test-classes:target/classes com.llmresale.pricing.usage.Seed004Logs "$CSV" "$COPIES"
fi
if [ ! -d bench/node_modules/@duckdb/node-api ]; then
  (cd bench && npm install --no-save --silent @duckdb/node-api >/dev/null)
fi
echo "rows: $(($(wc -l < "$CSV") - 1)), $(du -h "$CSV" | cut -f1)"

echo "== pricing usage (one pass, every report figure; peak RSS from /usr/bin/time)"
/usr/bin/time -f "   %e s wall, %U s user, %M KB peak RSS" \
  java -jar target/pricing.jar usage "$CSV" --scenario balanced -f json -o "$WORK/pricing.json"

echo "== DuckDB: the same per user/model/day grouping of the same file"
/usr/bin/time -f "   %e s wall, %U s user, %M KB peak RSS" node bench/duckdb-usage.mjs "$CSV"
