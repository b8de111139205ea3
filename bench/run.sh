#!/usr/bin/env bash
# Benchmarks of the DPI C2 intake (see docs/benchmarks.md): builds Kurer and the load driver, starts Payara Micro,
# runs phase A (GET /health/live), phase B (POST+PUT /dpi/sendmelding with 100 KiB packages) and phase C (one 1 GiB PUT
# to a server with -Xmx256m), and stops every server it started when it exits.
#
#   bench/run.sh                 # everything, results under bench/results/<timestamp>/
#   PHASES="A B" bench/run.sh    # some phases only
#
# Settings (environment): PORT (18200), BIG_PORT (18201), THREADS (8), LIVE_SECONDS (10), INTAKE_SECONDS (30),
# WARMUP_SECONDS (15, an unreported intake run first; 0 for none) with WARMUP_MESSAGES_PER_THREAD (400),
# MESSAGES_PER_THREAD (1500), PACKAGE_BYTES (102400),
# HEAP (512m, phases A/B), BIG_HEAP (256m), BIG_CONTENT_BYTES (1073741824), THREAD_DUMPS (0; e.g. 3 during phase B),
# PROFILE (unset; 1 records phase B's timed window with Java Flight Recorder, summarised in B-profile.txt),
# SKIP_BUILD (unset; 1 reuses target/ and bench/target/),
# FORWARD_INTERVAL (5, Kurer's default: dpi.forward.interval-seconds; 86400 keeps the accepted letters in the outbox,
# so phase B measures the intake alone, without the forwarding and the sandbox corner 3 in the same server).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PORT:-18200}
BIG_PORT=${BIG_PORT:-18201}
THREADS=${THREADS:-8}
LIVE_SECONDS=${LIVE_SECONDS:-10}
INTAKE_SECONDS=${INTAKE_SECONDS:-30}
WARMUP_SECONDS=${WARMUP_SECONDS:-15}
MESSAGES_PER_THREAD=${MESSAGES_PER_THREAD:-1500}
WARMUP_MESSAGES_PER_THREAD=${WARMUP_MESSAGES_PER_THREAD:-400}
PACKAGE_BYTES=${PACKAGE_BYTES:-102400}
FORWARD_INTERVAL=${FORWARD_INTERVAL:-5}
HEAP=${HEAP:-512m}
BIG_HEAP=${BIG_HEAP:-256m}
BIG_CONTENT_BYTES=${BIG_CONTENT_BYTES:-1073741824}
THREAD_DUMPS=${THREAD_DUMPS:-0}
PHASES=${PHASES:-A B C}
OUT=${OUT:-$ROOT/bench/results/$(date +%Y%m%dT%H%M%S)}
mkdir -p "$OUT"

SERVER_PIDS=()
cleanup() {
    for pid in "${SERVER_PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$OUT"/server-*/db "$OUT"/server-*/files "$OUT"/server-*/sandbox "$OUT"/big.cms
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }

# --- build ---------------------------------------------------------------------------------------------------------
if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building Kurer (mvn -o -q -B package -DskipTests)"
    mvn -o -q -B package -DskipTests
    mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/bench/target/test-classpath.txt" >/dev/null
    log "compiling the driver"
    rm -rf bench/target/classes && mkdir -p bench/target/classes
    CP="target/classes:target/test-classes:$(cat bench/target/test-classpath.txt)"
    javac -nowarn -d bench/target/classes -cp "$CP" $(find bench/src -name '*.java') 2>&1 | grep -v '^Note:' || true
    [[ -f bench/target/classes/no/kurer/bench/IntakeBench.class ]] || { log "driver did not compile"; exit 1; }
fi
CP="bench/target/classes:target/classes:target/test-classes:$(cat bench/target/test-classpath.txt)"

# --- machine -------------------------------------------------------------------------------------------------------
{
    echo "date: $(date -Is)"
    echo "host: $(uname -srm)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "jdk: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
    echo "payara micro: $(unzip -p target/payara-micro.jar META-INF/maven/fish.payara.micro/payara-micro-boot/pom.properties 2>/dev/null | grep '^version=' | cut -d= -f2 || echo '?')"
    echo "kurer commit: $(git rev-parse --short HEAD)"
    echo "other java processes at start:"
    pgrep -a java | cut -c1-160 | sed 's/^/  /' || true
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt" >&2

# --- servers -------------------------------------------------------------------------------------------------------
# start_server NAME PORT HEAP -> sets SERVER_PID
start_server() {
    local name=$1 port=$2 heap=$3 dir="$OUT/server-$1"
    mkdir -p "$dir"
    log "starting Payara Micro '$name' on port $port with -Xmx$heap"
    java "-Xmx$heap" \
        -Dmp.config.profile=sandbox \
        "-Dsandbox.base-url=http://localhost:$port" \
        "-Ddb.url=jdbc:h2:file:$dir/db/kurer;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000" \
        "-Dstorage.dir=$dir/files" \
        "-Dsandbox.dir=$dir/sandbox" \
        "-Ddpi.forward.interval-seconds=$FORWARD_INTERVAL" \
        -jar target/payara-micro.jar --nocluster --deploy target/kurer.war --contextroot / --port "$port" \
        > "$dir/server.log" 2>&1 &
    SERVER_PID=$!
    SERVER_PIDS+=("$SERVER_PID")
    for _ in $(seq 1 360); do
        kill -0 "$SERVER_PID" 2>/dev/null || { log "server '$name' exited; see $dir/server.log"; exit 1; }
        if curl -sf "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"UP"' \
                && grep -q 'Deployed 1 archive' "$dir/server.log"; then
            log "server '$name' ready (pid $SERVER_PID)"
            return
        fi
        sleep 0.5
    done
    log "server '$name' did not become ready; see $dir/server.log"
    exit 1
}

stop_server() {
    local pid=$1
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
}

driver() { java -Xmx1g -cp "$CP" "$@"; }

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
