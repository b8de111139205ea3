#!/usr/bin/env bash
# Benchmarks of the DPI C2 intake (see docs/benchmarks.md): builds Kurer and the load driver, starts Payara Micro,
# runs phase A (GET /health/live), phase B (POST+PUT /dpi/sendmelding with 100 KiB packages) and phase C (one 1 GiB PUT
# to a server with -Xmx256m), and stops every server it started when it exits.
#
#   bench/run.sh                 # everything, results under bench/results/<timestamp>/
#   PHASES="A B" bench/run.sh    # some phases only
#   PHASES=M bench/run.sh        # phase B with metrics off and on, alternating (METRICS_ROUNDS, SCRAPE_SECONDS)
#
# Settings (environment): PORT (18200), BIG_PORT (18201), THREADS (8), LIVE_SECONDS (10), INTAKE_SECONDS (30),
# WARMUP_SECONDS (60, an unreported intake run first, long enough for the JIT compiler to finish on 2 cores; 0 for
# none) with WARMUP_MESSAGES_PER_THREAD (1500),
# MESSAGES_PER_THREAD (1500), PACKAGE_BYTES (102400),
# HEAP (512m, phases A/B), BIG_HEAP (256m), BIG_CONTENT_BYTES (1073741824), THREAD_DUMPS (0; e.g. 3 during phase B),
# PROFILE (unset; 1 records phase B's timed window with Java Flight Recorder, summarised in B-profile.txt),
# SKIP_BUILD (unset; 1 reuses target/ and bench/target/), WAR (target/kurer.war), START_SECONDS (180: how long a server may take to start),
# FORWARD_INTERVAL (86400: dpi.forward.interval-seconds, so the accepted letters stay in the outbox and phase B measures
# the intake alone; 5, Kurer's default, also forwards them to the sandbox corner 3 in the same server),
# DB (h2; postgresql starts a PostgreSQL for each server, see common.sh).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PORT:-18200}
BIG_PORT=${BIG_PORT:-18201}
THREADS=${THREADS:-8}
LIVE_SECONDS=${LIVE_SECONDS:-10}
INTAKE_SECONDS=${INTAKE_SECONDS:-30}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
MESSAGES_PER_THREAD=${MESSAGES_PER_THREAD:-1500}
WARMUP_MESSAGES_PER_THREAD=${WARMUP_MESSAGES_PER_THREAD:-1500}
PACKAGE_BYTES=${PACKAGE_BYTES:-102400}
FORWARD_INTERVAL=${FORWARD_INTERVAL:-86400}
HEAP=${HEAP:-512m}
BIG_HEAP=${BIG_HEAP:-256m}
BIG_CONTENT_BYTES=${BIG_CONTENT_BYTES:-1073741824}
THREAD_DUMPS=${THREAD_DUMPS:-0}
PHASES=${PHASES:-A B C}
OUT=${OUT:-$ROOT/bench/results/$(date +%Y%m%dT%H%M%S)}
mkdir -p "$OUT"

source bench/common.sh
build IntakeBench
record_machine


if [[ " $PHASES " == *" A "* || " $PHASES " == *" B "* ]]; then
    start_server load "$PORT" "$HEAP"
    LOAD_PID=$SERVER_PID
    BASE="http://localhost:$PORT/"
    if [[ " $PHASES " == *" A "* ]]; then
        log "phase A: GET /health/live, $THREADS threads, ${LIVE_SECONDS}s (after a 5 s warm-up)"
        driver no.kurer.bench.IntakeBench base=$BASE phase=live threads=$THREADS seconds=5 server-pid=$LOAD_PID \
            out="$OUT/A-live-warmup.json" > /dev/null
        driver no.kurer.bench.IntakeBench base=$BASE phase=live threads=$THREADS seconds=$LIVE_SECONDS \
            server-pid=$LOAD_PID out="$OUT/A-live.json" > /dev/null
        log "phase A done: $(grep -m1 accepted_per_second "$OUT/A-live.json")"
    fi
    if [[ " $PHASES " == *" B "* ]]; then
        if (( WARMUP_SECONDS > 0 )); then
            log "phase B warm-up: POST+PUT, $THREADS threads, ${WARMUP_SECONDS}s (not reported as the result)"
            driver no.kurer.bench.IntakeBench base=$BASE phase=intake threads=$THREADS seconds=$WARMUP_SECONDS \
                messages-per-thread=$WARMUP_MESSAGES_PER_THREAD package-bytes=$PACKAGE_BYTES server-pid=$LOAD_PID \
                out="$OUT/B-intake-warmup.json" > /dev/null
        fi
        log "phase B: POST+PUT, $THREADS threads, ${INTAKE_SECONDS}s, $PACKAGE_BYTES-byte packages"
        mkdir -p "$OUT/thread-dumps"
        PROFILE_ARG=()
        [[ -z "${PROFILE:-}" ]] || PROFILE_ARG=(jfr="$OUT/B-intake.jfr")
        driver no.kurer.bench.IntakeBench base=$BASE phase=intake threads=$THREADS seconds=$INTAKE_SECONDS \
            messages-per-thread=$MESSAGES_PER_THREAD package-bytes=$PACKAGE_BYTES server-pid=$LOAD_PID \
            thread-dumps=$THREAD_DUMPS dump-dir="$OUT/thread-dumps" "${PROFILE_ARG[@]}" out="$OUT/B-intake.json" > /dev/null
        log "phase B done: $(grep -m1 accepted_per_second "$OUT/B-intake.json")"
        if [[ -n "${PROFILE:-}" ]]; then
            python3 bench/jfr_summary.py "$OUT/B-intake.jfr" > "$OUT/B-profile.txt" || log "no profile summary"
        fi
        du -sh "$OUT/server-load/files" "$OUT/server-load/db" 2>/dev/null | sed 's/^/  stored: /' >> "$OUT/run.log" || true
    fi
    stop_server "$LOAD_PID"
