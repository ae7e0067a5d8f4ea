#!/usr/bin/env bash
# Portal's entry points: `./portal.sh demo` runs Portal with its demo backend, `./portal.sh test` runs every test,
# `./portal.sh loadrun` measures the dashboard and patient list under load (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  echo "usage: ./portal.sh test    # install prerequisites, build, run every test"
  echo "       ./portal.sh demo    # install prerequisites, start nats-server, the demo backend and Portal on 127.0.0.1"
  echo "       ./portal.sh loadrun [--clients 64] [--duration 10] [--warmup 3]    # the page load run"
}

case "${1:-}" in
  test)
    scripts/install-prerequisites.sh --with-browser
    results=artifacts/test-results
    rm -rf "$results"
    status=0
    dotnet test Portal.sln --configuration Release --logger trx --results-directory "$results" || status=$?
    scripts/test-summary.sh "$results"
    exit $status
    ;;
  demo)
    exec scripts/demo.sh
    ;;
  loadrun)
    shift
    scripts/install-prerequisites.sh
    exec dotnet run -c Release --project bench/Portal.LoadRun -- "$@"
    ;;
  *)
    usage
    exit 2
    ;;
esac
