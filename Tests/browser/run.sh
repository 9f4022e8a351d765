#!/usr/bin/env bash
# The browser and API suite: starts `padan serve` on a free loopback port over a scratch memory
# (the project's sample TMX plus hostile fixtures), runs the pytest suites against it, stops it.
#   Tests/browser/run.sh PADAN_BINARY [pytest args…]
set -euo pipefail
cd "$(dirname "$0")/../.."
padan="$(realpath "$1")"; shift
venv=.build/browser-venv
work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$padan" memory import TMX/desk-memory.tmx TMX/sample.tmx Tests/browser/fixtures/hostile.tmx --memory "$work/memory.sqlite" --quiet >/dev/null
port="$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$padan" serve --memory "$work/memory.sqlite" --glossary Glossaries --glossary Tests/browser/fixtures/hostile.tsv \
    --host 127.0.0.1 --port "$port" --max-upload 1 --quiet 2> "$work/server.log" &
server=$!
for _ in $(seq 1 100); do
    if "$venv/bin/python" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/api/memory/stats')" 2>/dev/null; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
    sleep 0.2
done
status=0
PADAN_URL="http://127.0.0.1:$port" PADAN_BINARY="$padan" PADAN_SCREENSHOTS="${PADAN_SCREENSHOTS:-Docs/screenshots}" \
    "$venv/bin/python" -m pytest -q Tests/browser "$@" || status=$?
if [ "$status" -ne 0 ]; then echo "--- server log (last 40 lines)" >&2; tail -40 "$work/server.log" >&2; fi
exit "$status"
