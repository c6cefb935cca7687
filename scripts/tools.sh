#!/usr/bin/env bash
# The tools (guard, rehearse, docs, prices): the built Valkey.Cdktf.Tools, built first when a source
# is newer than the build, as scripts/app.sh does for the app.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
# shellcheck source=scripts/build-if-stale.sh
source "$ROOT/scripts/build-if-stale.sh"
run_built Valkey.Cdktf.Tools "$@"
