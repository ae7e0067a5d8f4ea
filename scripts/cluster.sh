#!/usr/bin/env bash
# Runs Portal as a cluster on one machine, with the configuration files of deploy/: three nats-server nodes joined by
# cluster routes, the demo backend, three Portal instances (NATS_URL lists all three nodes; one SECRET_KEY) and HAProxy
# in front of them on one port, all on 127.0.0.1. Prints the address and the demo logins; Ctrl-C stops everything.
#
# Environment (all optional): PORTAL_PORT (HAProxy's port, default 8080; another port when it is taken), and as for
# scripts/demo.sh: DEMO_BROADCAST_INTERVAL (seconds between live broadcasts, default 5), DEMO_CONFIGURATION (default
# Release), DEMO_STATE_DIR (where the logs go, default .cluster), DEMO_SKIP_BUILD=1 (use the binaries already built).
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=${DEMO_CONFIGURATION:-Release}
state_dir=${DEMO_STATE_DIR:-.cluster}
mkdir -p "$state_dir"
state_dir=$(cd "$state_dir" && pwd)

step() {
  echo "[$1/6] $2"
}

step 1 "Checking prerequisites (the .NET SDK, nats-server, HAProxy)..."
scripts/install-prerequisites.sh --with-cluster
nats_server=$(command -v nats-server 2>/dev/null || echo /usr/sbin/nats-server)
haproxy=$(command -v haproxy 2>/dev/null || echo /usr/sbin/haproxy)

source scripts/processes.sh
manage_processes "Cluster stopped." 15

# Waits until the last launched process writes a line matching $2 to its log $1; fails when it exits first or is
# still silent after 60 s, showing the end of its log.
await_line() {
  local log=$1 pattern=$2 pid=${pids[-1]} name=${names[-1]}
  for _ in $(seq 1 600); do
    grep -q -- "$pattern" "$log" 2>/dev/null && { echo "Started $name, pid $pid"; return 0; }
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited during start-up:" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "$name did not start within 60 s:" >&2
  tail -n 40 "$log" >&2
  return 1
}

# Waits until $2 answers 200 (a readiness check), failing when process $4 (by default the last launched) exits first
# or $2 has not answered 200 within 60 s, showing the end of its log $3.
await_ok() {
  local name=$1 url=$2 pid=${4:-${pids[-1]}}
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" = 200 ] && { echo "Started $name, pid $pid"; return 0; }
    kill -0 "$pid" 2>/dev/null || { echo "$name exited during start-up:" >&2; tail -n 40 "$3" >&2; return 1; }
    sleep 0.1
  done
  echo "$name did not answer $url with 200 within 60 s:" >&2
  tail -n 40 "$3" >&2
  return 1
}

build_portal_and_demo 2

platform_secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
secret_key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
portal_id=portal-demo

step 3 "Starting three nats-server nodes in a cluster (deploy/nats/cluster.conf)..."
client_ports=() cluster_ports=()
for i in 1 2 3; do
  client_ports+=("$(fresh_port)")
  cluster_ports+=("$(fresh_port)")
done
nats_urls=()
for i in 0 1 2; do
  launch "nats-server nats-$((i + 1))" "$state_dir/nats-$((i + 1)).log" env \
    NATS_SERVER_NAME="nats-$((i + 1))" NATS_HOST=127.0.0.1 \
    NATS_CLIENT_PORT="${client_ports[i]}" NATS_CLUSTER_PORT="${cluster_ports[i]}" \
    NATS_ROUTE_1="nats-route://127.0.0.1:${cluster_ports[0]}" \
    NATS_ROUTE_2="nats-route://127.0.0.1:${cluster_ports[1]}" \
    NATS_ROUTE_3="nats-route://127.0.0.1:${cluster_ports[2]}" \
    "$nats_server" -c deploy/nats/cluster.conf
  await_line "$state_dir/nats-$((i + 1)).log" "Listening for client connections on 127.0.0.1:${client_ports[i]}\$"
  nats_urls+=("nats://127.0.0.1:${client_ports[i]}")
