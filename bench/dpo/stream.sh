#!/usr/bin/env bash
# One large outgoing DPO file through Kurer at a small heap (issue 16.6), against a plain copy of the same file in the
# same run: Kurer's own Payara Micro (-Xmx$HEAP, sandbox profile, H2) takes a $BYTES-byte file by PUT, sends it to its
# own organisation over the sandbox Altinn Broker (seal: ASiC-E + CMS; broker upload; download; decrypt; verify) and
# hands the payload out by NextMove's peek and pop; the file inside is checked by SHA-256. Baselines: `cp` of the same file, and `curl` of
# the payload to /dev/null after the timed read (the HTTP loopback alone). Results under bench/results/stream-<time>/.
#
#   bench/dpo/stream.sh                      # 1 GiB at -Xmx256m
#   BYTES=104857600 HEAP=128m bench/dpo/stream.sh
#
# Settings (environment): PORT (18300), BYTES (1073741824), HEAP (256m), START_SECONDS (300), SKIP_BUILD (1 reuses
# target/kurer.war), WAR (target/kurer.war).
set -euo pipefail

# --- The NextMove API's paths, in this one place ({id} is the message id). The server runs with
# nextmove.authentication=off (it has no users); against a server with users, give the NextMove user's Basic
# credentials in CURL_AUTH, e.g. CURL_AUTH="-u user:password".
CREATE_PATH=/api/messages/out
UPLOAD_PATH=/api/messages/out/{id}
SEND_PATH=/api/messages/out/{id}
RECEIVED_PATH="/api/messages/in/peek?messageId={id}"
READ_PATH=/api/messages/in/pop/{id}
CURL_AUTH=${CURL_AUTH:-}

cd "$(dirname "$0")/../.."
ROOT=$PWD
PORT=${PORT:-18300}
BYTES=${BYTES:-1073741824}
HEAP=${HEAP:-256m}
FORWARD_INTERVAL=86400
START_SECONDS=${START_SECONDS:-300}
OUT=${OUT:-$ROOT/bench/results/stream-$(date +%Y%m%dT%H%M%S)}
mkdir -p "$OUT"
source bench/common.sh
trap 'cleanup; rm -f "$OUT"/big.bin "$OUT"/big-copy.bin "$OUT"/read.zip' EXIT

if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building Kurer (mvn -o -q -B package -DskipTests)"
    mvn -o -q -B package -DskipTests
fi
record_machine

