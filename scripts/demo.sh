#!/usr/bin/env bash
# Runs Portal against the demo backend: nats-server, the demo backend (HTPI over NATS, Platform API over HTTP) and
# Portal itself, all on 127.0.0.1. Prints the URL and the demo logins; Ctrl-C stops all three and leaves nothing behind.
#
# Environment (all optional): PORTAL_PORT (default 8080, or a free port if 8080 is taken),
# DEMO_BROADCAST_INTERVAL (seconds between live broadcasts, default 5), DEMO_CONFIGURATION (default Release),
# DEMO_STATE_DIR (where the logs go, default .demo), DEMO_SKIP_BUILD=1 (use the demo backend and Portal binaries already
# built in DEMO_CONFIGURATION instead of building them; still builds when either is missing. For a caller that has just
# built them itself, such as the quick-start test running inside `dotnet test`, where a second build would clash).
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=${DEMO_CONFIGURATION:-Release}
state_dir=${DEMO_STATE_DIR:-.demo}
mkdir -p "$state_dir"

command -v dotnet >/dev/null 2>&1 || { echo "The .NET SDK is required (https://dot.net); 'dotnet' was not found." >&2; exit 1; }
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

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if port_is_free "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "No free loopback port found." >&2
  return 1
}

# Polls until $2 succeeds; $1 names what is awaited, $3 is the log shown when it never does.
wait_until() {
  local what=$1 check=$2 log=$3 pid=$4
  for _ in $(seq 1 600); do
    if eval "$check"; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$what exited during start-up:" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "$what did not become ready within 60 s:" >&2
  tail -n 40 "$log" >&2
  return 1
}

start() {
  local name=$1 log=$2
  shift 2
  "$@" >"$log" 2>&1 &
  pids+=($!)
  names+=("$name")
  # The pid is also the process group id: what a supervisor (or the quick-start test) checks is gone after a stop.
  echo "Started $name, pid $!"
}

backend_dll="samples/DemoBackend/bin/$configuration/net10.0/Portal.Demo.Backend.dll"
portal_dll="src/Web/bin/$configuration/net10.0/Portal.Web.dll"
if [ "${DEMO_SKIP_BUILD:-}" = 1 ] && [ -f "$backend_dll" ] && [ -f "$portal_dll" ]; then
  echo "Using the demo backend and Portal already built ($configuration)."
else
  echo "Building the demo backend and Portal ($configuration)..."
  dotnet build samples/DemoBackend/DemoBackend.csproj -c "$configuration" -nologo -v quiet
  dotnet build src/Web/Web.csproj -c "$configuration" -nologo -v quiet
fi

nats_port=$(free_port)
portal_port=${PORTAL_PORT:-8080}
port_is_free "$portal_port" || portal_port=$(free_port)
platform_secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
secret_key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
portal_id=portal-demo
nats_url="nats://127.0.0.1:$nats_port"

start nats-server "$state_dir/nats.log" "$nats_server" -a 127.0.0.1 -p "$nats_port"
wait_until nats-server "! port_is_free $nats_port" "$state_dir/nats.log" "${pids[-1]}"

start "demo backend" "$state_dir/backend.log" env \
  NATS_URL="$nats_url" DEMO_PLATFORM_PORT=0 PLATFORM_API_SECRET="$platform_secret" PORTAL_ID="$portal_id" \
  DEMO_BROADCAST_INTERVAL="${DEMO_BROADCAST_INTERVAL:-5}" \
  dotnet "$backend_dll"
wait_until "The demo backend" "grep -q '^Ready\.' '$state_dir/backend.log'" "$state_dir/backend.log" "${pids[-1]}"
platform_url=$(sed -n 's/^Demo Platform API: //p' "$state_dir/backend.log" | head -n 1)

start Portal "$state_dir/portal.log" env \
  NATS_URL="$nats_url" PLATFORM_API_URL="$platform_url" PLATFORM_API_SECRET="$platform_secret" PORTAL_ID="$portal_id" \
  SECRET_KEY="$secret_key" PORT="$portal_port" BIND_ADDRESS=127.0.0.1 \
  dotnet "$portal_dll"
wait_until Portal "! port_is_free $portal_port" "$state_dir/portal.log" "${pids[-1]}"

echo
echo "Portal is running at http://127.0.0.1:$portal_port"
echo "  (demo Platform API: $platform_url, NATS: $nats_url, logs in $state_dir/)"
echo "Demo logins:"
sed -n 's/^  \(.* \/ .*\)$/  \1/p' "$state_dir/backend.log"
echo "Press Ctrl-C to stop."

# Returns when any of the three exits; the trap then stops the others.
set +e
wait -n "${pids[@]}"
status=$?
set -e
echo "A demo process exited (status $status); stopping the others." >&2
exit "$status"
