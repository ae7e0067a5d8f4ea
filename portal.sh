#!/usr/bin/env bash
# Portal's two entry points: `./portal.sh demo` runs Portal with its demo backend, `./portal.sh test` runs every test.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  echo "usage: ./portal.sh test    # install prerequisites, build, run every test"
  echo "       ./portal.sh demo    # install prerequisites, start nats-server, the demo backend and Portal on 127.0.0.1"
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
  *)
    usage
    exit 2
    ;;
esac
