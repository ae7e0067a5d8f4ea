# Sourced by scripts/demo.sh and scripts/cluster.sh, not run: the background processes they start (each in its own
# process group, stopped newest first), free loopback ports, and the one build of Portal and the demo backend.

pids=()
names=()
stopped_message=
stop_wait_tenths=100
# Ports handed out so far; a file, because callers take ports in command substitutions (subshells).
taken_ports_file=$(mktemp)

# manage_processes MESSAGE SECONDS: job control gives every background process its own process group (id = its pid),
# so stopping a group also stops whatever it started, and Ctrl-C reaches only the script. On exit each process gets
# SIGTERM and SECONDS to go before it is killed; MESSAGE is printed once all are gone.
manage_processes() {
  stopped_message=$1
  stop_wait_tenths=$(($2 * 10))
  set -m
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

stop_all() {
  local status=$?
  trap - EXIT INT TERM
  local i waited
  # Portal first, then what it talks to, each gone before the next is stopped.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM -- "-${pids[i]}" 2>/dev/null || true
    waited=0
    while kill -0 -- "-${pids[i]}" 2>/dev/null && [ $waited -lt "$stop_wait_tenths" ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    if kill -0 -- "-${pids[i]}" 2>/dev/null; then
      echo "${names[i]} did not stop within $((stop_wait_tenths / 10)) s; killing it." >&2
      kill -KILL -- "-${pids[i]}" 2>/dev/null || true
    fi
    wait "${pids[i]}" 2>/dev/null || true
  done
  rm -f "$taken_ports_file"
  [ ${#pids[@]} -eq 0 ] || echo "$stopped_message"
  exit "$status"
}

something_listens_on() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A port below the kernel's ephemeral range (the ports outgoing connections take), where nothing is bound unless a
# program chose it, and not handed out before; a server start still has to retry, since any check can be overtaken
# before the server binds.
fresh_port() {
  local low high port
  read -r low high </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || { low=32768 high=60999; }
  for _ in $(seq 1 100); do
    if [ "$low" -gt 11024 ]; then
      port=$((10000 + RANDOM % (low - 10000)))
    else
      port=$((high + 1 + RANDOM % (65535 - high)))
    fi
    if ! grep -qx "$port" "$taken_ports_file" && ! something_listens_on "$port"; then
      echo "$port" >>"$taken_ports_file"
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

# build_portal_and_demo STEP: one build of both (scripts/demo.slnf) compiles the projects they share once, and in
# parallel where it can; DEMO_SKIP_BUILD=1 uses what is built in $configuration when both are there.
build_portal_and_demo() {
  backend_dll="samples/DemoBackend/bin/$configuration/net10.0/Portal.Demo.Backend.dll"
  portal_dll="src/Web/bin/$configuration/net10.0/Portal.Web.dll"
  if [ "${DEMO_SKIP_BUILD:-}" = 1 ] && [ -f "$backend_dll" ] && [ -f "$portal_dll" ]; then
    step "$1" "Using the demo backend and Portal already built ($configuration)."
  else
    step "$1" "Building Portal and the demo backend ($configuration) in one build; the first build takes a minute or two..."
    local build_started=$SECONDS
    dotnet build scripts/demo.slnf -c "$configuration" -nologo -v minimal -clp:NoSummary
    echo "      Built in $((SECONDS - build_started)) s."
  fi
}
