#!/usr/bin/env bash
# The app cdktf.json runs (`npx cdktf synth`, `cdktf deploy`): the built Valkey.Cdktf.App.
# Builds it first when a source is newer than the build, so a plain `npx cdktf synth`
# after an edit never runs stale code. The app keeps its own temp folder and removes it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
# shellcheck source=scripts/build-if-stale.sh
source "$ROOT/scripts/build-if-stale.sh"
run_built Valkey.Cdktf.App "$@"
