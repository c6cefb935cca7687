#!/usr/bin/env bash
# The tools (guard, rehearse, docs, prices): the built Valkey.Cdktf.Tools. Builds it first when a
# source is newer than the build, as scripts/app.sh does for the app.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
# shellcheck source=scripts/build-if-stale.sh
source "$ROOT/scripts/build-if-stale.sh"
if [ ! -d "$ROOT/node_modules" ]; then
  echo "tools: node_modules is missing; run ./build.sh setup first" >&2
  exit 1
fi
build_if_stale src/Valkey.Cdktf.Tools/Valkey.Cdktf.Tools.csproj src/Valkey.Cdktf.Tools/bin/Release/net10.0/Valkey.Cdktf.Tools.dll
exec dotnet "$ROOT/src/Valkey.Cdktf.Tools/bin/Release/net10.0/Valkey.Cdktf.Tools.dll" "$@"
