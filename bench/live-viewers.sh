#!/usr/bin/env bash
# How many live viewers of one meeting one Plenary instance serves: starts target/plenary.jar (a copy of it) on a
# fresh embedded database, then runs bench/LiveViewers.java, which opens N Server-Sent Event streams on
# /api/v1/processes/{pid}/meetings/{mid}/live, changes the speakers' list five times per level and prints the
# delivery latency (request sent -> new state received, median / p99 / max over all viewers) and the server's
# RSS and heap. Results and the machine's load go in docs/performance.md.
#
#   ./mvnw -B -q package -DskipTests      # once, if target/plenary.jar is missing or old
#   bench/live-viewers.sh [levels] [extra server arguments...]
#   bench/live-viewers.sh 500,1000,2000,5000
#   JAVA_OPTS=-Xmx512m bench/live-viewers.sh 5000
#   CLIENT_OPTS=-Dhistogram=true bench/live-viewers.sh 2000     # also the classes that fill the heap
set -euo pipefail
cd "$(dirname "$0")/.."
LEVELS=${1:-500,1000,2000,5000}
shift || true
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/plenary-live-bench-XXXXXX)
cp target/plenary.jar "$WORK/plenary.jar"
export PLENARY_DATA_DIR="$WORK/data" PLENARY_ADMIN_PASSWORD=bench-admin-password
# shellcheck disable=SC2086
"$JAVA" ${JAVA_OPTS:-} -jar "$WORK/plenary.jar" --server.port="$PORT" "$@" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 1
done
echo "Plenary up (pid $SERVER); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -Xss256k ${CLIENT_OPTS:-} bench/LiveViewers.java "http://localhost:$PORT" "$PLENARY_ADMIN_PASSWORD" "$LEVELS" "$SERVER"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "ERROR|Exception" "$WORK/server.log" | sort | uniq -c | sort -rn | head -5 || true
