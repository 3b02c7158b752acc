#!/usr/bin/env bash
# Whole-process start-up, paired against genai-prices' Node CLI on the same question (issue 13):
#   bin/pricing --sheets ../shared/external/genai-prices estimate anthropic:claude-3-5-haiku-latest
#     --input-tokens 1000000 --output-tokens 1000000
#   genai-prices calc anthropic:claude-3-5-haiku --input-tokens 1000000 --output-tokens 1000000
# Runs alternate (A, B, A, B...) so that machine load hits both alike; prints the median wall and CPU
# time of each and the ratio of the medians. Also times plain `java -jar` for comparison.
# Usage: bench/startup-vs-genai-prices.sh [RUNS]   (after mvn -B -q package -DskipTests)
# The peer: GENAI_PRICES=/path/to/genai-prices, else it is installed from npm into a temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
sheets=../shared/external/genai-prices
[ -f target/pricing.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -d "$sheets" ] || { echo "needs $sheets (the genai-prices catalog in our sheet schema)" >&2; exit 2; }
peer=${GENAI_PRICES:-}
if [ -z "$peer" ]; then
  dir=$(mktemp -d)
  (cd "$dir" && npm install --silent @pydantic/genai-prices@0.1.8 >/dev/null)
  peer=$dir/node_modules/.bin/genai-prices
fi
tokens=(--input-tokens 1000000 --output-tokens 1000000)
ours=(bin/pricing --sheets "$sheets" estimate anthropic:claude-3-5-haiku-latest "${tokens[@]}")
jar=(java -jar target/pricing.jar --sheets "$sheets" estimate anthropic:claude-3-5-haiku-latest "${tokens[@]}")
theirs=("$peer" calc anthropic:claude-3-5-haiku "${tokens[@]}")
"${ours[@]}" >/dev/null   # makes the class-data archive in the background if mvn package did not
while [ -d target/pricing.jsa.lock ]; do sleep 1; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp)
for _ in $(seq "$runs"); do
  /usr/bin/time -a -o "$out" -f "launcher %e %U %S" "${ours[@]}" >/dev/null
  /usr/bin/time -a -o "$out" -f "genai-prices %e %U %S" "${theirs[@]}" >/dev/null
  /usr/bin/time -a -o "$out" -f "java-jar %e %U %S" "${jar[@]}" >/dev/null
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
  { wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " ($3 + $4) }
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    for (k in wall) { mw[k] = median(wall[k]); mc[k] = median(cpu[k]); printf "%-13s median wall %.3f s  median CPU %.3f s\n", k, mw[k], mc[k] }
    printf "launcher / genai-prices: wall %.2fx, CPU %.2fx\n", mw["launcher"] / mw["genai-prices"], mc["launcher"] / mc["genai-prices"]
    printf "java -jar / genai-prices: wall %.2fx\n", mw["java-jar"] / mw["genai-prices"]
  }' "$out"
rm -f "$out"
