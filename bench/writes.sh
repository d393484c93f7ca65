#!/usr/bin/env bash
# Writes at the speed of the database (issue 14): one PostgreSQL server (Debian's PostgreSQL 15, started here in a
# temporary directory), then on it, one after the other:
#   1. pgbench with the equivalent of a comment: a transaction inserting the answer and its audit entry, 200 clients;
#   1b. the same web stack as Plenary without Plenary (bench/stack: Spring Boot, Tomcat on virtual threads, Spring
#      MVC, Jackson, Spring Security with the bearer token looked up per call, HikariCP's 10 connections handed out
#      in turn as Plenary's are, JdbcClient, @Transactional) doing pgbench's transaction behind one endpoint, driven
#      by wrk like Plenary; skipped when bench/stack/target/stack.jar is missing or with LOADGEN=java;
#   2. Plenary (target/plenary.jar) on the same server: 200 delegates posting comments spread over 50 procedures,
#      driven by wrk (C, two threads, like pgbench; bench/writes.lua) once WritesLoad has seeded the delegates;
#   3. pgbench's equivalent of answers to one procedure: lock (update) the procedure's row, insert the answer and its
#      audit entry;
#   4. Plenary: 200 delegates answering the same procedure.
# Prints each result, the CPU per write, and the ratios. Results and the machine's load go in docs/performance.md
# ("Writes").
#
#   ./mvnw -B -q package -DskipTests      # once, if target/plenary.jar is missing or old
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -B -q -f bench/stack/pom.xml package   # the stack's baseline
#   bench/writes.sh
#
# Environment: LOADGEN (wrk; java: WritesLoad's own clients, the JDK's HTTP client on virtual threads), CLIENTS (200), PROCEDURES (50), DURATION (30 seconds measured), WARMUP (10), PORT (18090), PGPORT (15432),
# PG_BIN (/usr/lib/postgresql/15/bin), JAVA_OPTS, STACK_PORT (18091), STACK_JAVA_OPTS (JAVA_OPTS; with
# -Dstack.connections-in-turn=false the stack's pool is HikariCP's alone); STATEMENTS=1 also prints the SQL
# statements that PostgreSQL ran during Plenary's spread case, its seeding included (pg_stat_statements): calls and
# time spent executing, most time first.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PORT:-18090} PGPORT=${PGPORT:-15432} STACK_PORT=${STACK_PORT:-18091}
LOADGEN=${LOADGEN:-wrk}
CLIENTS=${CLIENTS:-200} PROCEDURES=${PROCEDURES:-50} SECONDS_MEASURED=${DURATION:-30} WARMUP=${WARMUP:-10}
WORK=$(mktemp -d /tmp/plenary-writes-bench-XXXXXX)
chmod 755 "$WORK"
. bench/postgres.sh
start_postgres -c max_connections=300 -c shared_buffers=512MB \
  ${STATEMENTS:+-c shared_preload_libraries=pg_stat_statements}
