#!/usr/bin/env bash
# Benchmarks (not tests): wall time and peak memory of the set-up and the README's commands.
# Writes docs/benchmarks.md. Run from anywhere:
#   bench/run.sh            all measurements, including a cold set-up (about 10 minutes)
#   bench/run.sh --warm     skip the cold set-up
#   RUNS=5 bench/run.sh     runs per warm measurement (median reported; default 3)
# Peak memory is the largest resident set of any single process of the command
# (GNU time's "Maximum resident set size"), not the sum over processes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
COLD=1
[ "${1:-}" = "--warm" ] && COLD=0
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results=()

# measure NAME DIR CMD...: one run; prints "seconds peak_mib"
measure() {
  local dir="$1"; shift
  ( cd "$dir" && /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>&1 ) \
    || { cat "$work/out" >&2; echo "bench: '$*' failed" >&2; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time"
}

# median NAME DIR CMD...: RUNS runs after one warm-up; records the median time and the largest peak
median() {
  local name="$1" dir="$2"; shift 2
  measure "$dir" "$@" >/dev/null
  local times=() peak=0 t m
  for _ in $(seq "$RUNS"); do
    read -r t m < <(measure "$dir" "$@")
    times+=("$t"); [ "$m" -gt "$peak" ] && peak="$m"
  done
  local med
  med="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
  results+=("| $name | $med s (median of $RUNS: ${times[*]}) | $peak MiB |")
  echo "bench: $name: $med s, $peak MiB" >&2
}

if [ "$COLD" = 1 ]; then
  # A fresh clone with an empty NuGet global folder and npm cache: what a new machine does.
  git clone -q "$ROOT" "$work/clone"
  echo "bench: cold set-up in a fresh clone (generates the C# bindings; several minutes) ..." >&2
  read -r t m < <(NUGET_PACKAGES="$work/nuget" npm_config_cache="$work/npm" measure "$work/clone" ./build.sh setup)
  results+=("| cold set-up: fresh clone, empty NuGet and npm caches, \`./build.sh setup\` | $t s (1 run) | $m MiB |")
  echo "bench: cold set-up: $t s, $m MiB" >&2
  rm -rf "$work/clone" "$work/nuget" "$work/npm"
fi

if [ "$COLD" = 0 ] && [ -f "$ROOT/docs/benchmarks.md" ]; then
  # Keep the last measured cold set-up (it takes minutes), marked as carried over.
  previous="$(grep -m1 '^| cold set-up' "$ROOT/docs/benchmarks.md" || true)"
  [ -n "$previous" ] && results+=("${previous% |} (carried over from an earlier run) |")
fi

median "warm synth: \`./build.sh synth\` (hml and prod)" "$ROOT" ./build.sh synth
median "warm test suite: \`./build.sh test\`" "$ROOT" ./build.sh test

{
  echo "# Benchmarks"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d) at commit $(git -C "$ROOT" rev-parse --short HEAD)."
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB memory, $(uname -m), $(. /etc/os-release && echo "$PRETTY_NAME");"
  echo ".NET SDK $(dotnet --version), Node $(node --version) (jsii runtime on $("$ROOT/node_modules/.bin/node" --version 2>/dev/null || echo 'machine Node'))."
  echo
  echo "| measurement | wall time | peak memory (largest process) |"
  echo "|---|---|---|"
  printf '%s\n' "${results[@]}"
} > "$work/benchmarks.md"
mv "$work/benchmarks.md" "$ROOT/docs/benchmarks.md"
echo "bench: wrote docs/benchmarks.md" >&2
