#!/usr/bin/env bash
# Writes at the speed of the database (issue 14): one PostgreSQL server (Debian's PostgreSQL 15, started here in a
# temporary directory), then on it, one after the other:
#   1. pgbench with the equivalent of a comment: a transaction inserting the answer and its audit entry, 200 clients;
#   2. Plenary (target/plenary.jar) on the same server: 200 delegates posting comments spread over 50 procedures,
#      driven by wrk (C, two threads, like pgbench; bench/writes.lua) once WritesLoad has seeded the delegates;
#   3. pgbench's equivalent of answers to one procedure: lock (update) the procedure's row, insert the answer and its
#      audit entry;
#   4. Plenary: 200 delegates answering the same procedure.
# Prints each result and the ratios. Results and the machine's load go in docs/performance.md ("Writes").
#
#   ./mvnw -B -q package -DskipTests      # once, if target/plenary.jar is missing or old
#   bench/writes.sh
#
# Environment: LOADGEN (wrk; java: WritesLoad's own clients, the JDK's HTTP client on virtual threads), CLIENTS (200), PROCEDURES (50), DURATION (30 seconds measured), WARMUP (10), PORT (18090), PGPORT (15432),
# PG_BIN (/usr/lib/postgresql/15/bin), JAVA_OPTS; STATEMENTS=1 also prints the SQL statements that PostgreSQL ran
# during the spread case, its seeding included (pg_stat_statements): calls and time spent executing, most time first.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PORT:-18090} PGPORT=${PGPORT:-15432}
LOADGEN=${LOADGEN:-wrk}
CLIENTS=${CLIENTS:-200} PROCEDURES=${PROCEDURES:-50} SECONDS_MEASURED=${DURATION:-30} WARMUP=${WARMUP:-10}
WORK=$(mktemp -d /tmp/plenary-writes-bench-XXXXXX)
chmod 755 "$WORK"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir "$WORK/pg" && { [ "$(id -u)" != 0 ] || chown postgres "$WORK/pg"; }
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" --auth=trust -U postgres > /dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w start \
  -o "-p $PGPORT -k $WORK/pg -c max_connections=300 -c shared_buffers=512MB -c listen_addresses=localhost \
  ${STATEMENTS:+-c shared_preload_libraries=pg_stat_statements}" > /dev/null
