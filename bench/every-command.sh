#!/usr/bin/env bash
# Every everyday command on the project's sheets (./pricing, ./scenarios), whole-process wall and CPU
# time through the launcher (bin/pricing) against plain `java -jar target/pricing.jar`, and against
# an earlier build's launcher when BEFORE=/path/to/its/bin/pricing is given (issue 13: "no command
# slower than before"). Runs alternate (command by command, variant by variant, round after round)
# so that machine load hits all alike; prints each median and the load average.
# Usage: bench/every-command.sh [RUNS]   (default 7; after mvn -B -q package -DskipTests, which
# also makes the launcher's class-data archive)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
[ -f target/pricing.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
commands=(
  "--version"
  "--help"
  "models"
  "recompute"
  "recompute -f json"
  "tiers"
  "compare"
  "lint"
  "scenario balanced"
  "estimate anthropic:claude-haiku-4-5 --input-tokens 2000 --output-tokens 500"
  "margin --scenario balanced"
  "decide --example seed-003"
  "roi --example seed-003"
)
variants=(launcher java-jar)
declare -A run_with=([launcher]="bin/pricing" [java-jar]="java -jar target/pricing.jar")
if [ -n "${BEFORE:-}" ]; then variants+=(before); run_with[before]=$BEFORE; fi
bin/pricing --version >/dev/null   # makes the archive if mvn package did not
while [ -d target/pricing.jsa.lock ]; do sleep 1; done
out=$(mktemp); trap 'rm -f "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    for v in "${variants[@]}"; do
      # shellcheck disable=SC2086
      /usr/bin/time -a -o "$out" -f "$i $v %e %U %S" ${run_with[$v]} ${commands[$i]} >/dev/null 2>&1 || true
    done
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
names=$(printf '%s\n' "${commands[@]}")
awk -v runs="$runs" -v variants="${variants[*]}" -v names="$names" '
  { k = $1 " " $2; wall[k] = wall[k] " " $3; cpu[k] = cpu[k] " " ($4 + $5) }
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    nv = split(variants, v, " "); nc = split(names, c, "\n")
    printf "medians of %d alternating runs, wall / CPU (user + sys) in seconds\n", runs
    printf "%-76s", "pricing ..."
    for (j = 1; j <= nv; j++) printf " %15s", v[j]
    printf "\n"
    for (i = 1; i <= nc; i++) {
      printf "%-76s", c[i]
      for (j = 1; j <= nv; j++) { k = (i - 1) " " v[j]; printf "     %.2f / %.2f", median(wall[k]), median(cpu[k]) }
      printf "\n"
    }
  }' "$out"
