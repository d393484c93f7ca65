#!/usr/bin/env bash
# Time to drain the outbox: a letter of the Presidency to 200 States Parties with 2 mission contacts and 3 delegate
# accounts each, 1,000 e-mails delivered to GreenMail on this machine (embedded PostgreSQL, one instance), then a
# second letter on the warm JVM. Prints the BENCHMARK lines of LetterDispatchBenchmark (send call, last e-mail
# received, every dispatch SENT, e-mails per second); results go to docs/performance.md.
#
#   bench/letter-dispatch.sh                                  # this working tree, default settings
#   bench/letter-dispatch.sh --plenary.outbox.connections=8   # any settings of the instance
#   bench/letter-dispatch.sh --compare 90037b4                # first that commit (a clean clone in a temporary
#                                                             # directory), then this tree, one after the other
set -euo pipefail
cd "$(dirname "$0")/.."
machine() {
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
run() { # directory, settings...
    local dir=$1 log
    shift
    log=$(mktemp)
    machine
    (cd "$dir" && ./mvnw -B -q test -Dtest=LetterDispatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dbench.settings="$*") >"$log" 2>&1 || { tail -50 "$log"; exit 1; }
    grep -h BENCHMARK "$log" || echo "no BENCHMARK line: see $log"
    machine
}
if [[ ${1:-} == --compare ]]; then
    before=$(mktemp -d)
    git clone -q . "$before" && git -C "$before" checkout -q "$2"
    shift 2
    echo "== before: $(git -C "$before" log --oneline -1)"
    run "$before" "$@"
    rm -rf "$before"
    echo "== after: $(git log --oneline -1)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')"
fi
run . "$@"
