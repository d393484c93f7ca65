#!/usr/bin/env bash
# Start to healthy (issue 14): seconds from launch until /actuator/health answers UP, for Plenary and, as the
# baseline measured in the same run, a bare Spring Boot web application (bench/bare) started the same ways:
#   jar        java -jar app.jar
#   AOT cache  the jar extracted (java -Djarmode=tools ... extract) and started with the JDK's ahead-of-time cache
#              (JEP 483/514/515), trained once by a whole start that stops cleanly when ready
# Plenary's first start is on a new data directory (initdb, migrations, first administrator); its restart on the
# same directory. ROUNDS (3) rounds of each; the table of docs/performance.md ("Start") comes from this output.
#
#   ./mvnw -B -q package -DskipTests && ./mvnw -B -q -f bench/bare/pom.xml package   # once
#   bench/start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PORT=${PORT:-18091}
ROUNDS=${ROUNDS:-3}
WORK=$(mktemp -d /tmp/plenary-start-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export PLENARY_ADMIN_PASSWORD=bench-admin-password

measure() {  # data directory, java arguments...: seconds until UP, then a clean stop
  local data=$1; shift
  local start pid
  start=$(date +%s.%N)
  PLENARY_DATA_DIR=$data "$JAVA" "$@" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f'
  kill $pid; wait $pid || true
}

extract() {  # jar, name: extracts it and trains its AOT cache; prints the java arguments that use them
  local jar=$1 name=$2
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$WORK/$name" > /dev/null
  PLENARY_DATA_DIR="$WORK/$name-training" "$JAVA" -XX:AOTCacheOutput="$WORK/$name/app.aot" \
    -Dplenary.aot-training=true -jar "$WORK/$name/$(basename "$jar")" --server.port=0 > "$WORK/$name-training.log" 2>&1
  echo "-XX:AOTCache=$WORK/$name/app.aot -jar $WORK/$name/$(basename "$jar")"
}

cp target/plenary.jar "$WORK/plenary.jar"
cp bench/bare/target/bare.jar "$WORK/bare.jar"
read -r -a plenary_aot <<< "$(extract "$WORK/plenary.jar" plenary)"
read -r -a bare_aot <<< "$(extract "$WORK/bare.jar" bare)"
echo "$(nproc) cores; $("$JAVA" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "round | bare jar | bare AOT | Plenary jar first | restart | Plenary AOT first | restart | load"
for round in $(seq "$ROUNDS"); do
  a=$(measure "$WORK/none" -jar "$WORK/bare.jar")
  b=$(measure "$WORK/none" "${bare_aot[@]}")
  c=$(measure "$WORK/jar-$round" -jar "$WORK/plenary.jar")
  d=$(measure "$WORK/jar-$round" -jar "$WORK/plenary.jar")
  e=$(measure "$WORK/aot-$round" "${plenary_aot[@]}")
  f=$(measure "$WORK/aot-$round" "${plenary_aot[@]}")
  echo "$round | $a s | $b s | $c s | $d s | $e s | $f s | $(cut -d' ' -f1 /proc/loadavg)"
done