path() { echo "http://localhost:$PORT${1//\{id\}/${2:-}}"; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
mib_s() { echo "scale=0; $BYTES / 1048576 / $1" | bc; }

log "generating $BYTES pseudo-random bytes"
head -c "$BYTES" /dev/urandom > "$OUT/big.bin"
SENT_SHA=$(sha256sum "$OUT/big.bin" | cut -d' ' -f1)
sync

t=$(now); cp "$OUT/big.bin" "$OUT/big-copy.bin"; sync; CP_S=$(since "$t"); rm -f "$OUT/big-copy.bin"
log "baseline cp: $CP_S s"

# the limit (default 1 GiB) must leave room for arkivmelding.xml beside a 1 GiB file
SERVER_OPTS=(-Dbroker.poll.interval=1 -Dbroker.rate.window-seconds=1 -Dbroker.read-timeout-ms=600000
    "-Ddpo.max-message-bytes=$((BYTES + 1048576))" -Dnextmove.authentication=off -XX:+ExitOnOutOfMemoryError)
start_server stream "$PORT" "$HEAP"
PID=$SERVER_PID

KURER=999888771
MESSAGE=$(cat /proc/sys/kernel/random/uuid)
SBD=$(sed -e "s/%SENDER%/$KURER/; s/%RECEIVER%/$KURER/; s/%MESSAGE%/$MESSAGE/; s/%CONVERSATION%/$(cat /proc/sys/kernel/random/uuid)/" <<'JSON'
{"standardBusinessDocumentHeader":{"headerVersion":"1.0",
 "sender":[{"identifier":{"authority":"iso6523-actorid-upis","value":"0192:%SENDER%"}}],
 "receiver":[{"identifier":{"authority":"iso6523-actorid-upis","value":"0192:%RECEIVER%"}}],
 "documentIdentification":{"standard":"urn:no:difi:arkivmelding:xsd::arkivmelding","typeVersion":"2.0",
  "instanceIdentifier":"%MESSAGE%","type":"arkivmelding","creationDateAndTime":"2026-12-02T10:00:00Z"},
 "businessScope":{"scope":[{"type":"ConversationId","instanceIdentifier":"%CONVERSATION%",
  "identifier":"urn:no:difi:profile:arkivmelding:administrasjon:ver1.0"}]}},
 "arkivmelding":{"sikkerhetsnivaa":3,"hoveddokument":"arkivmelding.xml"}}
JSON
)
status() { curl -s $CURL_AUTH -o "$OUT/last-answer.txt" -w '%{http_code}' "$@"; }
[[ $(status -X POST -H 'Content-Type: application/json' --data-binary "$SBD" "$(path $CREATE_PATH)") == 200 ]] \
    || { log "create failed: $(cat "$OUT/last-answer.txt")"; exit 1; }
[[ $(status -X PUT -H 'Content-Disposition: attachment; filename="arkivmelding.xml"' \
    --data-binary '<arkivmelding/>' "$(path $UPLOAD_PATH "$MESSAGE")") == 200 ]] || { log "upload failed"; exit 1; }

log "upload: PUT of $BYTES bytes (Content-Length known)"
t=$(now)
code=$(status -X PUT -H 'Content-Type: application/octet-stream' -H 'Content-Disposition: attachment; filename="stor.bin"' \
    -T "$OUT/big.bin" "$(path $UPLOAD_PATH "$MESSAGE")")
UPLOAD_S=$(since "$t")
[[ $code == 200 ]] || { log "upload answered $code: $(cat "$OUT/last-answer.txt")"; exit 1; }
log "upload: $UPLOAD_S s"

t=$(now)
[[ $(status -X POST "$(path $SEND_PATH "$MESSAGE")") == 200 ]] || { log "send failed: $(cat "$OUT/last-answer.txt")"; exit 1; }
until [[ $(status "$(path $RECEIVED_PATH "$MESSAGE")") == 200 ]]; do
    kill -0 "$PID" 2>/dev/null || { log "the server ended; see $OUT/server-stream/server.log"; exit 1; }
    sleep 0.5
done
TRIP_S=$(since "$t")
log "send → received (seal, broker upload, download, decrypt, verify): $TRIP_S s"

t=$(now)
[[ $(curl -s $CURL_AUTH -o "$OUT/read.zip" -w '%{http_code}' "$(path $READ_PATH "$MESSAGE")") == 200 ]] \
    || { log "read failed"; exit 1; }
READ_S=$(since "$t")
t=$(now); curl -s $CURL_AUTH -o /dev/null "$(path $READ_PATH "$MESSAGE")"; READ_NULL_S=$(since "$t")
log "read: $READ_S s to disk, $READ_NULL_S s to /dev/null"
RECEIVED_SHA=$(unzip -p "$OUT/read.zip" stor.bin | sha256sum | cut -d' ' -f1)
[[ $RECEIVED_SHA == "$SENT_SHA" ]] || { log "the file came back different: $RECEIVED_SHA, sent $SENT_SHA"; exit 1; }
HWM=$(grep VmHWM /proc/$PID/status | awk '{print $2 " " $3}')
HEAP_INFO=$(jcmd "$PID" GC.heap_info 2>/dev/null | tr '\n' ' ' | cut -c1-300 || true)
stop_server "$PID"
t=$(now); cp "$OUT/big.bin" "$OUT/big-copy.bin"; sync; CP2_S=$(since "$t"); rm -f "$OUT/big-copy.bin"
log "baseline cp again, after the server stopped: $CP2_S s"

cat > "$OUT/result.txt" <<RESULT
bytes=$BYTES heap=-Xmx$HEAP sha256_equal=yes
baseline_cp_seconds=$CP_S baseline_cp_MiB_s=$(mib_s "$CP_S") again_at_the_end_seconds=$CP2_S
upload_put_seconds=$UPLOAD_S upload_MiB_s=$(mib_s "$UPLOAD_S")
send_to_received_seconds=$TRIP_S send_to_received_MiB_s=$(mib_s "$TRIP_S")
read_get_to_disk_seconds=$READ_S read_MiB_s=$(mib_s "$READ_S") read_get_to_devnull_seconds=$READ_NULL_S
server_peak_rss=$HWM
server_heap_at_end: $HEAP_INFO
load_average_at_end: $(cut -d' ' -f1-3 /proc/loadavg)
RESULT
cat "$OUT/result.txt" | tee -a "$OUT/run.log"
