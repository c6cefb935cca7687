#!/usr/bin/env bash
# The app cdktf.json runs (`npx cdktf synth`, `cdktf deploy`): the built Valkey.Cdktf.App.
# Builds it first when a source is newer than the build, so a plain `npx cdktf synth`
# after an edit never runs stale code.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
dll="$ROOT/src/Valkey.Cdktf.App/bin/Release/net10.0/Valkey.Cdktf.App.dll"
if [ ! -f "$dll" ] || [ -n "$(find "$ROOT/src" "$ROOT/Directory.Build.props" "$ROOT/Directory.Packages.props" \
      -newer "$dll" \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) -not -path '*/obj/*' -not -path '*/bin/*' -print -quit)" ]; then
  if [ ! -d "$ROOT/node_modules" ]; then
    echo "app: node_modules is missing; run ./build.sh setup first" >&2
    exit 1
  fi
  quietly dotnet build "$ROOT/src/Valkey.Cdktf.App/Valkey.Cdktf.App.csproj" -c Release --nologo -v quiet \
    || { echo "app: the build failed (output above)" >&2; exit 1; }
  touch "$dll"   # MSBuild leaves an unchanged app's dll as it was; the check above needs it fresh
fi
with_private_tmp dotnet "$dll"
