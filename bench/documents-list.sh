#!/usr/bin/env bash
# Throughput of the documents list (GET /api/v1/processes/{pid}/documents, anonymous) with 500 GENERAL
# documents, measured with wrk against a running Plenary on this machine. Seeds its own treaty, process,
# Secretariat officer and documents through the API, then runs wrk for a bounded time.
#
#   PLENARY_DATA_DIR=/tmp/bench-data PLENARY_ADMIN_PASSWORD=bench-admin-password \
#     java -jar target/plenary.jar --server.port=18471 &
#   bench/documents-list.sh http://localhost:18471 bench-admin-password
#
# Environment: DOCUMENTS (500), DURATION (30s), THREADS (2), CONNECTIONS (16).
set -euo pipefail

base=${1:?base URL, e.g. http://localhost:18471}
admin_password=${2:?administrator password}
documents=${DOCUMENTS:-500}
duration=${DURATION:-30s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
api="$base/api/v1"
run=$(date +%s)

case "$base" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "refusing to load anything but localhost: $base" >&2; exit 1 ;;
esac

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
post() { curl -sf -H 'Content-Type: application/json' -H "Authorization: Bearer $1" -d "$3" "$api$2"; }
token() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$api/auth/token" | json "['token']"; }

admin=$(token admin "$admin_password")
treaty="B$run"
post "$admin" /treaties "{\"code\":\"$treaty\",\"title\":\"Benchmark convention\"}" > /dev/null
process=$(post "$admin" /processes "{\"code\":\"BENCH-$run\",\"title\":\"Benchmark conference\",\"treaty\":\"$treaty\",
  \"timeZone\":\"Europe/Zurich\",\"languages\":[\"en\",\"fr\"],\"silenceMinimumPeriod\":\"PT72H\"}" | json "['id']")
officer="secretariat-$run"
officer_id=$(post "$admin" /users "{\"username\":\"$officer\",\"password\":\"bench-officer-password\",
  \"displayName\":\"Secretariat\",\"email\":\"$officer@bench.example\"}" | json "['id']")
post "$admin" "/processes/$process/officers" "{\"userId\":\"$officer_id\",\"role\":\"SECRETARIAT\"}" > /dev/null
secretariat=$(token "$officer" bench-officer-password)

echo "seeding $documents documents into process $process" >&2
file=$(mktemp)
trap 'rm -f "$file"' EXIT
for n in $(seq 1 "$documents"); do
  printf 'Working paper %d of the benchmark conference.\n' "$n" > "$file"
  curl -s --fail-with-body -o /dev/null -H "Authorization: Bearer $secretariat" \
    -F "metadata={\"symbol\":\"BENCH/CONF/$((run % 10000))/WP.$n\",\"title\":\"Working paper $n\",\"type\":\"WORKING_PAPER\",\"distribution\":\"GENERAL\",\"originalLanguage\":\"en\"};type=application/json" \
    -F "en=@$file;type=text/plain;filename=wp-$n.txt" \
    "$api/processes/$process/documents"
done

list="$api/processes/$process/documents"
echo "list: $(curl -sf "$list" | json '.__len__()') documents, $(curl -sf "$list" | wc -c) bytes" >&2
wrk -t"$threads" -c"$connections" -d"$duration" --latency "$list"
