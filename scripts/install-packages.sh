#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Saraban Intake needs, if any are missing:
# JDK 17, Tesseract with its Thai and English models, the TLWG Thai fonts (used to render
# samples and test pages), and Chromium with its driver (for the browser tests).
set -euo pipefail
packages=(openjdk-17-jdk-headless tesseract-ocr tesseract-ocr-tha tesseract-ocr-eng
          fonts-thai-tlwg chromium chromium-driver)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A JDK 17 or newer already on the PATH will do.
if command -v javac >/dev/null && javac -version 2>&1 | awk '{split($2,v,"."); exit !(v[1] >= 17)}'; then
  missing=("${missing[@]/openjdk-17-jdk-headless}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
