#!/bin/sh
# Start-up and footprint of the built service, as whole processes (see docs/benchmarks.md).
#   bench/startup.sh [RUNS] [LAUNCHER...]      e.g. bench/startup.sh 5 java -jar target/nhacviec.jar
# For each run, in a fresh temporary directory with its own H2 database (migrated once first):
#   serve: milliseconds from the process start until GET /health answers, and its resident set
#          (VmRSS from /proc) after 10 s idle; then `plan list`: wall milliseconds to exit.
# Prints one line per run and the medians. Needs curl.
set -eu
runs=${1:-5}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- java -jar "$(cd "$(dirname "$0")/.." && pwd)/target/nhacviec.jar"
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export NHACVIEC_CONFIG_DIR="$work/config"
"$@" plan list >/dev/null 2>&1  # creates and migrates ./data, so every timed run opens a current database
: >ready; : >rss; : >list
i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  port=$((20000 + ($$ + i) % 20000))
  start=$(now_ms)
  MICRONAUT_SERVER_PORT=$port "$@" serve >serve.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "serve died:"; cat serve.log; exit 1; }
    sleep 0.02
  done
  ready=$(( $(now_ms) - start ))
  sleep 10
  rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" || true
  start=$(now_ms)
  "$@" plan list >/dev/null
  list=$(( $(now_ms) - start ))
  echo "run $i: serve ready ${ready} ms, idle RSS ${rss} MB; plan list ${list} ms"
  echo "$ready" >>ready; echo "$rss" >>rss; echo "$list" >>list
done
echo "median of $runs: serve ready $(median <ready) ms, idle RSS $(median <rss) MB; plan list $(median <list) ms"
