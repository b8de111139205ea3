# Shared by bench/run.sh and bench/poll.sh (sourced after they set ROOT, OUT, FORWARD_INTERVAL and cd to the project):
# clean-up on exit, log, build, the machine record, and starting/stopping Payara Micro servers.

SERVER_PIDS=()
SERVER_OPTS=()   # extra JVM options for the next start_server (bench/run.sh phase M: -Dmetrics.enabled=…)
SERVER_PID=
PG_DIRS=()
cleanup() {
    for pid in "${SERVER_PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            stop_server "$pid"
        fi
    done
    rm -rf "$OUT"/server-*/db "$OUT"/server-*/files "$OUT"/server-*/sandbox "$OUT"/big.cms "${PG_DIRS[@]}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }

# build DRIVER_CLASS: Kurer, the test class path, and the drivers in bench/src (unless SKIP_BUILD); sets CP
build() {
    if [[ -z "${SKIP_BUILD:-}" ]]; then
        log "building Kurer (mvn -o -q -B package -DskipTests)"
        mvn -o -q -B package -DskipTests
        mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/bench/target/test-classpath.txt" >/dev/null
        log "compiling the driver"
        rm -rf bench/target/classes && mkdir -p bench/target/classes
        local compile_cp="target/classes:target/test-classes:$(cat bench/target/test-classpath.txt)"
        javac -nowarn -d bench/target/classes -cp "$compile_cp" $(find bench/src -name '*.java') 2>&1 | grep -v '^Note:' || true
        [[ -f "bench/target/classes/no/kurer/bench/$1.class" ]] || { log "driver did not compile"; exit 1; }
    fi
    CP="bench/target/classes:target/classes:target/test-classes:$(cat bench/target/test-classpath.txt)"
}

# the machine, the software and what else runs, to $OUT/machine.txt
record_machine() {
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
}

# start_postgres NAME PORT: a PostgreSQL server for server NAME (DB=postgresql) -> sets DB_OPTIONS
start_postgres() {
    local name=$1 port=$2 data
    data=$(mktemp -d /tmp/kurer-bench-pg.XXXXXX)
    chmod 0777 "$data"   # run as root, zonky's postgres drops to 'nobody'
    PG_DIRS+=("$data")
    log "starting PostgreSQL for '$name' on port $port"
    java -cp "$CP" no.kurer.bench.Postgres port="$port" dir="$data/pg" url-file="$data/url" > "$OUT/postgres-$name.log" 2>&1 &
    SERVER_PIDS+=("$!")
    for _ in $(seq 1 120); do
        [[ -s "$data/url" ]] && break
        sleep 0.5
    done
    [[ -s "$data/url" ]] || { log "PostgreSQL did not start; see $OUT/postgres-$name.log"; exit 1; }
    DB_OPTIONS=("-Ddb.url=$(cat "$data/url")" -Ddb.datasource-class=org.postgresql.ds.PGSimpleDataSource
        -Ddb.user=postgres -Ddb.password=postgres)
}

# start_server NAME PORT HEAP: Payara Micro with Kurer (sandbox profile; H2 under $OUT/server-NAME, or PostgreSQL when
# DB=postgresql) -> sets SERVER_PID
start_server() {
    local name=$1 port=$2 heap=$3 dir="$OUT/server-$1"
    mkdir -p "$dir"
    DB_OPTIONS=("-Ddb.url=jdbc:h2:file:$dir/db/kurer;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000")
    if [[ "${DB:-h2}" == postgresql ]]; then
        start_postgres "$name" $((port + 100))
    fi
    log "starting Payara Micro '$name' on port $port with -Xmx$heap, ${DB:-h2}, dpi.forward.interval-seconds=$FORWARD_INTERVAL"
    local jfr_options=()
    [[ -z "${PROFILE:-}" ]] || jfr_options=(-XX:FlightRecorderOptions:stackdepth=256)
    java "-Xmx$heap" "${jfr_options[@]}" \
        -Dmp.config.profile=sandbox \
        "-Dsandbox.base-url=http://localhost:$port" \
        "${DB_OPTIONS[@]}" \
        "-Dstorage.dir=$dir/files" \
        "-Dsandbox.dir=$dir/sandbox" \
        "-Ddpi.forward.interval-seconds=$FORWARD_INTERVAL" \
        "${SERVER_OPTS[@]}" \
        -jar target/payara-micro.jar --nocluster --deploy "${WAR:-target/kurer.war}" --contextroot / --port "$port" \
        --postbootcommandfile server-config/payara/admin-user.asadmin \
        > "$dir/server.log" 2>&1 &
    SERVER_PID=$!
    SERVER_PIDS+=("$SERVER_PID")
    for _ in $(seq 1 $(( ${START_SECONDS:-180} * 2 ))); do
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