fi

# Phase M (issue 17): phase B's intake on servers with metrics off and on, alternating, METRICS_ROUNDS (2) pairs, each
# server fresh with its own warm-up; while metrics are on, a scraper reads /admin/metrics every SCRAPE_SECONDS (15) as
# Prometheus would. Results: M-<round>-metrics-<false|true>.json.
if [[ " $PHASES " == *" M "* ]]; then
    for round in $(seq 1 "${METRICS_ROUNDS:-2}"); do
        for metrics in false true; do
            SERVER_OPTS=("-Dmetrics.enabled=$metrics")
            start_server "metrics-$metrics" "$PORT" "$HEAP"
            M_PID=$SERVER_PID
            BASE="http://localhost:$PORT/"
            if (( WARMUP_SECONDS > 0 )); then
                driver no.kurer.bench.IntakeBench base=$BASE phase=intake threads=$THREADS seconds=$WARMUP_SECONDS \
                    messages-per-thread=$WARMUP_MESSAGES_PER_THREAD package-bytes=$PACKAGE_BYTES server-pid=$M_PID \
                    out="$OUT/M-$round-metrics-$metrics-warmup.json" > /dev/null
            fi
            SCRAPER=
            if [[ $metrics == true ]]; then
                ( while sleep "${SCRAPE_SECONDS:-15}"; do
                      curl -s -u admin:kurer-admin "${BASE}admin/metrics" -o "$OUT/M-last-scrape.txt" || true
                  done ) &
                SCRAPER=$!
            fi
            log "phase M round $round, metrics.enabled=$metrics: POST+PUT, $THREADS threads, ${INTAKE_SECONDS}s"
            driver no.kurer.bench.IntakeBench base=$BASE phase=intake threads=$THREADS seconds=$INTAKE_SECONDS \
                messages-per-thread=$MESSAGES_PER_THREAD package-bytes=$PACKAGE_BYTES server-pid=$M_PID \
                out="$OUT/M-$round-metrics-$metrics.json" > /dev/null
            [[ -z "$SCRAPER" ]] || kill "$SCRAPER"
            log "phase M round $round, metrics $metrics: $(grep -m1 accepted_per_second "$OUT/M-$round-metrics-$metrics.json")"
            stop_server "$M_PID"
            rm -rf "$OUT/server-metrics-$metrics/db" "$OUT/server-metrics-$metrics/files"
        done
    done
    SERVER_OPTS=()
fi

if [[ " $PHASES " == *" C "* ]]; then
    start_server big "$BIG_PORT" "$BIG_HEAP"
    BIG_PID=$SERVER_PID
    log "phase C: one PUT of $BIG_CONTENT_BYTES bytes of content to the -Xmx$BIG_HEAP server"
    status=0
    driver no.kurer.bench.BigPut base="http://localhost:$BIG_PORT/" server-pid=$BIG_PID file="$OUT/big.cms" \
        content-bytes=$BIG_CONTENT_BYTES out="$OUT/C-bigput.json" > /dev/null || status=$?
    log "phase C done (exit $status): $(grep -m1 '"put_status"' "$OUT/C-bigput.json" || echo 'no PUT')"
    ls -la "$OUT/server-big/files/dokumentpakker" >> "$OUT/run.log" 2>&1 || true
    stop_server "$BIG_PID"
    [[ $status == 0 ]] || exit $status
fi
log "results in $OUT"
