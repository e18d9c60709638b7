#!/usr/bin/env bash
# Runs the JMH micro-benchmarks of the in-process stages (src/test/java/org/saraban/intake/bench/*Benchmark.java)
# from the project folder. Arguments go to JMH, e.g.:
#   scripts/jmh.sh                      # all of them (about 10 minutes)
#   scripts/jmh.sh Search -p records=100000
#   scripts/jmh.sh PageStages.findQrCodes -f 1 -wi 2 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
# Tesseract's OpenMP threads are switched off as in the pipeline; set before the native library loads.
export OMP_THREAD_LIMIT=1
exec java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main "$@"
