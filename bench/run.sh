#!/usr/bin/env bash
# Benchmarks (not tests): wall time and peak memory of the set-up, the README's commands,
# the app alone, synthesis of 1, 10 and 50 environments, and the same two stacks written
# against the CDKTF JavaScript packages (bench/ts-baseline), measured in the same run.
# Writes docs/benchmarks.md.
#   bench/run.sh            warm measurements (a few minutes)
#   bench/run.sh --cold     also a cold set-up of each toolchain in a fresh clone with empty caches
#                           (CDKTF, then CDK Terrain with VALKEY_TOOLCHAIN=cdktn; +15 minutes)
#   bench/run.sh --cold-only  only those two cold set-ups; the other rows are kept as they are
#   bench/run.sh --deploy   only the deploy rehearsal's rows and the test suite (about 20 minutes);
#                           the other rows of docs/benchmarks.md are kept as they are
#   bench/run.sh --under-load
#                           only the test suite twice in a row while \`yes > /dev/null\` keeps one
#                           core busy, as a shared machine is (about 26 minutes); both runs must
#                           pass; the other rows are kept as they are
#   RUNS=5 bench/run.sh     runs per measurement (median reported; default 3; DEPLOY_RUNS for the
#                           deploy rows, default 2)
# Peak memory is the largest resident set of any single process of the command (GNU time's
# "Maximum resident set size"), not the sum over processes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
DEPLOY_RUNS="${DEPLOY_RUNS:-2}"
COLD=0
DEPLOY_ONLY=0
COLD_ONLY=0
[ "${1:-}" = "--cold" ] && COLD=1
[ "${1:-}" = "--cold-only" ] && { COLD=1; COLD_ONLY=1; DEPLOY_ONLY=1; }
[ "${1:-}" = "--deploy" ] && DEPLOY_ONLY=1
LOAD_ONLY=0
[ "${1:-}" = "--under-load" ] && { DEPLOY_ONLY=1; LOAD_ONLY=1; }
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rows=()
declare -A median_of peak_of

# measure DIR CMD...: one run in DIR; prints "seconds peak_mib"
measure() {
  local dir="$1"; shift
  ( cd "$dir" && /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>&1 ) \
    || { cat "$work/out" >&2; echo "bench: '$*' failed" >&2; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time"
}

# bench KEY LABEL DIR CMD...: one warm-up, then RUNS runs; records the median and the largest peak
bench() {
  local key="$1" label="$2" dir="$3"; shift 3
  measure "$dir" "$@" >/dev/null
  local times=() peak=0 t m med
  for _ in $(seq "$RUNS"); do
    read -r t m < <(measure "$dir" "$@")
    times+=("$t"); [ "$m" -gt "$peak" ] && peak="$m"
  done
  med="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
  median_of[$key]="$med"; peak_of[$key]="$peak"
  rows+=("| $label | $med s | ${times[*]} | $peak MiB |")
  echo "bench: $label: $med s, $peak MiB" >&2
}

cd "$ROOT"
./build.sh setup >/dev/null
source scripts/env.sh

if [ "$COLD" = 1 ]; then
  # Each toolchain's set-up from nothing: a fresh clone, empty NuGet and npm caches, so its C# bindings are generated
  # (one generation at a time: the set-up's lock). The peak memory is the C# compiler's, compiling the provider bindings.
  # Its own caches put the set-up's lock beside them: so that no other set-up on the machine generates bindings at the
  # same time (two compilers above 9 GB each), the benchmark holds the machine's usual lock meanwhile (scripts/setup.sh).
  lock="${NUGET_PACKAGES:-$HOME/.nuget/packages}/.valkey-cdktf-bindings.lock"
  mkdir -p "$(dirname "$lock")"
  exec 8>"$lock"
  flock 8
  cold=""
  for tc in cdktf cdktn; do
    git clone -q "$ROOT" "$work/clone"
    echo "bench: cold set-up of $tc in a fresh clone (generates the C# bindings; several minutes) ..." >&2
    read -r t m < <(VALKEY_TOOLCHAIN="$tc" NUGET_PACKAGES="$work/nuget" npm_config_cache="$work/npm" measure "$work/clone" ./build.sh setup)
    case "$tc" in
      cdktf) label="cold set-up: fresh clone, empty NuGet and npm caches, \`./build.sh setup\`" ;;
      cdktn) label="cold set-up, CDK Terrain: fresh clone, empty NuGet and npm caches, \`VALKEY_TOOLCHAIN=cdktn ./build.sh setup\`" ;;
    esac
    cold+="${cold:+$'\n'}| $label | $t s | 1 run, $(date -u +%Y-%m-%d) | $m MiB |"
    rm -rf "$work/clone" "$work/nuget" "$work/npm"
  done
  flock -u 8
