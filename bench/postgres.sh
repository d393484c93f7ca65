# Sourced by the benchmarks that need a PostgreSQL server of their own (Debian's PostgreSQL 15): a new cluster in
# $WORK/pg on $PGPORT, trusting local connections, its socket in $WORK/pg; as root, run as the postgres user.
# Needs PG_BIN, WORK and PGPORT; the options given are added to the server's (-c name=value ...).
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_postgres() {  # server options...
  mkdir "$WORK/pg" && { [ "$(id -u)" != 0 ] || chown postgres "$WORK/pg"; }
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" --auth=trust -U postgres > /dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w start \
    -o "-p $PGPORT -k $WORK/pg -c listen_addresses=localhost $*" > /dev/null
}
stop_postgres() { as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null || true; }
