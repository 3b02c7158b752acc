#!/usr/bin/env bash
# How models, recompute, compare and lint grow with the catalog: 1,000, 10,000 and 100,000
# generated models (bench/generate-sheets.sh) through the launcher; median wall and CPU time and the
# largest peak RSS over RUNS runs each. Linear growth shows as CPU per model staying level.
# Usage: bench/scale.sh [RUNS] [SIZES...]   (default 3 runs; 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift || true
sizes=("${@:-1000 10000 100000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})
[ -f target/pricing.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d); out=$(mktemp); trap 'rm -rf "$work" "$out"' EXIT
for n in "${sizes[@]}"; do bench/generate-sheets.sh "$n" "$work/$n" >/dev/null; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for n in "${sizes[@]}"; do
    for c in models recompute compare lint; do
      /usr/bin/time -a -o "$out" -f "$n $c %e %U %S %M" bin/pricing --sheets "$work/$n" $c >/dev/null 2>&1 || true
    done
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v runs="$runs" '
  { k = $1 " " $2; wall[k] = wall[k] " " $3; cpu[k] = cpu[k] " " ($4 + $5); if ($6 > rss[k]) rss[k] = $6; if (!(k in seen)) { seen[k] = 1; order[++n] = k } }
  function median(list,   m, a, i, j, t) {
    m = split(list, a, " ")
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  END {
    printf "medians of %d runs\n%8s %-10s %8s %8s %12s %9s\n", runs, "models", "command", "wall s", "CPU s", "CPU us/model", "peak MB"
    for (i = 1; i <= n; i++) { split(order[i], p, " "); c = median(cpu[order[i]])
      printf "%8d %-10s %8.2f %8.2f %12.1f %9d\n", p[1], p[2], median(wall[order[i]]), c, c / p[1] * 1e6, rss[order[i]] / 1024 }
  }' "$out"
