#!/usr/bin/env bash
# Set-up shared by every ./build.sh command. Idempotent: each step checks first and does
# nothing when its result is already there, so a second run rebuilds nothing.
#   1. npm packages from package-lock.json (the CDKTF CLI, the npm packages the C#
#      bindings come from, Node 22 for the jsii runtime);
#   2. the C# bindings HashiCorp.Cdktf, HashiCorp.Cdktf.Providers.Aws and Constructs:
#      taken from NuGet when a source serves them, else generated once with jsii-pacmak
#      into .feed/ (several minutes, 9+ GB of memory for the C# compiler; a line every
#      minute; one generation a machine: a second set-up waits for it under a lock);
#   3. restore and build of Valkey.Cdktf.sln (incremental).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# --- 0. tools -------------------------------------------------------------------------
command -v node >/dev/null || die "Node.js not found on PATH; install Node.js 20.9 or newer."
command -v npm >/dev/null || die "npm not found on PATH; it ships with Node.js."
command -v dotnet >/dev/null || die "the .NET SDK (dotnet) not found on PATH; install the .NET 10 SDK."
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=9)?0:1)' \
  || die "Node.js $(node --version) is too old: the CDKTF CLI 0.21 needs 20.9 or newer."

# --- 1. npm packages ------------------------------------------------------------------
# cksum is POSIX (GNU and BSD alike); enough to notice that the lockfile changed.
lock_hash="$(cksum < package-lock.json | awk '{ print $1 "-" $2 }')"
stamp="node_modules/.valkey-lock-cksum"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  say "installing npm packages from package-lock.json (about a minute) ..."
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_hash" > "$stamp"
fi
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

# --- 1b. the toolchain ------------------------------------------------------------------
# VALKEY_TOOLCHAIN=cdktn builds on CDK Terrain (Io.Cdktn) instead of CDKTF (HashiCorp.Cdktf, the default): its npm
# packages live in toolchains/cdktn, installed only then. MSBuild reads the same variable (Directory.Build.props).
toolchain="${VALKEY_TOOLCHAIN:-cdktf}"
case "$toolchain" in
  cdktf) npm_root="$ROOT"; packages="Constructs HashiCorp.Cdktf HashiCorp.Cdktf.Providers.Aws"
         sources="node_modules/constructs node_modules/cdktf node_modules/@cdktf/provider-aws" ;;
  cdktn) npm_root="$ROOT/toolchains/cdktn"; packages="Constructs Io.Cdktn Io.Cdktn.Providers.Aws"
         sources="toolchains/cdktn/node_modules/constructs toolchains/cdktn/node_modules/cdktn toolchains/cdktn/node_modules/@cdktn/provider-aws"
         tc_hash="$(cksum < "$npm_root/package-lock.json" | awk '{ print $1 "-" $2 }')"
         tc_stamp="$npm_root/node_modules/.valkey-lock-cksum"
         if [ ! -f "$tc_stamp" ] || [ "$(cat "$tc_stamp")" != "$tc_hash" ]; then
           say "installing the CDK Terrain npm packages from toolchains/cdktn/package-lock.json ..."
           (cd "$npm_root" && npm ci --no-audit --no-fund --loglevel=error >&2)
           echo "$tc_hash" > "$tc_stamp"
         fi ;;
  *) die "VALKEY_TOOLCHAIN=$toolchain: expected cdktf (the default) or cdktn (CDK Terrain)" ;;
esac