SERVER= STACK=
cleanup() {
  for pid in $STACK $SERVER; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
psql() { "$PG_BIN/psql" -q -h localhost -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
psql -c "create database plenary" -c "create database pgbench" -c "create database stack"
cat > "$WORK/schema.sql" <<'SQL'
create table procedure (id int primary key, version int not null);
insert into procedure select g, 0 from generate_series(1, 50) g;
create table response (id uuid primary key, procedure int not null references procedure, participant int not null,
  kind text not null, body text not null, received_at timestamptz not null, audit_entry uuid not null);
create table audit_entry (id uuid primary key, xact xid8 not null, at timestamptz not null, action text not null,
  entity_type text not null, entity_id text not null, process text not null, after jsonb not null);
SQL
psql -d pgbench -f "$WORK/schema.sql"
# The stack's database: pgbench's tables, and the accounts and tokens that Plenary's bearer-token query reads (its
# columns and indexes), one delegate per client with the token pln_stack_<n>, on procedure (n - 1) mod 50 + 1 (pgbench's 50).
psql -d stack -f "$WORK/schema.sql"
psql -d stack -v clients="$CLIENTS" <<'SQL'
create table account (id uuid primary key, username text not null, display_name text not null,
  participant int not null, admin boolean not null, language text not null, deactivated_at timestamptz);
create unique index account_username_key on account (username);
create table api_token (id uuid primary key, account uuid not null references account (id),
  token_hash char(64) not null unique, issued_at timestamptz not null, expires_at timestamptz not null,
  revoked_at timestamptz);
create index api_token_account_idx on api_token (account);
insert into account select gen_random_uuid(), 'delegate-' || g, 'Delegate ' || g, g, false, 'en'
  from generate_series(1, :clients) g;
insert into api_token select gen_random_uuid(), id, encode(sha256(convert_to('pln_stack_' || participant, 'UTF8')), 'hex'),
  now(), now() + interval '1 day' from account;
analyze;
SQL
for n in $(seq "$CLIENTS"); do
  echo "/api/v1/processes/bench/silence-procedures/$(( (n - 1) % 50 + 1 ))/comments pln_stack_$n"
done > "$WORK/stack-targets"
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

postgres_cpu() {  # CPU seconds used so far by PostgreSQL's processes: the server, its backends, and those that ended
  local postmaster
  postmaster=$(head -1 "$WORK/pg/postmaster.pid")
  # shellcheck disable=SC2046
  { cat $(printf '/proc/%s/stat ' "$postmaster" $(pgrep -P "$postmaster")) 2>/dev/null || true; } \
    | awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15} NR == 1 {t += $16 + $17} END {printf "%.1f", t / hz}'
}
pgbench() {  # script name: prints transactions per second and p99 (from the per-transaction log), and the CPU
  rm -f "$WORK"/pgbench_log.*
  local pg_before pg_after
  pg_before=$(postgres_cpu)
  TIMEFORMAT='%U %S'
  { time (cd "$WORK" && "$PG_BIN/pgbench" -n -h localhost -p "$PGPORT" -U postgres -c "$CLIENTS" -j 2 \
    -T "$SECONDS_MEASURED" -f "$WORK/$1.sql" -l pgbench > "$WORK/pgbench.out" 2>&1); } 2> "$WORK/pgbench.time"
  pg_after=$(postgres_cpu)
  tps=$(grep -oP 'tps = \K[0-9.]+' "$WORK/pgbench.out" | head -1)
  p99=$(cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; printf "%d", a[i]/1000}')
  echo "pgbench ($1): $tps transactions/s, p99 $p99 ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  awk -v c="$pg_before" -v d="$pg_after" -v s="$SECONDS_MEASURED" -v tps="$tps" \
    '{printf "CPU while measured: PostgreSQL %.0f %%, pgbench %.0f %% (of one core); per transaction: PostgreSQL %.2f ms, pgbench %.2f ms\n",
      100 * (d - c) / s, 100 * ($1 + $2) / s, 1000 * (d - c) / s / tps, 1000 * ($1 + $2) / s / tps}' <(tail -1 "$WORK/pgbench.time")
}

serve() {  # pid file name, port, log, java arguments...: starts a server, waits for its health, records its pid
  local name=$1 port=$2 log=$3; shift 3
  "$JAVA" "$@" --server.port="$port" > "$log" 2>&1 &
  echo $! > "$WORK/$name.pid"
  until curl -fs "http://localhost:$port/actuator/health" | grep -q UP; do
    kill -0 "$(cat "$WORK/$name.pid")" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
  done
}
export PLENARY_DATA_DIR="$WORK/data" PLENARY_ADMIN_PASSWORD=bench-admin-password
export PLENARY_DB_URL="jdbc:postgresql://localhost:$PGPORT/plenary" PLENARY_DB_USER=postgres PLENARY_DB_PASSWORD=
cp target/plenary.jar "$WORK/plenary.jar"
# shellcheck disable=SC2086
serve plenary "$PORT" "$WORK/server.log" ${JAVA_OPTS:-} -jar "$WORK/plenary.jar"
SERVER=$(cat "$WORK/plenary.pid")
echo "$(nproc) cores; PostgreSQL $("$PG_BIN/postgres" --version | grep -oP '\(PostgreSQL\) \K[0-9.]+'); Plenary up (pid $SERVER)"

