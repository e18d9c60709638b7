#!/usr/bin/env bash
# Evaluates src/main/resources/tessdata/saraban.traineddata against Debian's stock
# `tha` on the committed held-out line images in training-data/eval/ (Norasi = font
# never seen in training, Laksaman = training font; held-out text; clean 300 dpi and
# degraded 200 dpi).  Raw tesseract CLI, one process per line (--psm 7) and per page
# (--psm 3), OMP_THREAD_LIMIT=1, both models in the same run.
#
#   training-data/evaluate.sh [--limit N] [--show-errors]
#   TESSDATA=/other/dir training-data/evaluate.sh     # evaluate another saraban build
#   REGENERATE=1 training-data/evaluate.sh            # rebuild eval/ first (make_eval.py)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
TESSDATA=${TESSDATA:-$REPO/src/main/resources/tessdata}
export OMP_THREAD_LIMIT=1
if [ "${REGENERATE:-0}" = 1 ]; then
  /usr/bin/python3 "$HERE/make_eval.py" /work/shared/letters-text "$HERE/work/train_text.txt" "$HERE/eval"
fi
echo "$(tesseract --version 2>&1 | head -1); saraban from $TESSDATA; $(tesseract --list-langs 2>&1 | head -1)"
exec /usr/bin/python3 "$HERE/evaluate.py" --eval-dir "$HERE/eval" --tessdata "$TESSDATA" "$@"
