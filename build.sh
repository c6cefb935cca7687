#!/usr/bin/env bash
# Valkey.Cdktf entry point. Every command does its own set-up first (npm packages from
# the lockfile, the C# bindings, the build), skips whatever is already done, and says
# what it is doing when a step takes minutes.
#
#   ./build.sh synth [cdktf synth options]
#                      synthesize every environment in environments/ into cdktf.out/
#   ./build.sh test    run the whole test suite
#   ./build.sh snapshots  re-accept the synthesized stacks as accepted/<env>.cdk.tf.json and the
#                         examples' as accepted/examples/ (the snapshot tests' oracle, the guard's
#                         baseline; CDK Terrain's in accepted/cdktn/); review the git diff after
#   ./build.sh guard [--against PATH] [--env NAME] [--new NAME]... [--removed NAME=REASON]...
#                      compare each environment's new synthesis with the last accepted one
#                      (default: accepted/) and fail on an unacknowledged replacement,
#                      destroy, move of state or region, or prevent_destroy turned off
#   ./build.sh rehearse [--env NAME] [--state FILE]
#                      real Terraform and the real AWS provider plan every stack, offline,
#                      with fake credentials; fails on a replacement, a destroy or a perpetual diff
#   ./build.sh rehearse --deploy [--env NAME] [--from DIR] [--then FILE|"aws elasticache …"]...
#                      cdktf deploy of every stack into an AWS emulator (moto, Python 3) on a
#                      loopback port: apply, steady state (a deferred change: pending, the window
#                      simulated, then empty), outputs, an in-place change, the state lock,
#                      prevent_destroy; with --from, the migration from the root in DIR first;
#                      with --then, later versions of the file (or AWS CLI steps) in turn
#   ./build.sh diff ENV    the CDKTF CLI's diff (terraform plan) of one stack, in the project's environment
#   ./build.sh deploy ENV  the CDKTF CLI's deploy (plan, ask, apply) of one stack, in the project's environment
#   ./build.sh docs [--check]
#                      write the generated files: the README's variable and output tables, the
#                      apply rules' table (docs/guard.md), src/Valkey.Cdktf.Tools/Changes/setting-attributes.json
#                      (the settings' examples synthesized); --check only compares
#   ./build.sh prices --from FILE...
#                      write the cost estimate's price table from AWS Price List offer files of
#                      AmazonElastiCache (one a region, downloaded where there is internet)
#   ./build.sh pack    the NuGet package of the construct library (with symbols) into artifacts/
#   ./build.sh setup   only the set-up
#   ./build.sh help    this text
#
# guard and rehearse take --reports DIR: their findings as SARIF 2.1.0 and JUnit XML there.
# synth writes beside each stack's cdk.tf.json compliance.json, compliance.sarif and compliance.junit.xml,
# and cdktf.out/cost.md (the cost as Markdown, for a pull-request comment).
#
# Environment variables:
#   VALKEY_TOOLCHAIN=cdktn   build, test and synthesize on CDK Terrain instead of CDKTF (docs/cdk-terrain.md)
#   VALKEY_ENVIRONMENTS      the folder of environment files (default: environments)
#   CDKTF_OUTDIR             the app's output folder (default: cdktf.out; the CDKTF CLI sets it)
#   VALKEY_DEBUG=1           the app's debug lines (timings, the jsii runtime) on standard error
#   VALKEY_TF_PROVIDER_MIRROR  a Terraform filesystem mirror with hashicorp/aws, for the rehearsals
#                            (default: the first scripts/find-provider-mirror.sh finds)
#   VALKEY_REHEARSE_KEEP     a folder to keep the rehearsals' scratch folders in
#   VALKEY_VERSION_SUFFIX    pack: the package version's pre-release part (ci.42)
#   VALKEY_JSII_FULL_SCAN=1, VALKEY_EAGER_PROVIDER=1, VALKEY_NO_EXCHANGE=1, VALKEY_NODE_WARNINGS=1
#                            turn off one runtime workaround each (src/Valkey.Cdktf.App/Jsii/README.md)
#   TF_CLI_CONFIG_FILE       Terraform's CLI configuration (a provider mirror: docs/terraform.md)
#   CI=true                  tests: a missing Terraform, provider or emulator fails instead of skipping
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

usage() { awk 'NR>1 && /^#/ { sub(/^# ?/, ""); print; next } NR>1 { exit }' "$0"; }