measure() {  # label (plenary or stack), server's pid, port, targets file: wrk's warm-up, then its measure and the CPU
  local label=$1 pid=$2 port=$3 targets=$4
  export WRK_LABEL=$label
  wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" --timeout 60s -s bench/writes.lua "http://localhost:$port" -- "$targets" > /dev/null
  echo "load (wrk): $CLIENTS clients on $PROCEDURES_NOW procedures, ${WARMUP} s warm-up, $SECONDS_MEASURED s measured; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  local server_before server_after pg_before pg_after
  server_before=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  pg_before=$(postgres_cpu)
  TIMEFORMAT='%U %S'
  { time wrk -t2 -c"$CLIENTS" -d"${SECONDS_MEASURED}s" --timeout 60s -s bench/writes.lua "http://localhost:$port" \
      -- "$targets" | grep "^$label:" > "$WORK/$label.out"; } 2> "$WORK/wrk.time"
  server_after=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  pg_after=$(postgres_cpu)
  echo "$(cat "$WORK/$label.out"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  local name
  name=$([ "$label" = plenary ] && echo Plenary || echo "the stack")
  awk -v a="$server_before" -v b="$server_after" -v c="$pg_before" -v d="$pg_after" -v s="$SECONDS_MEASURED" \
    -v w="$(rate "$label" || echo 0)" -v name="$name" \
    '{if (w < 1) w = 1; printf "CPU while measured: %s %.0f %%, PostgreSQL %.0f %%, wrk %.0f %% (of one core); per accepted write: %s %.2f ms, PostgreSQL %.2f ms, wrk %.2f ms\n",
      name, 100 * (b - a) / s, 100 * (d - c) / s, 100 * ($1 + $2) / s,
      name, 1000 * (b - a) / s / w, 1000 * (d - c) / s / w, 1000 * ($1 + $2) / s / w}' <(tail -1 "$WORK/wrk.time")
}
rate() { grep -oP "^$1: \K[0-9]+" "$WORK/$1.out"; }
load() {  # procedures
  PROCEDURES_NOW=$1
  if [ "$LOADGEN" = java ]; then
    "$JAVA" -Dclients="$CLIENTS" -Dprocedures="$1" -Dseconds="$SECONDS_MEASURED" -Dwarmup="$WARMUP" \
      bench/WritesLoad.java "http://localhost:$PORT" "$PLENARY_ADMIN_PASSWORD" | tee "$WORK/plenary.out" | grep -v '^seeding'
    return
  fi
  "$JAVA" -Dclients="$CLIENTS" -Dprocedures="$1" -Dtargets="$WORK/targets" \
    bench/WritesLoad.java "http://localhost:$PORT" "$PLENARY_ADMIN_PASSWORD" > /dev/null
  measure plenary "$SERVER" "$PORT" "$WORK/targets"
}
stack() {  # the same web stack without Plenary, on the stack's database, then stopped
  PROCEDURES_NOW=50
  if [ "$LOADGEN" = java ] || [ ! -f bench/stack/target/stack.jar ]; then
    echo "stack: skipped ($([ "$LOADGEN" = java ] && echo "LOADGEN=java" || echo "build bench/stack first: see above"))"
    return
  fi
  cp bench/stack/target/stack.jar "$WORK/stack.jar"
  # shellcheck disable=SC2086
  STACK_DB_URL="jdbc:postgresql://localhost:$PGPORT/stack" \
    serve stack "$STACK_PORT" "$WORK/stack.log" ${STACK_JAVA_OPTS-${JAVA_OPTS:-}} -jar "$WORK/stack.jar"
  STACK=$(cat "$WORK/stack.pid")
  measure stack "$STACK" "$STACK_PORT" "$WORK/stack-targets"
  kill "$STACK"; wait "$STACK" 2>/dev/null || true; STACK=
  echo "stack: $(psql -d stack -At -c "select count(*) from response") answers stored, server errors logged: $(grep -c ' ERROR ' "$WORK/stack.log" || true)"
}
ratio() { awk -v a="$(rate "$1")" -v b="$2" 'BEGIN {printf "%.0f %%", 100 * a / b}'; }

statements() {  # the statements of the plenary database since the last reset, most frequent first
  psql -d plenary -c "create extension if not exists pg_stat_statements" -At -F ' | ' -c "$1" 2>/dev/null || true
}
pgbench spread; spread=$tps
stack
[ -z "${STATEMENTS:-}" ] || statements "select pg_stat_statements_reset()" > /dev/null
load "$PROCEDURES"
[ -z "${STATEMENTS:-}" ] || statements "select calls, round(total_exec_time) || ' ms',
  left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 110)
  from pg_stat_statements where dbid = (select oid from pg_database where datname = 'plenary')
  order by total_exec_time desc limit 25"
echo "ratio, spread over $PROCEDURES procedures: $(ratio plenary "$spread") of pgbench"
if [ -s "$WORK/stack.out" ]; then
  echo "ratio, the stack (50 procedures): $(ratio stack "$spread") of pgbench; Plenary $(ratio plenary "$(rate stack)") of the stack"
fi
pgbench one; one=$tps
load 1
echo "ratio, one procedure: $(ratio plenary "$one") of pgbench"
echo "server errors logged: $(grep -c ' ERROR ' "$WORK/server.log" || true)"
