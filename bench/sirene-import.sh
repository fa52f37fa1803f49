#!/bin/sh
# SIRENE import speed (parse + upsert rows/s) on a generated file, into a fresh durable embedded PostgreSQL.
# Usage, from the repository root: bench/sirene-import.sh [establishments]   (default 250000)
# See docs/performance.md, section "SIRENE import".
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.gide.directory.imports.bench.SireneImportBench "${1:-250000}"
