#!/usr/bin/env bash
# Portal's entry points: `./portal.sh demo` runs Portal with its demo backend, `./portal.sh test` runs every test,
# `./portal.sh cluster` runs three NATS nodes, three Portal instances and HAProxy from deploy/ (docs/deployment.md),
# `./portal.sh loadrun` measures the dashboard and patient list under load (docs/benchmarks.md), `./portal.sh chaos`
# kills and hangs one part of the stack at a time under load and prints what Portal answered and logged.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  echo "usage: ./portal.sh test    # install prerequisites, build, run every test"
  echo "       ./portal.sh demo [--htpi-only | --platform-only]    # install prerequisites, start nats-server, the demo backend and Portal on 127.0.0.1"
  echo "       ./portal.sh cluster # as a cluster: three nats-server nodes, the demo backend, three Portal instances, HAProxy in front"
  echo "       ./portal.sh loadrun [--clients 64] [--duration 10] [--warmup 5] [--pairs 6] [--against DIR]    # the page load run"
  echo "       ./portal.sh chaos [--clients 64] [--outage 60] [--baseline 5] [--settle 15] [--scenarios a,b]    # the fault run"
}

case "${1:-}" in
  test)
    scripts/install-prerequisites.sh --with-browser --with-cluster
    results=artifacts/test-results
    rm -rf "$results"
    status=0
    dotnet test Portal.sln --configuration Release --logger trx --results-directory "$results" || status=$?
    scripts/test-summary.sh "$results"
    exit $status
    ;;
  demo)
    shift
    exec scripts/demo.sh "$@"
    ;;
  cluster)
    exec scripts/cluster.sh
    ;;
  loadrun)
    shift
    # --cluster puts HAProxy in front of three Portals.
    scripts/install-prerequisites.sh --with-cluster
    exec dotnet run -c Release --project bench/Portal.LoadRun -- "$@"
    ;;
  chaos)
    shift
    scripts/install-prerequisites.sh
    exec dotnet run -c Release --project bench/Portal.Chaos -- "$@"
    ;;
  *)
    usage
    exit 2
    ;;
esac
