#!/usr/bin/env bash
# The national-scale figures of docs/benchmarks.md (issue 11), reproduced: a generated country
# (3,321 communes, 50,000 officers, 1,000,000 open deadlines) on MariaDB, then on H2, and the
# daily scan, a chairman's /quahan and "xong" measured with the built jar under -Xmx512m.
#
#   ./mvnw -q -DskipTests package && bench/national.sh            # MariaDB then H2
#   bench/national.sh mariadb                                       # MariaDB only
#
# MariaDB: 127.0.0.1:3306 as root without password unless NHACVIEC_BENCH_MYSQL_URL/USER/PASSWORD say
# otherwise; the database nhacviec_bench (NHACVIEC_BENCH_DB) is DROPPED and created again.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/nhacviec.jar}
DB=${NHACVIEC_BENCH_DB:-nhacviec_bench}
SERVER=${NHACVIEC_BENCH_MYSQL_URL:-jdbc:mysql://127.0.0.1:3306/}
USER_=${NHACVIEC_BENCH_MYSQL_USER:-root}
PASS=${NHACVIEC_BENCH_MYSQL_PASSWORD:-}
JAVA="java -Xmx512m -jar $JAR"
which=${1:-all}

run() {
  echo "+ $*"
  "$@"
}

measure() {
  run $JAVA bench generate
  run $JAVA bench scan --runs 3
  run $JAVA bench overdue --warmup 50 --count 300
  run $JAVA bench done --rate 500 --seconds 20
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
if [[ $which == all || $which == mariadb ]]; then
  host=$(echo "$SERVER" | sed -E 's#jdbc:mysql://([^:/]+).*#\1#')
  port=$(echo "$SERVER" | sed -E 's#jdbc:mysql://[^:/]+:?([0-9]*).*#\1#')
  mysql -h"$host" -P"${port:-3306}" -u"$USER_" ${PASS:+-p"$PASS"} \
    -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  echo "== MariaDB ($SERVER$DB)"
  DATASOURCES_DEFAULT_URL="${SERVER%/}/$DB" DATASOURCES_DEFAULT_USERNAME="$USER_" DATASOURCES_DEFAULT_PASSWORD="$PASS" measure
fi
if [[ $which == all || $which == h2 ]]; then
  dir=$(mktemp -d /tmp/nhacviec-bench-h2.XXXX)
  echo "== H2 ($dir)"
  DATASOURCES_DEFAULT_URL="jdbc:h2:file:$dir/bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE" DATASOURCES_DEFAULT_USERNAME=sa \
    DATASOURCES_DEFAULT_PASSWORD= bash -c "$(declare -f run); run $JAVA bench generate && run $JAVA bench scan --runs 3"
  rm -rf "$dir"
fi
