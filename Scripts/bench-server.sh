#!/usr/bin/env bash
# Server load: `padan serve` on a free loopback port over the UNITS-unit wire memory; wrk (Debian)
# runs 32 concurrent clients of fuzzy lookups (GET /api/memory/lookup, 300 different fresh and
# near-repeat sentences) for DURATION seconds while a TMX import of IMPORT_UNITS new units is
# uploaded to the same server. Prints lookups/s, p50/p95/p99 latency, failed requests (non-2xx,
# socket errors, time-outs) and how long the import ran inside the window. Loopback only, bounded.
# UNITS=100000 bash Scripts/bench-server.sh for a quicker run; binaries from `swift build -c release`.
set -euo pipefail
cd "$(dirname "$0")/.."
UNITS="${UNITS:-1000000}"
IMPORT_UNITS="${IMPORT_UNITS:-200000}"
DURATION="${DURATION:-20}"
CLIENTS=32
BIN="${BIN:-.build/release}"
WORK=.build/bench-server
mkdir -p "$WORK" .build/bench-memory
command -v wrk >/dev/null || { echo "installing wrk" >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

TMX=.build/bench-memory/wire-$UNITS.tmx
[ -s "$TMX" ] || "$BIN/padan-dev" generate-memory --units "$UNITS" --seed 1 --style wire -o "$TMX"
BASE="$WORK/memory-$UNITS.sqlite"
[ -s "$BASE" ] || "$BIN/padan" memory import "$TMX" --memory "$BASE" --quiet >/dev/null
MEMORY="$WORK/serving.sqlite"
rm -f "$MEMORY" "$MEMORY-wal" "$MEMORY-shm"
cp "$BASE" "$MEMORY"
IMPORT="$WORK/import-$IMPORT_UNITS.tmx"
[ -s "$IMPORT" ] || "$BIN/padan-dev" generate-memory --units "$IMPORT_UNITS" --seed 2 --style wire -o "$IMPORT"

# Queries: sentences the memory holds with one number changed, and fresh ones from another seed.
QUERIES="$WORK/queries.tmx"
[ -s "$QUERIES" ] || "$BIN/padan-dev" generate-memory --units 300 --seed 3 --style wire -o "$QUERIES"
python3 - "$QUERIES" "$TMX" > "$WORK/lookup.lua" <<'PY'
import re, sys, urllib.parse
def sources(path, limit):
    found, in_source = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if '<tuv xml:lang="id' in line:
                in_source = True
            match = re.search(r"<seg>(.*?)</seg>", line)
            if match and in_source:
                found.append(match.group(1))
                in_source = False
                if len(found) == limit: return found
    return found
fresh = sources(sys.argv[1], 150)
near = [re.sub(r"\d+", lambda m: str(int(m.group()) + 1), s, count=1) for s in sources(sys.argv[2], 150)]
unescape = lambda s: s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
paths = ["/api/memory/lookup?text=" + urllib.parse.quote(unescape(s)) for s in fresh + near]
print("local paths = {" + ",".join('"%s"' % p for p in paths) + "}")
print("""
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("LOAD %d %.3f %.3f %.3f %.3f %d %d %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write, e.timeout))
end""")
PY

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$BIN/padan" serve --memory "$MEMORY" --port "$PORT" --max-upload 4096 --quiet 2> "$WORK/server.log" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do
    curl -sf "http://127.0.0.1:$PORT/api/memory/stats" >/dev/null && break
    sleep 0.2
done
URL="http://127.0.0.1:$PORT"
LOAD_AVERAGE="$(cut -d' ' -f1 /proc/loadavg)"

# The peer in the same run: the same load with no import, and the server's CPU time for it.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
ticks_before=$(cpu_ticks)
wrk -t2 -c"$CLIENTS" -d"${IDLE_DURATION:-10}s" --timeout 10s -s "$WORK/lookup.lua" "$URL" > "$WORK/wrk-idle.out"
read -r _ idle_requests idle_seconds idle_p50 idle_p95 _ idle_status idle_sockets idle_timeouts < <(grep '^LOAD' "$WORK/wrk-idle.out")
idle_cpu_ms=$(awk -v a="$ticks_before" -v b="$(cpu_ticks)" -v hz="$(getconf CLK_TCK)" -v n="$idle_requests" 'BEGIN { printf "%.1f", (b - a) * 1000 / hz / n }')

start=$(date +%s.%N)
( code=$(curl -s -o "$WORK/import-answer.json" -w '%{http_code}' -H 'X-Padan-Request: 1' -H 'Content-Type: application/xml' \
      --data-binary @"$IMPORT" "$URL/api/memory/import?origin=bench-import.tmx")
  echo "$code $(date +%s.%N)" > "$WORK/import-done" ) &
IMPORTER=$!
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 10s -s "$WORK/lookup.lua" "$URL" > "$WORK/wrk.out"
wait "$IMPORTER"
read -r code finished < "$WORK/import-done"
read -r _ requests seconds p50 p95 p99 status sockets timeouts < <(grep '^LOAD' "$WORK/wrk.out")
added=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("added", "?"))' "$WORK/import-answer.json" 2>/dev/null || echo "?")
awk -v n="$requests" -v s="$seconds" -v a="$p50" -v b="$p95" -v c="$p99" -v st="$status" -v so="$sockets" -v t="$timeouts" \
    -v u="$UNITS" -v k="$CLIENTS" -v la="$LOAD_AVERAGE" -v ir="$idle_requests" -v is="$idle_seconds" -v i50="$idle_p50" -v i95="$idle_p95" -v ifail="$((idle_status + idle_sockets + idle_timeouts))" -v code="$code" -v added="$added" -v iu="$IMPORT_UNITS" -v t0="$start" -v t1="$finished" -v d="$DURATION" 'BEGIN {
    printf "server lookups:        %.0f lookups/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d clients, %d requests in %.1f s, %d-unit memory)\n", n / s, a, b, c, k, n, s, u
    printf "same, no import:       %.0f lookups/s, p50 %.1f ms, p95 %.1f ms, %d failed; %s ms of server CPU per lookup (machine load average at start %s on %d cores)\n", ir / is, i50, i95, ifail, "'"$idle_cpu_ms"'", la, '"$(nproc)"'
    printf "failed requests:       %d (non-2xx %d, socket errors %d, time-outs %d)\n", st + so + t, st, so, t
    printf "import meanwhile:      HTTP %s, %s of %d units added in %.1f s (inside the %d s window: %.1f s)\n", code, added, iu, t1 - t0, d, (t1 - t0 < d ? t1 - t0 : d)
}'
