#!/usr/bin/env bash
# How much of a restart is Plenary's own (issue 14): the time to UP and the JVM's CPU until then, side by side in one
# run, alternated, for three applications started the same way (the jar extracted, the JDK's AOT cache trained on a
# whole start, and Spring's processing ahead of time, -Dspring.aot.enabled=true):
#   bare        a Spring Boot web application with the actuator and nothing else (bench/bare)
#   frameworks  Plenary's frameworks without Plenary: the bare application's class (bench/bare/src), which has no
#               bean of its own, compiled and started on Plenary's class path (its extracted jar: every library and
#               application.properties with its exclusions), so that Spring Boot sets up the same frameworks with
#               the same settings (security, JDBC pool, Flyway with Plenary's migrations on a database of its own,
#               db-scheduler, Spring Modulith's event registry, JTE, springdoc, mail, Prometheus) and finds none of
#               Plenary's beans
#   Plenary     target/plenary.jar
# Both databases are on one PostgreSQL started here (Debian's PostgreSQL 15, as bench/writes.sh), so that neither
# application starts an embedded one. Every start is a restart: the database is already migrated.
#
#   ./mvnw -B -q package -DskipTests && JAVA_HOME=<JDK 25> ./mvnw -B -q -f bench/bare/pom.xml package
#   bench/start-frameworks.sh            # ROUNDS (4), PORT (18092), PGPORT (15433), PG_BIN, JAVA; THREADS=1 also
#                                        # gives the CPU of main, the two JIT compilers and the other threads
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JDK_BIN=$(dirname "$JAVA")
HZ=$(getconf CLK_TCK)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PORT:-18092} PGPORT=${PGPORT:-15433}
ROUNDS=${ROUNDS:-4}
WORK=$(mktemp -d /tmp/plenary-frameworks-bench-XXXXXX)
chmod 755 "$WORK"
. bench/postgres.sh
start_postgres
cleanup() {
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
"$PG_BIN/psql" -q -h localhost -p "$PGPORT" -U postgres -c "create database plenary" -c "create database frameworks"
DB="jdbc:postgresql://localhost:$PGPORT"
export PLENARY_ADMIN_PASSWORD=bench-admin-password PLENARY_DATA_DIR="$WORK/data" PLENARY_DB_USER=postgres

measure() {  # database, java arguments...: "wall s / CPU s" until UP (the JVM's user + system time then), clean stop
  local db=$1; shift
  local start end pid cpu
  start=$(date +%s.%N)
  PLENARY_DB_URL="$DB/$db" "$JAVA" "$@" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  cpu=$(awk -v hz="$HZ" '{print ($14 + $15) / hz}' "/proc/$pid/stat")
  printf '%.2f s / %.1f s' "$(echo "$end - $start" | bc)" "$cpu"
  if [ -n "${THREADS:-}" ]; then  # the CPU of main (comm "java"), the two JIT compilers, the rest
    for t in /proc/$pid/task/*; do
      echo "$(sed 's/.*) //' "$t/stat" | cut -d' ' -f12,13) $(cat "$t/comm")"
    done | awk -v hz="$HZ" '
      { s = ($1 + $2) / hz; k = $3 == "java" ? "main" : $3 == "C2" ? "C2" : $3 == "C1" ? "C1" : "other"; c[k] += s }
      END { printf " (main %.1f, C2 %.1f, C1 %.1f, other %.1f)", c["main"], c["C2"], c["C1"], c["other"] }'
  fi
  kill $pid; wait $pid || true
}

train() {  # database, cache file, java arguments...: a whole start that writes the AOT cache, then a clean stop
  local db=$1 cache=$2; shift 2
  PLENARY_DB_URL="$DB/$db" "$JAVA" -XX:AOTCacheOutput="$cache" -Dspring.aot.enabled=true \
    -Dplenary.aot-training=true "$@" --server.port=0 > "$WORK/training-$db.log" 2>&1 \
    || { tail -40 "$WORK/training-$db.log" >&2; exit 1; }
}

# Plenary and the bare application: their jars extracted, as bench/start.sh does.
"$JAVA" -Djarmode=tools -jar target/plenary.jar extract --destination "$WORK/plenary" > /dev/null
"$JAVA" -Djarmode=tools -jar bench/bare/target/bare.jar extract --destination "$WORK/bare" > /dev/null
# The frameworks application: the bare application's class compiled against Plenary's class path, processed ahead
# of time as Plenary's build does, in a jar (the JDK's cache takes no directory on the class path).
CP="$WORK/frameworks:$WORK/plenary/plenary.jar"
"$JDK_BIN/javac" -proc:none -parameters -d "$WORK/frameworks" -cp "$CP" \
  bench/bare/src/main/java/bench/BareApplication.java
PLENARY_DB_URL="$DB/frameworks" "$JAVA" -Dspring.aot.repositories.enabled=false -Dspring.main.banner-mode=off \
  -Dlogging.level.root=WARN -cp "$CP" org.springframework.boot.SpringApplicationAotProcessor \
  bench.BareApplication "$WORK/aot/sources" "$WORK/aot/resources" "$WORK/aot/classes" bench frameworks
"$JDK_BIN/javac" -proc:none -parameters -nowarn -d "$WORK/frameworks" -cp "$CP:$WORK/aot/classes" \
  $(find "$WORK/aot/sources" -name '*.java')
cp -r "$WORK/aot/resources/." "$WORK/aot/classes/." "$WORK/frameworks/"
"$JDK_BIN/jar" cf "$WORK/frameworks.jar" -C "$WORK/frameworks" .
FRAMEWORKS=(-cp "$WORK/frameworks.jar:$WORK/plenary/plenary.jar" bench.BareApplication
  --spring.datasource.url="$DB/frameworks" --spring.datasource.username=postgres)

train none "$WORK/bare.aot" -jar "$WORK/bare/bare.jar"
train frameworks "$WORK/frameworks.aot" "${FRAMEWORKS[@]}"
train plenary "$WORK/plenary.aot" -jar "$WORK/plenary/plenary.jar"
echo "$(nproc) cores; $("$JAVA" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "restart until UP, wall / JVM CPU"
echo "round | bare | frameworks | Plenary | load"
for round in $(seq "$ROUNDS"); do
  a=$(measure none -XX:AOTCache="$WORK/bare.aot" -Dspring.aot.enabled=true -jar "$WORK/bare/bare.jar")
  b=$(measure frameworks -XX:AOTCache="$WORK/frameworks.aot" -Dspring.aot.enabled=true "${FRAMEWORKS[@]}")
  c=$(measure plenary -XX:AOTCache="$WORK/plenary.aot" -Dspring.aot.enabled=true -jar "$WORK/plenary/plenary.jar")
  echo "$round | $a | $b | $c | $(cut -d' ' -f1 /proc/loadavg)"
done
