#!/bin/sh
# DPO benchmarks (see README.md here). Run from anywhere; uses the project's offline Maven repository.
# -Dbench.files=1000 -Dbench.big-bytes=1073741824 -Dbench.port=18480 may be passed as arguments.
set -e
cd "$(dirname "$0")/../.."
mvn -o -q package -DskipTests
CP="target/test-classes:target/classes:$(mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" bench/dpo/DpoBench.java
exec java "$@" -cp "target/bench-classes:$CP" no.kurer.bench.DpoBench
