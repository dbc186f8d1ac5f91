#!/usr/bin/env bash
# The Hub's test command: installs what a clean machine lacks (Debian's Chromium for the viewer's browser
# tests), then builds and runs the whole suite. npm packages are installed by the build itself.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's Chromium for the browser tests…"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

dotnet test Hub.sln --logger "console;verbosity=minimal" "$@"
