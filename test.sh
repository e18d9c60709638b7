#!/usr/bin/env bash
# Runs the whole test suite (JUnit 5 through Maven Surefire) after installing what the tests use:
# real Tesseract, real fonts, real Chromium.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-packages.sh
./mvnw -B verify
