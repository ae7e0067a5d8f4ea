#!/usr/bin/env bash
# Runs Portal against the demo backend: nats-server, the demo backend (HTPI over NATS, Platform API over HTTP) and
# Portal itself, all on 127.0.0.1. Prints the URL and the demo logins; Ctrl-C stops all three and leaves nothing behind.
#
# Usage: scripts/demo.sh [--htpi-only | --platform-only]
#   (default)        both backends: HTPI signs users in, the Platform serves billing, services and support
#   --htpi-only      the HTPI services only: Portal starts without PLATFORM_API_URL
#   --platform-only  the Platform API only: no nats-server, Portal starts without NATS_URL; logins are Platform users
#
# Environment (all optional; docs/configuration.md, "The demo"): PORTAL_PORT (Portal's port, default 8080; another port
# when it is taken), DEMO_NATS_PORT (nats-server's port, default any free one), DEMO_BROADCAST_INTERVAL (seconds
# between live broadcasts, default 5), DEMO_CONFIGURATION (default Release), DEMO_STATE_DIR (where the logs go, default
# .demo), DEMO_SKIP_BUILD=1 (use the demo backend and Portal binaries already built in DEMO_CONFIGURATION instead of
# building them; still builds when either is missing. For a caller that has just built them itself, such as the
# quick-start test running inside `dotnet test`, where a second build would clash).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=both
case "${1:-}" in
  "") ;;
  --htpi-only) mode=htpi ;;
  --platform-only) mode=platform ;;
  *)
    echo "usage: scripts/demo.sh [--htpi-only | --platform-only]" >&2
    exit 2
    ;;
esac

configuration=${DEMO_CONFIGURATION:-Release}
state_dir=${DEMO_STATE_DIR:-.demo}
mkdir -p "$state_dir"
max_attempts=10

step() {
  echo "[$1/5] $2"
}

step 1 "Checking prerequisites (the .NET SDK, nats-server)..."
scripts/install-prerequisites.sh
nats_server=$(command -v nats-server 2>/dev/null || echo /usr/sbin/nats-server)

source scripts/processes.sh
manage_processes "Demo stopped." 10

forget_last() {
  wait "${pids[-1]}" 2>/dev/null || true
  unset 'pids[-1]' 'names[-1]'
}

# Waits until the last launched process writes a line matching $2 to its log $1. Returns 1 when it exits first,
# 2 when it is still silent after 60 s.
await_line() {
  local log=$1 pattern=$2 pid=${pids[-1]}
  for _ in $(seq 1 600); do
    grep -q -- "$pattern" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 2
}

# start_server NAME LOG PREFERRED_PORT LISTENING_LINE COMMAND...: runs COMMAND with {port} replaced by a port, and
# counts it started once its own log says it listens there (LISTENING_LINE, with {port} replaced too): another process
# answering on that port does not count. When the port was taken, it starts again on a fresh one. Sets server_port.
start_server() {
  local name=$1 log=$2 port=${3:-} listening=$4 attempt outcome arguments argument
  shift 4
  [ -n "$port" ] || port=$(fresh_port)
  for ((attempt = 1; attempt <= max_attempts; attempt++)); do
    if something_listens_on "$port"; then
      local busy=$port
      port=$(fresh_port)
      echo "      Port $busy is in use; starting $name on port $port instead."
    fi
    arguments=()
    for argument in "$@"; do
      arguments+=("${argument//\{port\}/$port}")
    done
    launch "$name" "$log" "${arguments[@]}"
    outcome=0
    # Quietly: a server that fails to bind may die of a signal (.NET aborts), which bash would otherwise announce.
    await_line "$log" "${listening//\{port\}/$port}" 2>/dev/null || outcome=$?
    if [ $outcome -eq 0 ]; then
      server_port=$port
      # The pid is also the process group id: what a supervisor (or the quick-start test) checks is gone after a stop.
      echo "Started $name, pid ${pids[-1]}"
      return 0
    fi
    if [ $outcome -eq 1 ] && grep -qi 'address already in use' "$log"; then
      forget_last
      local taken=$port
      port=$(fresh_port)
      echo "      Port $taken was taken; starting $name on port $port instead."
      continue
    fi
    [ $outcome -eq 1 ] && echo "$name exited during start-up:" >&2 || echo "$name did not start listening within 60 s:" >&2
    tail -n 40 "$log" >&2
    return 1
  done
  echo "$name found no free port in $max_attempts attempts:" >&2
  tail -n 40 "$log" >&2
  return 1
}

