#!/usr/bin/env bash
# Install the Debian packages listed in system-packages.txt that are not installed yet.
set -euo pipefail
list="$(dirname "$0")/../system-packages.txt"
missing=()
for pkg in $(grep -v '^\s*#' "$list"); do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
