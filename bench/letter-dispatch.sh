#!/usr/bin/env bash
# Time to drain the outbox: a letter of the Presidency to 200 States Parties with 2 mission contacts and 3 delegate
# accounts each, 1,000 e-mails delivered to GreenMail on this machine (embedded PostgreSQL, one instance), then a
# second letter on the warm JVM. Prints the BENCHMARK lines of LetterDispatchBenchmark (send call, last e-mail
# received, every dispatch SENT, e-mails per second); results go to docs/performance.md.
#
#   bench/letter-dispatch.sh                                  # defaults (db-scheduler.threads=5)
#   bench/letter-dispatch.sh --db-scheduler.threads=10        # any settings of the instance
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
./mvnw -B -q test -Dtest=LetterDispatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.settings="$*" >"$log" 2>&1 || { tail -50 "$log"; exit 1; }
grep -h BENCHMARK "$log" || echo "no BENCHMARK line: see $log"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