elif [ -f docs/benchmarks.md ]; then
  cold="$(grep '^| cold set-up' docs/benchmarks.md || true)"
fi

# Generated environments: copies of hml.json, each with an environment name of its own (two
# environments may not make the same AWS names).
for n in 1 10 50; do
  mkdir -p "$work/envs$n"
  for i in $(seq -w 1 "$n"); do
    sed "s/\"environment\": \"hml\"/\"environment\": \"env$i\"/" environments/hml.json > "$work/envs$n/env$i.json"
  done
done

if [ "$DEPLOY_ONLY" = 0 ]; then
bench readme  "README synth line: \`./build.sh synth\` (hml, prod)" "$ROOT" ./build.sh synth
bench cs_cli  "C#: \`cdktf synth\` (hml, prod)" "$ROOT" env CI=true PATH="$ROOT/node_modules/.bin:$PATH" node_modules/.bin/cdktf synth --output "$work/out-cs"
bench ts_cli  "TypeScript baseline: \`cdktf synth\` (hml, prod)" "$ROOT/bench/ts-baseline" env CI=true NODE_OPTIONS= PATH="$ROOT/node_modules/.bin:$PATH" "$ROOT/node_modules/.bin/cdktf" synth --output "$work/out-ts"
bench cs_app  "C#: app alone, \`scripts/app.sh\` (hml, prod)" "$ROOT" env CDKTF_OUTDIR="$work/app-cs" bash scripts/app.sh
bench ts_app  "TypeScript baseline: app alone, \`node main.js\` (hml, prod)" "$ROOT/bench/ts-baseline" env CDKTF_OUTDIR="$work/app-ts" NODE_OPTIONS= node main.js
for n in 1 10 50; do
  bench "envs$n" "C#: app alone, $n environments" "$ROOT" env VALKEY_ENVIRONMENTS="$work/envs$n" CDKTF_OUTDIR="$work/app-$n" bash scripts/app.sh
done
source scripts/find-provider-mirror.sh
bench rehearse "rehearsal with real Terraform: \`./build.sh rehearse\` (hml, prod)" "$ROOT" ./build.sh rehearse
bench tf_tests "the Terraform tests alone (Valkey.Cdktf.Tools.Rehearsal.Tests)" "$ROOT" ./build.sh test --filter "FullyQualifiedName~Valkey.Cdktf.Tools.Rehearsal.Tests"
fi
source scripts/find-provider-mirror.sh
if [ "$COLD_ONLY" = 1 ]; then
  :   # only the cold set-ups above
elif [ "$LOAD_ONLY" = 1 ]; then
  # Two runs in a row, no warm-up, while another process takes a core: what a busy shared machine
  # gives the suite. measure exits on a failing run, so a row here means both passed.
  yes > /dev/null &
  burner=$!
  trap 'kill "$burner" 2>/dev/null; rm -rf "$work"' EXIT
  times=() peak=0
  for _ in 1 2; do
    read -r t m < <(measure "$ROOT" ./build.sh test)
    times+=("$t"); [ "$m" -gt "$peak" ] && peak="$m"
    echo "bench: test suite under load: $t s" >&2
  done
  kill "$burner"
  rows+=("| test suite twice in a row, one core kept busy (\`yes > /dev/null\`): \`./build.sh test\`, both passed | ${times[1]} s (2nd) | ${times[*]} | $peak MiB |")
