#!/usr/bin/env bash
# Builds src/main/resources/tessdata/saraban.traineddata from Debian's stock `tha` model.
#
# Route: the stock integer model is converted back to float (int2float.py), its
# output layer is remapped to a new character set (all Thai digits, sara am,
# Latin, punctuation), and it is fine-tuned with lstmtraining on short synthetic
# lines in the genre of Thai official letters, rendered in TLWG fonts (Norasi is
# held out for evaluation) clean and with scan-like degradation.
#
# Needs (Debian 12): tesseract-ocr tesseract-ocr-tha libtesseract-dev (training
# tools text2image lstmtraining combine_tessdata combine_lang_model
# unicharset_extractor dawg2wordlist), fonts-thai-tlwg, python3-pil, python3-numpy.
#
# Environment knobs: MAX_ITERATIONS (default 16000), LEARNING_RATE (0.0005),
# RENDER_JOBS (parallel render jobs, default 2), TRAIN_THREADS (OpenMP threads of
# lstmtraining, default 1: on a busy 2-core machine OpenMP's spinning made 2 threads
# ~20x slower), TRAIN_LINES (default 7500), TESSDATA (stock tessdata dir).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
WORK=$HERE/work
OUT=$REPO/src/main/resources/tessdata
TESSDATA=${TESSDATA:-/usr/share/tesseract-ocr/5/tessdata}
MAX_ITERATIONS=${MAX_ITERATIONS:-16000}
LEARNING_RATE=${LEARNING_RATE:-0.0005}
TRAIN_THREADS=${TRAIN_THREADS:-1}
RENDER_JOBS=${RENDER_JOBS:-2}
TRAIN_LINES=${TRAIN_LINES:-7500}
LANG_NAME=saraban
PY=/usr/bin/python3

# Training fonts and render variants; Norasi is NOT here (held out for evaluation).
FONT_VARIANTS=(
  "Laksaman|clean300" "Laksaman|scan200" "Laksaman|scan300" "Laksaman|mild300" "Laksaman|scan200"
  "Laksaman Bold|clean300" "Laksaman Bold|scan200" "Laksaman Bold|mild300"
  "Kinnari|clean300" "Kinnari|scan200" "Kinnari|mild300"
  "Kinnari Bold|scan300"
  "Garuda|clean300" "Garuda|scan200" "Garuda|mild300"
  "Loma|clean300" "Loma|scan200" "Loma|mild300"
  "Umpush|clean300" "Umpush|scan200" "Umpush|mild300"
  "Waree|clean300" "Waree|scan200" "Waree|mild300"
  "Sawasdee|clean300" "Sawasdee|scan200"
  "Tlwg Typo|clean300" "Tlwg Typo|scan200"
  "Tlwg Typist|scan300" "Laksaman Italic|mild300"
)

log() { echo "[$(date -u +%H:%M:%S)] $*"; }
START=$(date +%s)
mkdir -p "$WORK" "$OUT"

log "1/7 unpack stock tha"
mkdir -p "$WORK/stock"
combine_tessdata -u "$TESSDATA/tha.traineddata" "$WORK/stock/tha." >/dev/null 2>&1
dawg2wordlist "$WORK/stock/tha.lstm-unicharset" "$WORK/stock/tha.lstm-word-dawg" "$WORK/stock/words.txt" 2>/dev/null
dawg2wordlist "$WORK/stock/tha.lstm-unicharset" "$WORK/stock/tha.lstm-punc-dawg" "$WORK/stock/punc.txt" 2>/dev/null

log "2/7 generate training text ($TRAIN_LINES lines)"
$PY "$HERE/gen_text.py" train "$TRAIN_LINES" 20251122 "$WORK/stock/words.txt" > "$WORK/train_text.txt"

log "3/7 build the starter traineddata (new unicharset + dictionaries)"
S=$WORK/starter
rm -rf "$S"; mkdir -p "$S/$LANG_NAME" "$S/out/$LANG_NAME"
$PY - "$S/charset.txt" <<'EOF'
import sys, unicodedata
thai = [chr(c) for c in range(0x0E01, 0x0E5C) if unicodedata.category(chr(c)) != "Cn"]
latin = [chr(c) for c in range(0x21, 0x7F)]
open(sys.argv[1], "w", encoding="utf-8").write(" ".join(thai + latin + list("“”‘’–—•…")) + "\n")
EOF
unicharset_extractor --norm_mode 2 --output_unicharset "$S/$LANG_NAME.unicharset" \
  "$S/charset.txt" "$WORK/train_text.txt" "$WORK/stock/words.txt" >/dev/null 2>&1
