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

# Job control gives every background process its own process group (id = its pid), so stopping a group also stops
# whatever it started, and Ctrl-C reaches only this script.
set -m

pids=()
names=()

stop_all() {
  local status=$?
  trap - EXIT INT TERM
  local i waited
  # Portal first, then what it talks to, each gone before the next is stopped.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM -- "-${pids[i]}" 2>/dev/null || true
    waited=0
    while kill -0 -- "-${pids[i]}" 2>/dev/null && [ $waited -lt 100 ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    if kill -0 -- "-${pids[i]}" 2>/dev/null; then
      echo "${names[i]} did not stop within 10 s; killing it." >&2
      kill -KILL -- "-${pids[i]}" 2>/dev/null || true
    fi
    wait "${pids[i]}" 2>/dev/null || true
  done
  [ ${#pids[@]} -eq 0 ] || echo "Demo stopped."
  exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

something_listens_on() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A port below the kernel's ephemeral range (the ports outgoing connections take), where nothing is bound unless a
# program chose it; start_server still retries, since any check can be overtaken before the server binds.
fresh_port() {
  local low high port
  read -r low high </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || { low=32768 high=60999; }
  for _ in $(seq 1 100); do
    if [ "$low" -gt 11024 ]; then
      port=$((10000 + RANDOM % (low - 10000)))
    else
      port=$((high + 1 + RANDOM % (65535 - high)))
    fi
    if ! something_listens_on "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "No free loopback port found." >&2
  return 1
}

launch() {
  local name=$1 log=$2
  shift 2
  "$@" >"$log" 2>&1 &
  pids+=($!)
  names+=("$name")
}

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

backend_dll="samples/DemoBackend/bin/$configuration/net10.0/Portal.Demo.Backend.dll"
portal_dll="src/Web/bin/$configuration/net10.0/Portal.Web.dll"
if [ "${DEMO_SKIP_BUILD:-}" = 1 ] && [ -f "$backend_dll" ] && [ -f "$portal_dll" ]; then
  step 2 "Using the demo backend and Portal already built ($configuration)."
else
  step 2 "Building Portal and the demo backend ($configuration) in one build; the first build takes a minute or two..."
  build_started=$SECONDS
  # One build of both (scripts/demo.slnf) compiles the projects they share once, and in parallel where it can.
  dotnet build scripts/demo.slnf -c "$configuration" -nologo -v minimal -clp:NoSummary
  echo "      Built in $((SECONDS - build_started)) s."
fi

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