SERVER=
cleanup() {
  [ -z "$SERVER" ] || { kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; }
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql() { "$PG_BIN/psql" -q -h localhost -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
psql -c "create database plenary" -c "create database pgbench"
psql -d pgbench <<'SQL'
create table procedure (id int primary key, version int not null);
insert into procedure select g, 0 from generate_series(1, 50) g;
create table response (id uuid primary key, procedure int not null references procedure, participant int not null,
  kind text not null, body text not null, received_at timestamptz not null, audit_entry uuid not null);
create table audit_entry (id uuid primary key, xact xid8 not null, at timestamptz not null, action text not null,
  entity_type text not null, entity_id text not null, process text not null, after jsonb not null);
SQL
cat > "$WORK/spread.sql" <<'SQL'
\set p random(1, 50)
\set who random(1, 200)
begin;
insert into audit_entry values (gen_random_uuid(), pg_current_xact_id(), now(), 'silence.comment.received',
  'silence-response', gen_random_uuid()::text, 'process', jsonb_build_object('procedure', :p, 'participantId', :who));
insert into response values (gen_random_uuid(), :p, :who, 'COMMENT', 'Comment', now(), gen_random_uuid());
end;
SQL
sed 's/^begin;$/begin;\nupdate procedure set version = version + 1 where id = 1;/; s/random(1, 50)/1/' \
  "$WORK/spread.sql" > "$WORK/one.sql"

pgbench() {  # script name: prints transactions per second and p99 (from the per-transaction log)
  rm -f "$WORK"/pgbench_log.*
  (cd "$WORK" && "$PG_BIN/pgbench" -n -h localhost -p "$PGPORT" -U postgres -c "$CLIENTS" -j 2 -T "$SECONDS_MEASURED" \
    -f "$WORK/$1.sql" -l pgbench > "$WORK/pgbench.out" 2>&1)
  tps=$(grep -oP 'tps = \K[0-9.]+' "$WORK/pgbench.out" | head -1)
  p99=$(cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; printf "%d", a[i]/1000}')
  echo "pgbench ($1): $tps transactions/s, p99 $p99 ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

export PLENARY_DATA_DIR="$WORK/data" PLENARY_ADMIN_PASSWORD=bench-admin-password
export PLENARY_DB_URL="jdbc:postgresql://localhost:$PGPORT/plenary" PLENARY_DB_USER=postgres PLENARY_DB_PASSWORD=
cp target/plenary.jar "$WORK/plenary.jar"
# shellcheck disable=SC2086
"$JAVA" ${JAVA_OPTS:-} -jar "$WORK/plenary.jar" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
until curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 1
done
echo "$(nproc) cores; PostgreSQL $("$PG_BIN/postgres" --version | grep -oP '\(PostgreSQL\) \K[0-9.]+'); Plenary up (pid $SERVER)"
cpu() {  # CPU seconds used so far by Plenary and by PostgreSQL's processes (server and backends)
  local postmaster
  postmaster=$(head -1 "$WORK/pg/postmaster.pid")
  for pids in "$SERVER" "$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"; do
    # shellcheck disable=SC2086
    cat $(printf '/proc/%s/stat ' $pids) 2>/dev/null | awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15} END {printf "%.1f ", t / hz}'
  done
}
load() {  # procedures
  if [ "$LOADGEN" = java ]; then
    "$JAVA" -Dclients="$CLIENTS" -Dprocedures="$1" -Dseconds="$SECONDS_MEASURED" -Dwarmup="$WARMUP" \
      bench/WritesLoad.java "http://localhost:$PORT" "$PLENARY_ADMIN_PASSWORD" | tee "$WORK/plenary.out" | grep -v '^seeding'
    return
  fi
  "$JAVA" -Dclients="$CLIENTS" -Dprocedures="$1" -Dtargets="$WORK/targets" \
    bench/WritesLoad.java "http://localhost:$PORT" "$PLENARY_ADMIN_PASSWORD" > /dev/null
  wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" --timeout 60s -s bench/writes.lua "http://localhost:$PORT" -- "$WORK/targets" > /dev/null
  echo "load (wrk): $CLIENTS clients on $1 procedures, ${WARMUP} s warm-up, $SECONDS_MEASURED s measured; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  read -r plenary_before pg_before <<< "$(cpu)"
  TIMEFORMAT='%U %S'
  { time wrk -t2 -c"$CLIENTS" -d"${SECONDS_MEASURED}s" --timeout 60s -s bench/writes.lua "http://localhost:$PORT" \
      -- "$WORK/targets" | grep '^plenary' > "$WORK/plenary.out"; } 2> "$WORK/wrk.time"
  read -r plenary_after pg_after <<< "$(cpu)"
  echo "$(cat "$WORK/plenary.out"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  awk -v a="$plenary_before" -v b="$plenary_after" -v c="$pg_before" -v d="$pg_after" -v s="$SECONDS_MEASURED" \
    '{printf "CPU while measured: Plenary %.0f %%, PostgreSQL %.0f %%, wrk %.0f %% (of one core)\n",
      100 * (b - a) / s, 100 * (d - c) / s, 100 * ($1 + $2) / s}' "$WORK/wrk.time"
}
ratio() { awk -v a="$(grep -oP 'plenary: \K[0-9]+' "$WORK/plenary.out")" -v b="$1" 'BEGIN {printf "%.0f %%", 100 * a / b}'; }

statements() {  # the statements of the plenary database since the last reset, most frequent first
  psql -d plenary -c "create extension if not exists pg_stat_statements" -At -F ' | ' -c "$1" 2>/dev/null || true
}
pgbench spread; spread=$tps
[ -z "${STATEMENTS:-}" ] || statements "select pg_stat_statements_reset()" > /dev/null
load "$PROCEDURES"
[ -z "${STATEMENTS:-}" ] || statements "select calls, round(total_exec_time) || ' ms',
  left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 110)
  from pg_stat_statements where dbid = (select oid from pg_database where datname = 'plenary')
  order by total_exec_time desc limit 25"
echo "ratio, spread over $PROCEDURES procedures: $(ratio "$spread") of pgbench"
pgbench one; one=$tps
load 1
echo "ratio, one procedure: $(ratio "$one") of pgbench"
echo "server errors logged: $(grep -c ' ERROR ' "$WORK/server.log" || true)"
