#!/usr/bin/env bash
# Valkey.Cdktf entry point. Every command does its own set-up first (npm packages from
# the lockfile, the C# bindings, the build), skips whatever is already done, and says
# what it is doing when a step takes minutes.
#
#   ./build.sh synth   synthesize every environment in environments/ into cdktf.out/
#   ./build.sh test    run the whole test suite
#   ./build.sh setup   only the set-up
#   ./build.sh help    this text
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }

cmd="${1:-help}"
[ $# -gt 0 ] && shift
case "$cmd" in
  setup) bash "$ROOT/scripts/setup.sh" ;;
  synth)
    bash "$ROOT/scripts/setup.sh"
    source "$ROOT/scripts/env.sh"
    exec npx --no-install cdktf synth "$@"
    ;;
  test)
    bash "$ROOT/scripts/setup.sh"
    source "$ROOT/scripts/env.sh"
    exec dotnet test "$ROOT/Valkey.Cdktf.sln" -c Release --no-build --nologo "$@"
    ;;
  help|-h|--help) usage ;;
  *) echo "build.sh: unknown command '$cmd'" >&2; usage >&2; exit 2 ;;
esac
