#!/usr/bin/env bash
# Sign-in under attack (issue 13): starts target/plenary.jar (a copy of it) on a fresh embedded database, then runs
# bench/SignInLoad.java: anonymous readers fetch public documents and document pages while 200 wrong passwords for
# one account and 200 right passwords for 200 other accounts arrive at once. It prints the answers by status, the
# latencies, and whether the attacked account still works. Results and the machine's load go in
# docs/performance.md ("Sign-in under attack").
#
#   ./mvnw -B -q package -DskipTests      # once, if target/plenary.jar is missing or old
#   bench/sign-in.sh                      # everybody from 127.0.0.1
#   FORWARDED=true bench/sign-in.sh       # each client its own address in X-Forwarded-For, as behind a proxy
#
# Environment: ATTACKS (200), USERS (200), READERS (16), FORWARDED (false), PORT (18090).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PORT=${PORT:-18090}
WORK=$(mktemp -d /tmp/plenary-signin-bench-XXXXXX)
cp target/plenary.jar "$WORK/plenary.jar"
export PLENARY_DATA_DIR="$WORK/data" PLENARY_ADMIN_PASSWORD=bench-admin-password
# shellcheck disable=SC2086
"$JAVA" ${JAVA_OPTS:-} -jar "$WORK/plenary.jar" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 1
done
echo "Plenary up (pid $SERVER); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
"$JAVA" -Dattacks="${ATTACKS:-200}" -Dusers="${USERS:-200}" -Dreaders="${READERS:-16}" \
  -Dforwarded="${FORWARDED:-false}" bench/SignInLoad.java "http://localhost:$PORT" "$PLENARY_ADMIN_PASSWORD"
echo "server errors logged: $(grep -c ' ERROR ' "$WORK/server.log" || true); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