echo "19968 1" > "$S/radical-stroke.txt"       # required even for Thai
# Same runtime config as stock tha (keeps Thai output free of spurious spaces).
printf 'preserve_interword_spaces 1\n' > "$S/$LANG_NAME/$LANG_NAME.config"
# Dictionary: the stock Thai word list plus words of the training body text.
$PY - "$WORK/stock/words.txt" "$WORK/train_text.txt" "$S/words.txt" <<'EOF'
import re, sys
words = set(open(sys.argv[1], encoding="utf-8").read().split())
for w in open(sys.argv[2], encoding="utf-8").read().split():
    if not re.search("[0-9\u0e50-\u0e59]", w):
        words.add(w)
open(sys.argv[3], "w", encoding="utf-8").write("\n".join(sorted(words)) + "\n")
EOF
combine_lang_model --input_unicharset "$S/$LANG_NAME.unicharset" --script_dir "$S" \
  --words "$S/words.txt" --puncs "$WORK/stock/punc.txt" \
  --output_dir "$S/out" --lang "$LANG_NAME" >/dev/null 2>&1
STARTER=$S/out/$LANG_NAME/$LANG_NAME.traineddata
combine_tessdata -u "$STARTER" "$S/new." >/dev/null 2>&1

log "4/7 convert the stock int model to float and remap its outputs"
# New Thai digits and sara am start as copies of what stock tha confuses them with.
$PY "$HERE/int2float.py" "$WORK/stock/tha.lstm" "$WORK/start.lstm" "$WORK/stock/tha" "$S/new" \
  "๔=๕,๖=๒,๗=๓,๘=๕,๙=ค,ำ=า"

log "5/7 render training lines (${#FONT_VARIANTS[@]} font/variant chunks)"
R=$WORK/render
rm -rf "$R"; mkdir -p "$R"
n=${#FONT_VARIANTS[@]}
per=$(( (TRAIN_LINES + n - 1) / n ))
split -l "$per" -d -a 3 "$WORK/train_text.txt" "$R/chunk_"
i=0
: > "$R/jobs.txt"
for fv in "${FONT_VARIANTS[@]}"; do
  font=${fv%%|*} variant=${fv##*|}
  chunk=$(printf '%s/chunk_%03d' "$R" "$i")
  [ -f "$chunk" ] || break
  printf '%s\t%s\t%s\t%s\t%s\n' "$chunk" "$font" "$variant" "$((1000 + i))" "$R/r$(printf %03d $i)" >> "$R/jobs.txt"
  i=$((i + 1))
done
export HERE S LANG_NAME
tr '\n' '\0' < "$R/jobs.txt" | xargs -0 -P "$RENDER_JOBS" -I{} bash -c '
  IFS=$'"'"'\t'"'"' read -r chunk font variant seed out <<< "{}"
  "$HERE/render_chunk.sh" "$chunk" "$font" "$variant" "$seed" "$out" "$S/$LANG_NAME.unicharset" || echo "render failed: $font $variant" >&2'
ls "$R"/*.lstmf > "$WORK/train_list.txt"
log "   $(wc -l < "$WORK/train_list.txt") lstmf files"

log "6/7 fine-tune ($MAX_ITERATIONS iterations, $TRAIN_THREADS threads)"
rm -rf "$WORK/ckpt"; mkdir -p "$WORK/ckpt"
TRAIN_START=$(date +%s)
OMP_THREAD_LIMIT=$TRAIN_THREADS lstmtraining \
  --continue_from "$WORK/start.lstm" \
  --traineddata "$STARTER" \
  --model_output "$WORK/ckpt/$LANG_NAME" \
  --train_listfile "$WORK/train_list.txt" \
  --max_iterations "$MAX_ITERATIONS" \
  --reset_learning_rate --learning_rate "$LEARNING_RATE" \
  --target_error_rate 0.005 \
  --debug_interval 0 2>&1 | grep --line-buffered -E "^At iteration|Finished|rror|earning rate" \
  | tee "$WORK/training.log" | awk 'NR % 20 == 1 || /Finished/ { print; fflush() }'
log "   training took $(( ($(date +%s) - TRAIN_START) / 60 )) min"

log "7/7 write the integer model"
lstmtraining --stop_training --convert_to_int \
  --continue_from "$WORK/ckpt/${LANG_NAME}_checkpoint" \
  --traineddata "$STARTER" \
  --model_output "$OUT/$LANG_NAME.traineddata" >/dev/null 2>&1
lstmtraining --stop_training \
  --continue_from "$WORK/ckpt/${LANG_NAME}_checkpoint" \
  --traineddata "$STARTER" \
  --model_output "$WORK/${LANG_NAME}_float.traineddata" >/dev/null 2>&1
ls -la "$OUT/$LANG_NAME.traineddata"
log "done in $(( ($(date +%s) - START) / 60 )) min"
