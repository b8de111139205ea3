#!/usr/bin/env bash
# Benchmark of receipt polling (see docs/benchmarks.md, "Receipt polling"): builds Kurer and the driver, starts Payara
# Micro, stores CONVERSATIONS conversations (one letter each, one or two receipts delivered as corner 3), measures
# GET /health/live for comparison, then THREADS concurrent pollers doing GET /dpi/kvittering/{conversationid} for
# POLL_SECONDS, and stops the server it started when it exits.
#
#   bench/poll.sh                                        # results under bench/results/poll-<timestamp>/
#   CONVERSATIONS=200 POLL_SECONDS=5 bench/poll.sh       # smoke test
#
# Settings (environment): PORT (18250), CONVERSATIONS (10000), LOAD_THREADS (4), BATCH (50, letters signed per token),
# SENDERS (991825827,910753614), THREADS (8), POLL_SECONDS (30), POLL_WARMUP_SECONDS (10, unreported; 0 for none),
# FORWARD_INTERVAL (86400: dpi.forward.interval-seconds; the letters go to a mailbox provider without a route, so the
# outbox timer would retry all of them in the background, see docs/benchmarks.md; 5 is Kurer's default),
# LIVE_SECONDS (10), TOKEN_REFRESH_SECONDS (90; the warm-up uses 5 to exercise the refresh), HEAP (512m),
# SKIP_BUILD (unset; 1 reuses target/ and bench/target/),
# MEASURE_AFTER (unset; a shell command: after loading, the measured phases wait until it succeeds, checked every
# 10 s, or until MEASURE_DEADLINE, seconds since the epoch, has passed), e.g.
#   MEASURE_AFTER='tail -1 /tmp/ci.log | grep -q ^EXIT' MEASURE_DEADLINE=$(date -d '+25 min' +%s) bench/poll.sh
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PORT:-18250}
CONVERSATIONS=${CONVERSATIONS:-10000}
LOAD_THREADS=${LOAD_THREADS:-4}
BATCH=${BATCH:-50}
SENDERS=${SENDERS:-991825827,910753614}
THREADS=${THREADS:-8}
POLL_SECONDS=${POLL_SECONDS:-30}
POLL_WARMUP_SECONDS=${POLL_WARMUP_SECONDS:-10}
LIVE_SECONDS=${LIVE_SECONDS:-10}
TOKEN_REFRESH_SECONDS=${TOKEN_REFRESH_SECONDS:-90}
FORWARD_INTERVAL=${FORWARD_INTERVAL:-86400}
HEAP=${HEAP:-512m}
OUT=${OUT:-$ROOT/bench/results/poll-$(date +%Y%m%dT%H%M%S)}
mkdir -p "$OUT"
DIR="$OUT/server-poll"

source bench/common.sh
build PollBench
record_machine

# --- server --------------------------------------------------------------------------------------------------------
start_server poll "$PORT" "$HEAP"
BASE="http://localhost:$PORT/"

# --- load ----------------------------------------------------------------------------------------------------------
log "load: $CONVERSATIONS conversations, $LOAD_THREADS threads, senders $SENDERS"
driver no.kurer.bench.PollBench base=$BASE phase=load conversations=$CONVERSATIONS threads=$LOAD_THREADS batch=$BATCH \
    senders=$SENDERS list="$OUT/conversations.tsv" out="$OUT/load.json" > /dev/null
log "load done: $(grep -m1 '"conversations_stored"' "$OUT/load.json") $(grep -m1 '"receipts_stored"' "$OUT/load.json") $(grep -m1 '"elapsed_seconds"' "$OUT/load.json")"
du -sh "$DIR/db" "$DIR/files" 2>/dev/null | sed 's/^/  stored: /' | tee -a "$OUT/run.log" >&2 || true

# --- wait for a quiet machine, if asked --------------------------------------------------------------------------
if [[ -n "${MEASURE_AFTER:-}" ]]; then
    log "waiting for: $MEASURE_AFTER (until $(date -d "@${MEASURE_DEADLINE:-0}" +%H:%M:%S))"
    until bash -c "$MEASURE_AFTER"; do
        if (( $(date +%s) >= ${MEASURE_DEADLINE:-0} )); then
            log "deadline passed; measuring anyway"
            echo "measured although '$MEASURE_AFTER' still failed (deadline passed)" >> "$OUT/machine.txt"
            break
        fi
        sleep 10
    done
    log "measuring"
fi
server_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
t0=$(server_ticks); sleep 10; t1=$(server_ticks)
{
    echo "at the start of the measured phases ($(date -Is)):"
    echo "  server CPU while idle, 10 s before measuring: $(awk -v d=$((t1 - t0)) 'BEGIN {printf "%.2f", d / 1000}') cores"
    echo "  database file: $(du -sh "$DIR/db" | cut -f1)"
    echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "  other java processes:"
    pgrep -a java | grep -v " $SERVER_PID " | grep -v "^$SERVER_PID " | cut -c1-160 | sed 's/^/    /' || true
} >> "$OUT/machine.txt"

# --- trivial endpoint for comparison ---------------------------------------------------------------------------------
log "GET /health/live, $THREADS threads, ${LIVE_SECONDS}s (after a 5 s warm-up)"
driver no.kurer.bench.IntakeBench base=$BASE phase=live threads=$THREADS seconds=5 server-pid=$SERVER_PID \
    out="$OUT/live-warmup.json" > /dev/null
driver no.kurer.bench.IntakeBench base=$BASE phase=live threads=$THREADS seconds=$LIVE_SECONDS server-pid=$SERVER_PID \
    out="$OUT/live.json" > /dev/null
log "live done: $(grep -m1 accepted_per_second "$OUT/live.json")"

# --- polling -------------------------------------------------------------------------------------------------------
if (( POLL_WARMUP_SECONDS > 0 )); then
    log "poll warm-up: $THREADS threads, ${POLL_WARMUP_SECONDS}s (not reported as the result)"
    driver no.kurer.bench.PollBench base=$BASE phase=poll threads=$THREADS seconds=$POLL_WARMUP_SECONDS \
        token-refresh-seconds=5 server-pid=$SERVER_PID list="$OUT/conversations.tsv" out="$OUT/poll-warmup.json" > /dev/null
fi
log "poll: $THREADS threads, ${POLL_SECONDS}s"
driver no.kurer.bench.PollBench base=$BASE phase=poll threads=$THREADS seconds=$POLL_SECONDS \
    token-refresh-seconds=$TOKEN_REFRESH_SECONDS server-pid=$SERVER_PID list="$OUT/conversations.tsv" out="$OUT/poll.json" > /dev/null
log "poll done: $(grep -m1 accepted_per_second "$OUT/poll.json") $(grep -m1 '"p99_ms"' "$OUT/poll.json")"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
log "results in $OUT"
