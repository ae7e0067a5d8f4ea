#!/usr/bin/env bash
# Installs what Portal's tests and demo need from Debian's packages, only where it is missing, after checking for the
# .NET SDK.
# --with-browser also installs what only the browser tests need: Chromium, and Node.js with npm for the npm packages
# the browser tests load into the page (axe-core, pinned in tests/Web.BrowserTests/package-lock.json).
# --with-cluster also installs HAProxy, the load balancer of `./portal.sh cluster` and of the cluster test (deploy/),
# and curl, with which `./portal.sh cluster` waits for each part to answer.
set -euo pipefail

browser_tests="$(cd "$(dirname "$0")/.." && pwd)/tests/Web.BrowserTests"
with_browser=false
with_cluster=false
for option in "$@"; do
  case "$option" in
    --with-browser) with_browser=true ;;
    --with-cluster) with_cluster=true ;;
    *) echo "usage: $0 [--with-browser] [--with-cluster]" >&2; exit 2 ;;
  esac
done

# The .NET SDK is the one prerequisite this script cannot install: Microsoft ships it, not Debian.
command -v dotnet >/dev/null 2>&1 || {
  echo "The .NET 10 SDK is required and 'dotnet' was not found; README.md, \"Before you start\", says how to install it." >&2
  exit 1
}

missing=()
[ -x /usr/sbin/nats-server ] || command -v nats-server >/dev/null 2>&1 || missing+=(nats-server)
# The tests and the load run stop processes with the kill program (procps), which a minimal Debian image lacks; bash's
# own kill builtin does not count.
type -P kill >/dev/null 2>&1 || missing+=(procps)
if $with_cluster; then
  [ -x /usr/sbin/haproxy ] || command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
fi
if $with_browser; then
  # The browser tests drive Debian's Chromium (Playwright's own browser download does not work here).
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages..."
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Please run as root, or install: ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  # After sudo, which would drop it from the environment.
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm keeps its own copy of the lock file in node_modules: a newer package-lock.json means the pins changed since.
if $with_browser && { [ ! -f "$browser_tests/node_modules/axe-core/axe.min.js" ] \
  || [ "$browser_tests/package-lock.json" -nt "$browser_tests/node_modules/.package-lock.json" ]; }; then
  echo "Installing the browser tests' npm packages (npm ci)..."
  (cd "$browser_tests" && npm ci --no-audit --no-fund)
fi