else
# The deploy rehearsal: minutes a run, so DEPLOY_RUNS runs after the warm-up.
saved_runs="$RUNS"; RUNS="$DEPLOY_RUNS"
bench deploy_hml "deploy cycle, one environment: \`./build.sh rehearse --deploy --env hml\`" "$ROOT" ./build.sh rehearse --deploy --env hml
bench deploy_all "deploy cycles, hml and prod side by side: \`./build.sh rehearse --deploy\`" "$ROOT" ./build.sh rehearse --deploy
bench migration "migration cycle: \`rehearse --deploy --env hml --from tests/Fixtures/module-root\`" "$ROOT" env VALKEY_ENVIRONMENTS=tests/Fixtures/module-root/environments ./build.sh rehearse --deploy --env hml --from tests/Fixtures/module-root
bench deploy_tests "the deploy tests alone (Valkey.Cdktf.Tools.Deploy.Tests)" "$ROOT" ./build.sh test --filter "FullyQualifiedName~Valkey.Cdktf.Tools.Deploy.Tests"
bench tests   "test suite: \`./build.sh test\`" "$ROOT" ./build.sh test
RUNS="$saved_runs"
fi

if [ "$DEPLOY_ONLY" = 1 ]; then
  # Keep the rows not measured in this run, and their two figures, from the last full run.
  measured="$(printf '%s\n' "${rows[@]}" | cut -d'|' -f2)"
  kept=()
  while IFS= read -r line; do
    case "$line" in "| cold set-up"*|"| measurement"*|"|---"*) continue ;; esac
    label="$(printf '%s' "$line" | cut -d'|' -f2)"
    printf '%s\n' "$measured" | grep -qxF -- "$label" || kept+=("$line")
  done < <(grep '^| ' docs/benchmarks.md)
  rows=("${kept[@]}" "${rows[@]}")
  ratio="$(sed -n 's/.*C# over TypeScript: \*\*\([0-9.]*\)×\*\*.*/\1/p' docs/benchmarks.md)"
  kept_from="$(grep -m1 -o 'on [0-9-]* at commit [0-9a-f]*' docs/benchmarks.md || true)"
  [ -n "$(grep -m1 '^Rows other than' docs/benchmarks.md || true)" ] && kept_from="$(grep -m1 -o 'from the run on [0-9-]* at commit [0-9a-f]*' docs/benchmarks.md | sed 's/^from the run //')"
  per_env="$(sed -n 's/.*adds \*\*\([0-9.]*\) s\*\*.*/\1/p' docs/benchmarks.md)"
else
  ratio="$(awk -v a="${median_of[cs_cli]}" -v b="${median_of[ts_cli]}" 'BEGIN { printf "%.2f", a / b }')"
  per_env="$(awk -v a="${median_of[envs50]}" -v b="${median_of[envs1]}" 'BEGIN { printf "%.3f", (a - b) / 49 }')"
fi

{
  echo "# Benchmarks"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src scripts || echo ' (with uncommitted changes)')."
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB memory, $(uname -m), $(. /etc/os-release && echo "$PRETTY_NAME");"
  echo ".NET SDK $(dotnet --version); the CLI and the jsii runtime on Node $("$ROOT/node_modules/.bin/node" --version)."
  echo "Each row: median of $RUNS runs after one warm-up; the deploy rows and the test suite: $DEPLOY_RUNS runs after one warm-up (the cold set-up: one run)."
  [ "$COLD_ONLY" = 1 ] && echo "Rows other than the cold set-ups are kept from the run ${kept_from:-before} (\`bench/run.sh --cold-only\` measures only those, at the date and commit above)."
  [ "$DEPLOY_ONLY" = 1 ] && [ "$LOAD_ONLY" = 0 ] && [ "$COLD_ONLY" = 0 ] && echo "Rows other than the deploy rows and the test suite are kept from the run ${kept_from:-before} (\`bench/run.sh --deploy\` measures only those)."
  [ "$LOAD_ONLY" = 1 ] && echo "Rows other than the suite under load are kept from the run ${kept_from:-before} (\`bench/run.sh --under-load\` measures only that one, at the date and commit above)."
  echo
  echo "| measurement | median | runs (s) | peak memory (largest process) |"
  echo "|---|---|---|---|"
  [ -n "${cold:-}" ] && echo "$cold"
  printf '%s\n' "${rows[@]}"
  echo
  echo "- \`cdktf synth\`, C# over TypeScript: **${ratio}×**."
  echo "- Each environment beyond the first adds **${per_env} s** ((50 environments − 1) / 49)."
} > "$work/benchmarks.md"
mv "$work/benchmarks.md" docs/benchmarks.md
echo "bench: wrote docs/benchmarks.md" >&2
