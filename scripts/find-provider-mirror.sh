# Sourced by .ci/run and build.sh: when VALKEY_TF_PROVIDER_MIRROR is unset, looks for a
# Terraform filesystem mirror holding hashicorp/aws (unpacked layout) in the usual places a
# machine image keeps one, and exports the first found. Prints nothing; finds nothing quietly
# (the rehearsal then says how to provide a provider). bash 3.2 and POSIX find.
if [ -z "${VALKEY_TF_PROVIDER_MIRROR:-}" ]; then
  for _root in "$HOME/.terraform.d" "$HOME/.local/share/terraform" /usr/local/share/terraform /usr/share/terraform /opt /srv /usr/local; do
    [ -d "$_root" ] || continue
    _binary="$(find "$_root" -maxdepth 8 -path '*/registry.terraform.io/hashicorp/aws/*/*/terraform-provider-aws_*' -type f 2>/dev/null | head -n 1)"
    if [ -n "$_binary" ]; then
      # <mirror>/registry.terraform.io/hashicorp/aws/<version>/<os_arch>/<binary>: five levels up.
      VALKEY_TF_PROVIDER_MIRROR="$(cd "$(dirname "$_binary")/../../../../.." && pwd)"
      export VALKEY_TF_PROVIDER_MIRROR
      break
    fi
  done
  unset _root _binary
fi