# --- 2. the C# bindings ---------------------------------------------------------------
# The versions are read from the files that pin them, so there is one place to change: the toolchain's group of
# Directory.Packages.props, between its marker comment and the group's end.
pkg_version() { awk -v tc="<!-- toolchain: $toolchain " -v id="$1" '
  index($0, tc) { on = 1; next } on && /<\/ItemGroup>/ { on = 0 }
  on && index($0, "Include=\"" id "\"") { sub(/.*Version="/, ""); sub(/".*/, ""); print; exit }' Directory.Packages.props; }
nuget_home="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
mkdir -p .feed   # NuGet.config names it; a missing local source is a restore error
have_all() {    # cheap: are all three already in NuGet's global packages folder?
  local id v lower
  for id in $packages; do
    v="$(pkg_version "$id")"
    lower="$(printf '%s' "$id" | tr '[:upper:]' '[:lower:]')"   # bash 3.2 has no ${id,,}
    [ -f "$nuget_home/$lower/$v/$lower.$v.nupkg" ] || return 1
  done
}
restore() { with_private_tmp dotnet restore Valkey.Cdktf.sln --nologo -v quiet "$@"; }

# One generation a machine: the compiler needs 9+ GB, so a second set-up (another clone, a
# second terminal) waits for the first, under a lock beside NuGet's global packages folder,
# and then finds the packages there. flock(1) where it exists (Linux); else a lock folder
# holding the owner's pid, taken over when that process is gone.
# One lock for every toolchain: two generations at once would need 20 GB.
lock_path="$nuget_home/.valkey-cdktf-bindings.lock"
release_lock() { :; }
take_lock() {
  mkdir -p "$nuget_home"
  local waited=0 owner
  if command -v flock >/dev/null; then
    exec 9>"$lock_path"
    until flock -n 9; do
      [ $((waited % 60)) -eq 0 ] && say "waiting for another set-up on this machine to finish generating the C# bindings ($((waited / 60)) min so far) ..."
      sleep 5; waited=$((waited + 5))
    done
    release_lock() { flock -u 9; exec 9>&-; }
  else
    until mkdir "$lock_path.d" 2>/dev/null; do
      owner="$(cat "$lock_path.d/pid" 2>/dev/null || true)"
      if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then rm -rf "$lock_path.d"; continue; fi
      [ $((waited % 60)) -eq 0 ] && say "waiting for another set-up on this machine (pid ${owner:-?}) to finish generating the C# bindings ($((waited / 60)) min so far) ..."
      sleep 5; waited=$((waited + 5))
    done
    echo $$ > "$lock_path.d/pid"
    release_lock() { rm -rf "$lock_path.d"; }
  fi
}

# Runs "$@" in the background, its output into the file $2, and says every minute on standard error that it still
# runs, with the memory of its largest process where ps can tell; returns its exit code. (The output goes to the file
# here, not by a redirection of the call, which would send these lines there too.)
with_progress() {
  local what="$1" log="$2" pid start=$SECONDS next=60 rss
  shift 2
  "$@" >"$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 2
    if [ $((SECONDS - start)) -ge "$next" ]; then
      rss="$(ps -A -o rss= 2>/dev/null | sort -n | tail -n 1 | awk '{ printf "%d", $1 / 1024 }')"
      say "still $what: $(((SECONDS - start) / 60)) min${rss:+; largest process ${rss} MiB} ..."
      next=$((next + 60))
    fi
  done
  wait "$pid"
}

if ! have_all; then
  take_lock
  trap 'release_lock' EXIT
  # Another set-up may have made them while this one waited.
  provider_package="${packages##* }"
  if ! have_all && ! ls ".feed/$provider_package.$(pkg_version "$provider_package").nupkg" >/dev/null 2>&1 && ! restore >/dev/null 2>&1; then
    for p in $sources; do
      [ -d "$p" ] || die "$p is missing; delete $(dirname "$p") and run again."
    done
    say "no NuGet source serves $(for id in $packages; do printf '%s %s, ' "$id" "$(pkg_version "$id")"; done | sed 's/, $//');"
    say "generating them with jsii-pacmak from the npm packages into .feed/ (once per machine:"
    say "about 9 minutes on 2 cores, with the C# compiler above 9 GB of memory) ..."
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp" "$tmp.log"; release_lock' EXIT
    start=$SECONDS
    # shellcheck disable=SC2086  # $sources: three paths without spaces
    if ! with_progress "generating the C# bindings" "$tmp.log" npx --no-install jsii-pacmak $sources \
         --target dotnet -o "$tmp"; then
      tail -n 40 "$tmp.log" >&2
      cp "$tmp.log" "$ROOT/.feed/jsii-pacmak.log" 2>/dev/null || true
      die "jsii-pacmak failed (full log: .feed/jsii-pacmak.log)."
    fi
    made="$(cd "$tmp/dotnet" && ls -- *.nupkg | tr '\n' ' ')"
    mv "$tmp"/dotnet/*.nupkg .feed/   # only whole packages reach the feed
    # The generator's folder and log go now: the EXIT trap that would remove them is cleared once the lock is released.
    rm -rf "$tmp" "$tmp.log"
    trap 'release_lock' EXIT
    say "generated ${made}in $((SECONDS - start)) s."
  fi
  # Into NuGet's global packages folder before the lock is released, so a waiting set-up finds them.
  have_all || quietly restore || die "dotnet restore failed (output above)."
  release_lock
  trap - EXIT
fi

# --- 3. restore and build -------------------------------------------------------------
# shellcheck source=scripts/build-if-stale.sh
source "$ROOT/scripts/build-if-stale.sh"
build_if_stale Valkey.Cdktf.sln \
  src/Valkey.Cdktf.App/$valkey_bin/Release/net10.0/Valkey.Cdktf.App.dll \
  src/Valkey.Cdktf.Tools/$valkey_bin/Release/net10.0/Valkey.Cdktf.Tools.dll \
  tests/Valkey.Cdktf.Tests/$valkey_bin/Release/net10.0/Valkey.Cdktf.Tests.dll \
  tests/Valkey.Cdktf.App.Tests/$valkey_bin/Release/net10.0/Valkey.Cdktf.App.Tests.dll \
  tests/Valkey.Cdktf.Tools.Rehearsal.Tests/$valkey_bin/Release/net10.0/Valkey.Cdktf.Tools.Rehearsal.Tests.dll \
  tests/Valkey.Cdktf.Tools.Deploy.Tests/$valkey_bin/Release/net10.0/Valkey.Cdktf.Tools.Deploy.Tests.dll || exit 1
