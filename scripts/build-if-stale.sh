# Sourced by scripts/setup.sh, scripts/app.sh and scripts/tools.sh: the one incremental-build check.
# build_if_stale PROJECT OUTPUT...: restores and builds PROJECT (Release) when an OUTPUT is
# missing or older than any source or build file; MSBuild's own no-op check costs seconds.
# Portable: bash 3.2 and POSIX tools (find -newer), as on macOS.
build_if_stale() {
  local project="$1" out stale=0
  shift
  for out in "$@"; do
    if [ ! -f "$_valkey_repo/$out" ] || [ -n "$(cd "$_valkey_repo" && find src tests Directory.Build.props Directory.Packages.props NuGet.config Valkey.Cdktf.sln \
          \( -name bin -o -name obj -o -name bin-cdktn -o -name obj-cdktn -o -name node_modules \) -prune -o -type f -newer "$out" -print 2>/dev/null | head -n 1)" ]; then
      stale=1
      break
    fi
  done
  [ "$stale" = 1 ] || return 0
  # In a private temp folder: each `dotnet build` leaves two empty folders (and NuGet's scratch)
  # in the temp folder and never removes them (measured with the .NET 10 SDK on this image).
  quietly with_private_tmp dotnet restore "$_valkey_repo/$project" --nologo -v quiet || { echo "build: dotnet restore failed (output above)" >&2; return 1; }
  quietly with_private_tmp dotnet build "$_valkey_repo/$project" -c Release --no-restore --nologo -v quiet || { echo "build: the build failed (output above)" >&2; return 1; }
  # An unchanged project keeps its old timestamp; the check above needs a fresh one.
  for out in "$@"; do touch "$_valkey_repo/$out"; done
}
_valkey_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# run_built NAME ARGS...: runs src/NAME's built Release dll with ARGS, building it first when a source is newer
# (scripts/app.sh for the app, scripts/tools.sh for the tools). Needs scripts/env.sh sourced and node_modules set up.
run_built() {
  local name="$1"
  shift
  if [ ! -d "$_valkey_repo/node_modules" ]; then
    echo "$name: node_modules is missing; run ./build.sh setup first" >&2
    exit 1
  fi
  build_if_stale "src/$name/$name.csproj" "src/$name/$valkey_bin/Release/net10.0/$name.dll"
  exec dotnet "$_valkey_repo/src/$name/$valkey_bin/Release/net10.0/$name.dll" "$@"
}
