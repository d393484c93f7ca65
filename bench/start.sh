#!/usr/bin/env bash
# Start to healthy (issue 14): seconds from launch until /actuator/health answers UP, for Plenary and, as the
# baseline measured in the same run, a bare Spring Boot web application (bench/bare) started the same ways:
#   jar        java -jar app.jar
#   AOT cache  the jar extracted (java -Djarmode=tools ... extract) and started with the JDK's ahead-of-time cache
#              (JEP 483/514/515), trained once by a whole start that stops cleanly when ready
#   + Spring   the same, also with -Dspring.aot.enabled=true: the application context that the build processed ahead
#              of time (bean definitions as code, no configuration classes read), with a cache trained on that start
# Plenary's first start is on a new data directory (initdb, migrations, first administrator); its restart on the
# same directory. ROUNDS (3) rounds of each; the table of docs/performance.md ("Start") comes from this output.
#
#   ./mvnw -B -q package -DskipTests && JAVA_HOME=<JDK 21 or later> ./mvnw -B -q -f bench/bare/pom.xml package
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

extract() {  # jar, name, java options...: extracts it and trains its AOT cache; prints the java arguments that use them
  local jar=$1 name=$2; shift 2
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$WORK/$name" > /dev/null
  PLENARY_DATA_DIR="$WORK/$name-training" "$JAVA" -XX:AOTCacheOutput="$WORK/$name/app.aot" "$@" \
    -Dplenary.aot-training=true -jar "$WORK/$name/$(basename "$jar")" --server.port=0 > "$WORK/$name-training.log" 2>&1
  echo "-XX:AOTCache=$WORK/$name/app.aot $* -jar $WORK/$name/$(basename "$jar")"
}

cp target/plenary.jar "$WORK/plenary.jar"
cp bench/bare/target/bare.jar "$WORK/bare.jar"
read -r -a plenary_aot <<< "$(extract "$WORK/plenary.jar" plenary)"
read -r -a plenary_spring <<< "$(extract "$WORK/plenary.jar" plenary-spring -Dspring.aot.enabled=true)"
read -r -a bare_aot <<< "$(extract "$WORK/bare.jar" bare)"
read -r -a bare_spring <<< "$(extract "$WORK/bare.jar" bare-spring -Dspring.aot.enabled=true)"
echo "$(nproc) cores; $("$JAVA" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "round | bare jar | bare AOT | bare AOT + Spring | Plenary jar first | restart | Plenary AOT first | restart" \
  "| Plenary AOT + Spring first | restart | load"
for round in $(seq "$ROUNDS"); do
  a=$(measure "$WORK/none" -jar "$WORK/bare.jar")
  b=$(measure "$WORK/none" "${bare_aot[@]}")
  c=$(measure "$WORK/none" "${bare_spring[@]}")
  d=$(measure "$WORK/jar-$round" -jar "$WORK/plenary.jar")
  e=$(measure "$WORK/jar-$round" -jar "$WORK/plenary.jar")
  f=$(measure "$WORK/aot-$round" "${plenary_aot[@]}")
  g=$(measure "$WORK/aot-$round" "${plenary_aot[@]}")
  h=$(measure "$WORK/spring-$round" "${plenary_spring[@]}")
  i=$(measure "$WORK/spring-$round" "${plenary_spring[@]}")
  echo "$round | $a s | $b s | $c s | $d s | $e s | $f s | $g s | $h s | $i s | $(cut -d' ' -f1 /proc/loadavg)"
done
