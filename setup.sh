#!/usr/bin/env bash
# Sets everything up and runs the main job on the bundled sample letters:
# installs what is missing, builds with the Maven wrapper, ingests every sample into a fresh
# workspace (target/demo-workspace), prints the records found and one Thai search.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-packages.sh
./mvnw -q -B -DskipTests package
rm -rf target/demo-workspace
bin/saraban demo --workspace target/demo-workspace sample-letters