done
nats_url=$(IFS=,; echo "${nats_urls[*]}")

step 4 "Starting the demo backend (HTPI services over NATS, Platform API over HTTP)..."
launch "demo backend" "$state_dir/backend.log" env \
  NATS_URL="$nats_url" DEMO_SERVE=both DEMO_PLATFORM_PORT=0 PLATFORM_API_SECRET="$platform_secret" PORTAL_ID="$portal_id" \
  DEMO_BROADCAST_INTERVAL="${DEMO_BROADCAST_INTERVAL:-5}" \
  dotnet "$backend_dll"
await_line "$state_dir/backend.log" '^Ready\.'
platform_url=$(sed -n 's/^Demo Platform API: //p' "$state_dir/backend.log" | head -n 1)

step 5 "Starting three Portal instances..."
portal_ports=()
for i in 1 2 3; do
  port=$(fresh_port)
  launch "Portal portal-$i" "$state_dir/portal-$i.log" env \
    NATS_URL="$nats_url" PLATFORM_API_URL="$platform_url" PLATFORM_API_SECRET="$platform_secret" \
    PORTAL_ID="$portal_id" SECRET_KEY="$secret_key" PORT="$port" BIND_ADDRESS=127.0.0.1 \
    FORWARDED_FOR_PROXIES=127.0.0.1 \
    dotnet "$portal_dll"
  portal_ports+=("$port")
done
# Started together, checked in turn: three .NET start-ups overlap instead of queueing.
for i in 0 1 2; do
  await_ok "Portal portal-$((i + 1)) on port ${portal_ports[i]}" "http://127.0.0.1:${portal_ports[i]}/readyz" \
    "$state_dir/portal-$((i + 1)).log" "${pids[-3 + i]}"
done

step 6 "Starting HAProxy in front of them (deploy/haproxy/haproxy.cfg)..."
stats_port=$(fresh_port)
port=${PORTAL_PORT:-8080}
if something_listens_on "$port"; then
  busy=$port
  port=$(fresh_port)
  echo "      Port $busy is in use; starting HAProxy on port $port instead."
fi
launch HAProxy "$state_dir/haproxy.log" env \
  PORTAL_LISTEN="127.0.0.1:$port" HAPROXY_STATS_LISTEN="127.0.0.1:$stats_port" HAPROXY_STATE_DIR="$state_dir" \
  PORTAL_1="127.0.0.1:${portal_ports[0]}" PORTAL_2="127.0.0.1:${portal_ports[1]}" PORTAL_3="127.0.0.1:${portal_ports[2]}" \
  "$haproxy" -db -f deploy/haproxy/haproxy.cfg
await_ok HAProxy "http://127.0.0.1:$port/readyz" "$state_dir/haproxy.log"

echo
echo "Portal is running at http://127.0.0.1:$port"
echo "  (HAProxy in front of Portal on ports ${portal_ports[*]}, its state at http://127.0.0.1:$stats_port/stats;"
echo "   NATS: $nats_url; logs in $state_dir/)"
echo "Demo logins:"
sed -n 's/^  \(.* \/ .*\)$/  \1/p' "$state_dir/backend.log"
echo "Kill one part to see the others carry on (kill -KILL <pid>, a Portal or a nats-server above). Ctrl-C stops all."

# A cluster outlives any one of its parts: report a process that exits, keep the others, until Ctrl-C.
set +e
running=("${!pids[@]}")
while [ ${#running[@]} -gt 0 ]; do
  watched=()
  for i in "${running[@]}"; do watched+=("${pids[i]}"); done
  wait -n "${watched[@]}"
  status=$?
  still=()
  for i in "${running[@]}"; do
    if kill -0 "${pids[i]}" 2>/dev/null; then
      still+=("$i")
    else
      echo "${names[i]} (pid ${pids[i]}) exited (status $status); the others carry on." >&2
    fi
  done
  running=("${still[@]}")
done
exit "$status"