build_portal_and_demo 2

platform_secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
secret_key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
portal_id=portal-demo

nats_url=
if [ "$mode" = platform ]; then
  step 3 "No nats-server (--platform-only)."
else
  step 3 "Starting nats-server..."
  start_server nats-server "$state_dir/nats.log" "${DEMO_NATS_PORT:-}" \
    "Listening for client connections on 127.0.0.1:{port}\$" \
    "$nats_server" -a 127.0.0.1 -p "{port}"
  nats_url="nats://127.0.0.1:$server_port"
fi

case "$mode" in
  both) step 4 "Starting the demo backend (HTPI services over NATS, Platform API over HTTP)..." ;;
  htpi) step 4 "Starting the demo backend (HTPI services over NATS only)..." ;;
  platform) step 4 "Starting the demo backend (Platform API over HTTP only)..." ;;
esac
# The demo backend's Platform API takes a port the OS picks (DEMO_PLATFORM_PORT=0) and names it in its log.
backend_settings=(DEMO_SERVE="$mode" DEMO_PLATFORM_PORT=0 PLATFORM_API_SECRET="$platform_secret" PORTAL_ID="$portal_id"
  DEMO_BROADCAST_INTERVAL="${DEMO_BROADCAST_INTERVAL:-5}")
[ -z "$nats_url" ] || backend_settings+=(NATS_URL="$nats_url")
launch "demo backend" "$state_dir/backend.log" env -u NATS_URL "${backend_settings[@]}" dotnet "$backend_dll"
backend_outcome=0
await_line "$state_dir/backend.log" '^Ready\.' || backend_outcome=$?
if [ $backend_outcome -ne 0 ]; then
  [ $backend_outcome -eq 1 ] && echo "The demo backend exited during start-up:" >&2 || echo "The demo backend was not ready within 60 s:" >&2
  tail -n 40 "$state_dir/backend.log" >&2
  exit 1
fi
echo "Started demo backend, pid ${pids[-1]}"
platform_url=
[ "$mode" = htpi ] || platform_url=$(sed -n 's/^Demo Platform API: //p' "$state_dir/backend.log" | head -n 1)

step 5 "Starting Portal..."
# Each backend Portal is not given stays unset, even when this shell has it: that is how Portal knows its mode.
portal_settings=(PORTAL_ID="$portal_id" SECRET_KEY="$secret_key" PORT="{port}" BIND_ADDRESS=127.0.0.1)
[ -z "$nats_url" ] || portal_settings+=(NATS_URL="$nats_url")
[ -z "$platform_url" ] || portal_settings+=(PLATFORM_API_URL="$platform_url" PLATFORM_API_SECRET="$platform_secret")
start_server Portal "$state_dir/portal.log" "${PORTAL_PORT:-8080}" \
  "Now listening on: http://127.0.0.1:{port}\$" \
  env -u NATS_URL -u PLATFORM_API_URL -u PLATFORM_API_SECRET "${portal_settings[@]}" \
  dotnet "$portal_dll"
portal_port=$server_port

echo
echo "Portal is running at http://127.0.0.1:$portal_port"
echo "  (demo Platform API: ${platform_url:-off}, NATS: ${nats_url:-off}, logs in $state_dir/)"
echo "Demo logins:"
sed -n 's/^  \(.* \/ .*\)$/  \1/p' "$state_dir/backend.log"
if [ "$mode" != platform ]; then
  echo "The demo's data changes by itself: every ${DEMO_BROADCAST_INTERVAL:-5} s the backend broadcasts a new activity, a"
  echo "patient, visit or claim change, and open pages show it live."
fi
echo "Press Ctrl-C to stop."

# Returns when any of the three exits; the trap then stops the others.
set +e
wait -n "${pids[@]}"
status=$?
set -e
echo "A demo process exited (status $status); stopping the others." >&2
exit "$status"