cmd="${1:-help}"
[ $# -gt 0 ] && shift
case "$cmd" in
  setup) bash "$ROOT/scripts/setup.sh" ;;
  synth)
    bash "$ROOT/scripts/setup.sh"
    source "$ROOT/scripts/env.sh"
    if [ $# -gt 0 ]; then
      # Options are the CDKTF CLI's (--output, --hcl, ...): run it, from node_modules, with its
      # Node 22 on PATH. In a log its CI mode prints plain lines instead of a spinner.
      [ -t 1 ] || export CI="${CI:-true}"
      PATH="$ROOT/$(dirname "$valkey_cli"):$valkey_cli_node$PATH" exec "$ROOT/$valkey_cli" synth "$@"
    fi
    # Without options, the app itself, as `cdktf synth` runs it, without the CLI's 3 s of
    # start-up: the same files (a test compares them).
    CDKTF_OUTDIR="$ROOT/cdktf.out" bash "$ROOT/scripts/app.sh"
    echo "Generated Terraform code for the stacks: $(ls "$ROOT/cdktf.out/stacks" | paste -sd, - | sed 's/,/, /g')"
    ;;
  test)
    bash "$ROOT/scripts/setup.sh"
    source "$ROOT/scripts/env.sh"
    source "$ROOT/scripts/find-provider-mirror.sh"   # the rehearsal tests need the real provider
    with_private_tmp dotnet test "$ROOT/Valkey.Cdktf.sln" -c Release --no-build --nologo "$@"
    ;;
  snapshots)
    # Re-accepts the synthesis of every environment as accepted/<env>.cdk.tf.json and of every example as
    # accepted/examples/<example>.cdk.tf.json (examples/global-datastore/'s pair under accepted/examples/global-datastore/; the snapshot tests' oracle, the guard's baseline, and the two toolchains'
    # comparison); CDK Terrain's in accepted/cdktn/. Only here: no test run ever writes them. Each file is replaced whole
    # (written beside, then renamed), after both syntheses succeeded.
    bash "$ROOT/scripts/setup.sh"
    source "$ROOT/scripts/env.sh"
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
    accepted="$ROOT/accepted"
    [ "${VALKEY_TOOLCHAIN:-cdktf}" = cdktn ] && accepted="$ROOT/accepted/cdktn"
    CDKTF_OUTDIR="$out/environments/cdktf.out" bash "$ROOT/scripts/app.sh"
    VALKEY_ENVIRONMENTS="$ROOT/examples" CDKTF_OUTDIR="$out/examples/cdktf.out" bash "$ROOT/scripts/app.sh"
    # The global datastore example is a folder of its own: its primary and secondary are one app.
    VALKEY_ENVIRONMENTS="$ROOT/examples/global-datastore" CDKTF_OUTDIR="$out/global-datastore/cdktf.out" bash "$ROOT/scripts/app.sh"
    for kind in environments examples global-datastore; do
      dest="$accepted"
      [ "$kind" = examples ] && dest="$accepted/examples"
      [ "$kind" = global-datastore ] && dest="$accepted/examples/global-datastore"
      mkdir -p "$dest"
      for stack in "$out/$kind"/cdktf.out/stacks/*/; do
        name="$(basename "$stack")"
        cp "$stack/cdk.tf.json" "$dest/.$name.cdk.tf.json.new"
        mv -f "$dest/.$name.cdk.tf.json.new" "$dest/$name.cdk.tf.json"
      done
    done
    git -C "$ROOT" status --short -- accepted
    ;;
  docs)
    bash "$ROOT/scripts/setup.sh"
    exec bash "$ROOT/scripts/tools.sh" docs "$@"
    ;;
  prices)
    bash "$ROOT/scripts/setup.sh"
    exec bash "$ROOT/scripts/tools.sh" prices "$@"
    ;;
  guard)
    bash "$ROOT/scripts/setup.sh"
    exec bash "$ROOT/scripts/tools.sh" guard "$@"
    ;;
  rehearse)
    bash "$ROOT/scripts/setup.sh"
    source "$ROOT/scripts/find-provider-mirror.sh"
    exec bash "$ROOT/scripts/tools.sh" rehearse "$@"
    ;;
  pack)
    # The NuGet package of the construct library (and its symbols) into artifacts/. Version: VersionPrefix of
    # src/Valkey.Cdktf/Valkey.Cdktf.csproj, with VALKEY_VERSION_SUFFIX as its pre-release part when set (ci.42).
    bash "$ROOT/scripts/setup.sh"
    source "$ROOT/scripts/env.sh"
    args=(-c Release --nologo --no-build -o "$ROOT/artifacts")
    [ -n "${VALKEY_VERSION_SUFFIX:-}" ] && args+=(--version-suffix "$VALKEY_VERSION_SUFFIX")
    if remote="$(git -C "$ROOT" remote get-url origin 2>/dev/null)"; then args+=("-p:RepositoryUrl=$remote"); fi
    if commit="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null)"; then args+=("-p:RepositoryCommit=$commit"); fi
    # In a private temp folder, as every build here: dotnet leaves two empty folders in the temp folder otherwise.
    with_private_tmp dotnet pack "$ROOT/src/Valkey.Cdktf/Valkey.Cdktf.csproj" "${args[@]}"
    ls "$ROOT/artifacts"
    ;;
  diff|deploy)
    # The CLI with the project's environment (scripts/env.sh): no telemetry, no update check,
    # no CLI-configuration noise; a bare `npx cdktf` has none of that.
    [ $# -ge 1 ] || { echo "build.sh: $cmd needs a stack name, such as: ./build.sh $cmd hml" >&2; exit 2; }
    bash "$ROOT/scripts/setup.sh"
    source "$ROOT/scripts/env.sh"
    [ -t 1 ] || export CI="${CI:-true}"
    PATH="$ROOT/$(dirname "$valkey_cli"):$valkey_cli_node$PATH" exec "$ROOT/$valkey_cli" "$cmd" "$@"
    ;;
  help|-h|--help) usage ;;
  *) echo "build.sh: unknown command '$cmd'" >&2; usage >&2; exit 2 ;;
esac
