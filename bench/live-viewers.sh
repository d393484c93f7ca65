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
#   CLIENT_OPTS=-Dopening=500 bench/live-viewers.sh 10000      # viewers joining at once (default 100)
#   INSTANCES=2 JAVA_OPTS=-Xmx1g bench/live-viewers.sh 19800     # two instances on the first one's database; the
#                                      viewers alternate between them, the changes are made on the first
set -euo pipefail
cd "$(dirname "$0")/.."
LEVELS=${1:-500,1000,2000,5000}
shift || true
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PORT=${PORT:-18080}
WORK=$(mktemp -d /tmp/plenary-live-bench-XXXXXX)
cp target/plenary.jar "$WORK/plenary.jar"
export PLENARY_DATA_DIR="$WORK/data" PLENARY_ADMIN_PASSWORD=bench-admin-password
INSTANCES=${INSTANCES:-1}
start() {  # port, extra arguments: starts an instance in the background, waits until it is UP, prints its pid
  local port=$1; shift
  # shellcheck disable=SC2086
  "$JAVA" ${JAVA_OPTS:-} -jar "$WORK/plenary.jar" --server.port="$port" "$@" > "$WORK/server-$port.log" 2>&1 &
  local pid=$!
  until curl -fs "http://localhost:$port/actuator/health" | grep -q UP; do
    kill -0 $pid 2>/dev/null || { cat "$WORK/server-$port.log" >&2; exit 1; }
    sleep 1
  done
  echo $pid
}
SERVERS=$(start "$PORT" "$@")
stop() {  # the instances stop their embedded PostgreSQL before the directory goes
  kill $SERVERS 2>/dev/null || true
  for pid in $SERVERS; do while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done; done
  rm -rf "$WORK"
}
trap stop EXIT
URLS="http://localhost:$PORT"
if [ "$INSTANCES" = 2 ]; then  # the second on the first one's embedded PostgreSQL
  SECOND=$(PLENARY_DB_URL="jdbc:postgresql://localhost:$(sed -n 4p "$WORK/data/postgres/postmaster.pid")/postgres" \
    PLENARY_DB_USER=postgres PLENARY_DB_PASSWORD=$(cat "$WORK/data/database-password") start $((PORT + 1)) "$@")
  SERVERS="$SERVERS $SECOND"
  URLS="$URLS,http://localhost:$((PORT + 1))"
fi
echo "Plenary up ($INSTANCES instance(s), pid $SERVERS); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
"$JAVA" -Xss256k ${CLIENT_OPTS:-} bench/LiveViewers.java "$URLS" "$PLENARY_ADMIN_PASSWORD" "$LEVELS" "${SERVERS// /,}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$WORK"/server-*.log | grep -E "ERROR|Exception" | sort | uniq -c | sort -rn | head -5 || true
