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
# unicharset_extractor dawg2wordlist), fonts-thai-tlwg, python3-pil, python3-numpy; poppler-utils
# (pdfimages) for PHASE3_SET=pages.
#
# Environment knobs: MAX_ITERATIONS (default 16000), LEARNING_RATE (0.0005),
# RENDER_JOBS (parallel render jobs, default 2), TRAIN_THREADS (OpenMP threads of
# lstmtraining, default 1: on a busy 2-core machine OpenMP's spinning made 2 threads
# ~20x slower), TRAIN_LINES (default 7500), TESSDATA (stock tessdata dir),
# PHASES ("1 2" by default; "2" resumes from phase-1 checkpoints already in work/),
# PHASE2_ITERATIONS (default 8000), RESUME=1 (phase 2 goes on from its own latest
# checkpoint, e.g. after a stop), PHASE2_LINES (default 6000),
# PHASE2_LEARNING_RATE (default 0.0003); PHASE3_ITERATIONS (default 8000),
# PHASE3_STEP (default 2000), PHASE3_LINES (default 6000), PHASE3_LEARNING_RATE
# (default 0.0002), PHASE3_SEED (text seed, default 20261123), PHASE3_SET (empty: thinned and
# heavily degraded lines; "tight": lines set as close as in a letter; "pages": lines cut from
# generated letter scans, with stamps, seals and notes across them, by page_lines.py; needs
# `./mvnw package` first for bin/saraban samples, and poppler-utils; "pages+serif": those and
# PHASE3_LINES rendered lines in the serif and looped families, SERIF_VARIANTS; "pages+names": those and
# PHASE3_LINES signature-block lines with generated names, NAME_VARIANTS), PAGE_SEEDS (default "7001 7002";
# an entry SEED:FACE sets that seed's letters in another TLWG face, e.g. "7004:Kinnari").
#
# Phase 2 widens the font set (Arundina, FreeSerif, Noto Thai; Debian packages
# fonts-arundina fonts-freefont-ttf fonts-noto-core) and adds degraded 200 dpi
# lines, because phase 1 alone read the held-out font Norasi far worse than the
# fonts it had seen.
#
# Phase 3 (PHASES=3, run on its own) fine-tunes the model committed in
# src/main/resources/tessdata on degraded 200 dpi lines only (light copies with
# broken hairlines, heavy noise), in steps; after each step the model is read on
# the validation sets (training-data/validation/, fonts used neither here nor in
# the evaluation) and the step that reads them best, the committed model itself
# included, is written out.  Training error never picks the model in this phase.
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
PHASES=${PHASES:-1 2}
PHASE2_ITERATIONS=${PHASE2_ITERATIONS:-8000}
PHASE2_LINES=${PHASE2_LINES:-6000}
PHASE2_LEARNING_RATE=${PHASE2_LEARNING_RATE:-0.0003}
PHASE3_ITERATIONS=${PHASE3_ITERATIONS:-8000}
PHASE3_STEP=${PHASE3_STEP:-2000}
PHASE3_LINES=${PHASE3_LINES:-6000}
PHASE3_LEARNING_RATE=${PHASE3_LEARNING_RATE:-0.0002}
PHASE3_SEED=${PHASE3_SEED:-20261123}   # a new seed for each further round: new lines
PAGE_SEEDS=${PAGE_SEEDS:-7001 7002}     # PHASE3_SET=pages: sample seeds the page lines are cut from
LANG_NAME=saraban
CKPT=$WORK/ckpt   # lstmtraining's checkpoints (phase 3 keeps its own)
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
# Phase 2: the same families degraded at 200 dpi once more, plus new families.
PHASE2_VARIANTS=(
  "Arundina Serif|clean300" "Arundina Serif|scan200" "Arundina Serif Bold|mild300"
  "Arundina Sans|clean300" "Arundina Sans|scan200" "Arundina Sans Bold|scan300"
  "FreeSerif|clean300" "FreeSerif|scan200" "FreeSerif Bold|mild300"
  "Noto Serif Thai|clean300" "Noto Serif Thai|scan200" "Noto Serif Thai Bold|scan300"
  "Noto Sans Thai|clean300" "Noto Sans Thai|scan200"
  "Noto Looped Thai|clean300" "Noto Looped Thai|scan200" "Noto Looped Thai Bold|mild300"
  "Laksaman|scan200" "Laksaman Bold|scan200" "Kinnari|scan200" "Kinnari Bold|scan200"
  "Garuda|scan200" "Loma|scan200" "Umpush|scan200" "Waree|scan200" "Tlwg Typo|scan200"
)
# Phase 3 (PHASE3_SET=tight): the same families with lines set as close as in a letter.
TIGHT_VARIANTS=(
  "Laksaman|tight200" "Laksaman|tight300" "Laksaman Bold|tight200" "Kinnari|tight200" "Kinnari|tight300"
  "Kinnari Bold|tight200" "Garuda|tight200" "Garuda|tight300" "Loma|tight200" "Loma|tight300"
  "Umpush|tight200" "Waree|tight200" "Waree|tight300" "Sawasdee|tight200" "Tlwg Typo|tight200"
  "Arundina Serif|tight200" "Arundina Serif|tight300" "Arundina Sans|tight200"
  "FreeSerif|tight200" "FreeSerif|tight300" "Noto Serif Thai|tight200" "Noto Serif Thai|tight300"
  "Noto Sans Thai|tight200" "Noto Looped Thai|tight200" "Noto Looped Thai|tight300" "Tlwg Typist|tight200"
)
# Phase 3 (PHASE3_SET=pages+serif, alongside the page lines): the serif and looped families at
# 200 dpi as a scan, a light copy and a heavy one, so that page lines (mostly Laksaman) do not
# pull the model away from serif faces read at low resolution.
SERIF_VARIANTS=(
  "Kinnari|scan200" "Kinnari|thin200" "Kinnari|heavy200" "Kinnari Bold|scan200"
  "FreeSerif|scan200" "FreeSerif|thin200" "FreeSerif|heavy200"
  "Arundina Serif|scan200" "Arundina Serif|thin200" "Noto Serif Thai|scan200" "Noto Serif Thai|thin200"
  "Noto Looped Thai|scan200" "Noto Looped Thai|thin200" "Laksaman|scan200" "Laksaman|thin200"
  "Laksaman Bold|heavy200"
)
# Phase 3 (PHASE3_SET=pages+names, alongside the page lines): signature-block lines (gen_text.py
# names) in the families letters are set in, at the resolutions and degradations of a scan.
NAME_VARIANTS=(
  "Laksaman|clean300" "Laksaman|scan300" "Laksaman|mild300" "Laksaman|scan200" "Laksaman|thin200"
  "Laksaman Bold|scan300" "Kinnari|scan300" "Kinnari|scan200" "Kinnari|thin200" "Garuda|scan300"
  "Loma|scan300" "Umpush|scan200" "Waree|scan300" "FreeSerif|scan200" "Arundina Serif|scan300"
  "Noto Serif Thai|scan200"
)
# Phase 3: every training family at 200 dpi, thinned or heavily degraded.
PHASE3_VARIANTS=(
  "Laksaman|thin200" "Laksaman|heavy200" "Laksaman Bold|thin200" "Kinnari|thin200" "Kinnari|heavy200"
  "Kinnari Bold|thin200" "Garuda|thin200" "Garuda|heavy200" "Loma|thin200" "Loma|heavy200"
  "Umpush|thin200" "Waree|thin200" "Waree|heavy200" "Sawasdee|thin200" "Tlwg Typo|heavy200"
  "Arundina Serif|thin200" "Arundina Serif|heavy200" "Arundina Sans|thin200"
  "FreeSerif|thin200" "FreeSerif|heavy200" "Noto Serif Thai|thin200" "Noto Serif Thai|heavy200"
  "Noto Sans Thai|thin200" "Noto Looped Thai|thin200" "Noto Looped Thai|heavy200" "Tlwg Typist|heavy200"
)

# Phase 3 starts from the model in $OUT, which phases 1 and 2 write only at their end.
if [[ " $PHASES " == *" 3 "* && "$PHASES" != 3 ]]; then
  echo "run phase 3 on its own (PHASES=3), after phases 1 and 2 have written the model" >&2
  exit 2
fi

log() { echo "[$(date -u +%H:%M:%S)] $*"; }
START=$(date +%s)
mkdir -p "$WORK" "$OUT"

STARTER=$WORK/starter/out/$LANG_NAME/$LANG_NAME.traineddata
S=$WORK/starter

# render_lines TEXTFILE OUTDIR SEEDBASE VARIANT...: one chunk of the text per
# font/variant, rendered in parallel; prints nothing, leaves OUTDIR/*.lstmf.
render_lines() {
  local text=$1 dir=$2 seedbase=$3; shift 3
  local variants=("$@") n=$# i=0 per
  rm -rf "$dir"; mkdir -p "$dir"
  per=$(( ($(wc -l < "$text") + n - 1) / n ))
  split -l "$per" -d -a 3 "$text" "$dir/chunk_"
  : > "$dir/jobs.txt"
  for fv in "${variants[@]}"; do
    local font=${fv%%|*} variant=${fv##*|} chunk
    chunk=$(printf '%s/chunk_%03d' "$dir" "$i")
    [ -f "$chunk" ] || break
    printf '%s\t%s\t%s\t%s\t%s\n' "$chunk" "$font" "$variant" "$((seedbase + i))" "$dir/r$(printf %03d $i)" >> "$dir/jobs.txt"
    i=$((i + 1))
  done
  export HERE S LANG_NAME
  tr '\n' '\0' < "$dir/jobs.txt" | xargs -0 -P "$RENDER_JOBS" -I{} bash -c '
    IFS=$'"'"'\t'"'"' read -r chunk font variant seed out <<< "{}"
    "$HERE/render_chunk.sh" "$chunk" "$font" "$variant" "$seed" "$out" "$S/$LANG_NAME.unicharset" || echo "render failed: $font $variant" >&2'
}

# train CONTINUE_FROM ITERATIONS RATE LOG LISTFILE...
train() {
  local from=$1 iterations=$2 rate=$3 logfile=$4; shift 4
  cat "$@" > "$WORK/train_list.txt"
  log "   $(wc -l < "$WORK/train_list.txt") lstmf files, $iterations iterations, rate $rate, $TRAIN_THREADS threads"
  local t0; t0=$(date +%s)
  OMP_THREAD_LIMIT=$TRAIN_THREADS lstmtraining \
    --continue_from "$from" \
    --traineddata "$STARTER" \
    --model_output "$CKPT/$LANG_NAME" \
    --train_listfile "$WORK/train_list.txt" \
    --max_iterations "$iterations" \
    --reset_learning_rate --learning_rate "$rate" \
    --target_error_rate 0.005 \
    --debug_interval 0 > "$logfile" 2>&1 &
  local pid=$!
  # Progress: every 20th report of lstmtraining's own log.
  tail -n +1 --pid "$pid" -f "$logfile" | grep --line-buffered -E "^At iteration|Finished" \
    | awk 'NR % 20 == 1 || /Finished/ { print; fflush() }' || true
  wait "$pid" || { echo "lstmtraining failed; its log: $logfile" >&2; tail -5 "$logfile" >&2; exit 1; }
  log "   training took $(( ($(date +%s) - t0) / 60 )) min"
}

# best_checkpoint [MIN_ITERATION]: the checkpoint with the lowest training error
# (lstmtraining names them <lang>_<error>_<lines>_<iteration>) written after
# MIN_ITERATION, or else the latest one.  A continued run keeps the earlier best
# error, so it only names checkpoints that beat it; the latest is the fallback.
best_checkpoint() {
  local min=${1:-0} best
  best=$(ls "$WORK/ckpt/" | grep -E "^${LANG_NAME}_[0-9.]+_[0-9]+_[0-9]+\.checkpoint$" \
    | awk -F_ -v min="$min" '{ it = $4; sub(/\.checkpoint$/, "", it) } it + 0 > min + 0' \
    | sort -t_ -k2,2g | head -1)
  echo "$WORK/ckpt/${best:-${LANG_NAME}_checkpoint}"
}

if [[ " $PHASES " == *" 1 "* ]]; then
log "1/7 unpack stock tha"
mkdir -p "$WORK/stock"
combine_tessdata -u "$TESSDATA/tha.traineddata" "$WORK/stock/tha." >/dev/null 2>&1
dawg2wordlist "$WORK/stock/tha.lstm-unicharset" "$WORK/stock/tha.lstm-word-dawg" "$WORK/stock/words.txt" 2>/dev/null
dawg2wordlist "$WORK/stock/tha.lstm-unicharset" "$WORK/stock/tha.lstm-punc-dawg" "$WORK/stock/punc.txt" 2>/dev/null

log "2/7 generate training text ($TRAIN_LINES lines)"
$PY "$HERE/gen_text.py" train "$TRAIN_LINES" 20251122 "$WORK/stock/words.txt" > "$WORK/train_text.txt"

log "3/7 build the starter traineddata (new unicharset + dictionaries)"
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
combine_tessdata -u "$STARTER" "$S/new." >/dev/null 2>&1

log "4/7 convert the stock int model to float and remap its outputs"
# New Thai digits and sara am start as copies of what stock tha confuses them with.
$PY "$HERE/int2float.py" "$WORK/stock/tha.lstm" "$WORK/start.lstm" "$WORK/stock/tha" "$S/new" \
  "๔=๕,๖=๒,๗=๓,๘=๕,๙=ค,ำ=า"

log "5/7 render training lines (${#FONT_VARIANTS[@]} font/variant chunks)"
render_lines "$WORK/train_text.txt" "$WORK/render" 1000 "${FONT_VARIANTS[@]}"
ls "$WORK/render"/*.lstmf > "$WORK/phase1_list.txt"

log "6/7 phase 1: fine-tune the converted stock model"
rm -rf "$WORK/ckpt" "$WORK/phase2_start.txt"; mkdir -p "$WORK/ckpt"
train "$WORK/start.lstm" "$MAX_ITERATIONS" "$LEARNING_RATE" "$WORK/training.log" "$WORK/phase1_list.txt"
fi

if [[ " $PHASES " == *" 2 "* ]]; then
  [ -s "$STARTER" ] && [ -s "$WORK/phase1_list.txt" ] || { echo "phase 2 needs phase 1's work/ (run with PHASES=\"1 2\")" >&2; exit 2; }
  if [ "${RESUME:-0}" = 1 ] && [ -s "$WORK/phase2_start.txt" ]; then
    # Where an earlier phase-2 run stopped: same lines, same count of iterations in all.
    FROM=$WORK/ckpt/${LANG_NAME}_checkpoint
    done_iterations=$(cat "$WORK/phase2_start.txt")
    log "6b/7 phase 2 resumed from its latest checkpoint"
  else
    FROM=$(best_checkpoint)
    log "6b/7 phase 2: more fonts and degraded lines ($PHASE2_LINES lines), from $(basename "$FROM")"
    $PY "$HERE/gen_text.py" train "$PHASE2_LINES" 20261122 "$WORK/stock/words.txt" > "$WORK/train_text2.txt"
    render_lines "$WORK/train_text2.txt" "$WORK/render2" 3000 "${PHASE2_VARIANTS[@]}"
    ls "$WORK/render2"/*.lstmf > "$WORK/phase2_list.txt"
    # lstmtraining counts iterations on from the checkpoint's own count.
    done_iterations=$(basename "$FROM" .checkpoint | awk -F_ '{ print $NF }')
    echo "$done_iterations" > "$WORK/phase2_start.txt"
  fi
  train "$FROM" "$((done_iterations + PHASE2_ITERATIONS))" "$PHASE2_LEARNING_RATE" "$WORK/training2.log" \
    "$WORK/phase1_list.txt" "$WORK/phase2_list.txt"
fi

# set_score DIR TESSDATA_DIR: CER % + Thai-digit error %, CER, digits over all sets in DIR.
set_score() {
  OMP_THREAD_LIMIT=1 $PY "$HERE/evaluate.py" --eval-dir "$1" --tessdata "$2" --baseline "" 2>/dev/null \
    | awk -F'|' '/\*\*all\*\*/ { printf "%.2f %s %s", $4 + 100 - $5, $4 + 0, $5 + 0 }'
}
# validation_score TESSDATA_DIR: "total main(score CER digits) serif(score CER digits)". The degraded
# serif lines (validation-serif/, seventh session on) are scored apart and count as much as the other
# five sets together; a step is kept only if its main score is no worse than step 0's, so that serif
# lines are not bought with the rest. Without that folder the total is the main score.
validation_score() {
  local main serif=""
  main=$(set_score "$HERE/validation" "$1")
  [ -d "$HERE/validation-serif" ] && serif=$(set_score "$HERE/validation-serif" "$1")
  echo "$(echo "$main ${serif:-0}" | awk '{ printf "%.2f", $1 + ($4 == "" ? 0 : $4) }') $main${serif:+ $serif}"
}

if [[ " $PHASES " == *" 3 "* ]]; then
  P3=$WORK/phase3-$PHASE3_SEED
  CKPT=$WORK/ckpt3
  rm -rf "$P3" "$CKPT"; mkdir -p "$P3/step0" "$CKPT"
  log "6c/7 phase 3: the committed model on $PHASE3_LINES new lines (${PHASE3_SET:-thinned and heavily degraded, 200 dpi})"
  cp "$OUT/$LANG_NAME.traineddata" "$P3/step0/"
  combine_tessdata -u "$OUT/$LANG_NAME.traineddata" "$P3/committed." >/dev/null 2>&1
  $PY "$HERE/int2float.py" "$P3/committed.lstm" "$P3/start.lstm"
  if [ ! -s "$STARTER" ]; then
    # A fresh checkout has no work/ from phases 1 and 2: the committed model carries the same
    # character set, recoder and dictionaries, and phase 2's lines are rendered again from their seeds.
    log "   no phase-1 work files: training against the committed model's own character set"
    mkdir -p "$WORK/stock" "$S"
    combine_tessdata -u "$TESSDATA/tha.traineddata" "$WORK/stock/tha." >/dev/null 2>&1
    dawg2wordlist "$WORK/stock/tha.lstm-unicharset" "$WORK/stock/tha.lstm-word-dawg" "$WORK/stock/words.txt" 2>/dev/null
    cp "$P3/committed.lstm-unicharset" "$S/$LANG_NAME.unicharset"
    STARTER=$P3/step0/$LANG_NAME.traineddata
    $PY "$HERE/gen_text.py" train "$PHASE2_LINES" 20261122 "$WORK/stock/words.txt" > "$WORK/train_text2.txt"
    render_lines "$WORK/train_text2.txt" "$WORK/render2" 3000 "${PHASE2_VARIANTS[@]}"
    ls "$WORK/render2"/*.lstmf > "$WORK/phase2_list.txt"
  fi
  : > "$WORK/phase3_list.txt"
  if [[ ${PHASE3_SET:-} == pages* ]]; then
    # Lines cut from generated letter scans, read by the committed model and paired with their truth
    # (page_lines.py); sample seeds are neither the evaluation's (1, 2) nor development's (101, 202).
    for entry in $PAGE_SEEDS; do
      seed=${entry/:/-}   # SEED or SEED-FACE names the folders
      face=Laksaman
      [[ $entry == *:* ]] && face=${entry#*:}
      if [ ! -s "$WORK/pagelines/$seed.done" ]; then
        rm -rf "$WORK/pagelines/$seed"
        mkdir -p "$WORK/pagelines"
        # the samples of a seed are always the same; made once
        [ -s "$WORK/pages/$seed/README.md" ] || { rm -rf "$WORK/pages/$seed";
          "$REPO/bin/saraban" samples --count 60 --seed "${entry%%:*}" --face "$face" --out "$WORK/pages/$seed" >/dev/null; }
        $PY "$HERE/page_lines.py" "$WORK/pages/$seed" "$WORK/pagelines/$seed" "$P3/step0" "$RENDER_JOBS" \
          > "$WORK/pagelines/$seed.done"
      fi
      log "   page lines, seed $seed ($face): $(cat "$WORK/pagelines/$seed.done")"
      ls "$WORK/pagelines/$seed"/*.lstmf >> "$WORK/phase3_list.txt"
    done
  fi
  if [ "${PHASE3_SET:-}" != pages ]; then
    if [ "${PHASE3_SET:-}" = pages+names ]; then
      $PY "$HERE/gen_text.py" names "$PHASE3_LINES" "$PHASE3_SEED" > "$WORK/train_text3.txt"
    else
      $PY "$HERE/gen_text.py" train "$PHASE3_LINES" "$PHASE3_SEED" "$WORK/stock/words.txt" > "$WORK/train_text3.txt"
    fi
    # render seeds 5000.. for the first round's text seed, 100 further on for each later round
    variants=("${PHASE3_VARIANTS[@]}")
    [ "${PHASE3_SET:-}" = tight ] && variants=("${TIGHT_VARIANTS[@]}")
    [ "${PHASE3_SET:-}" = pages+serif ] && variants=("${SERIF_VARIANTS[@]}")
    [ "${PHASE3_SET:-}" = pages+names ] && variants=("${NAME_VARIANTS[@]}")
    render_lines "$WORK/train_text3.txt" "$WORK/render3" "$((5000 + (PHASE3_SEED - 20261123) * 100))" "${variants[@]}"
    ls "$WORK/render3"/*.lstmf >> "$WORK/phase3_list.txt"
  fi
  lists=("$WORK/phase3_list.txt")
  [ -s "$WORK/phase2_list.txt" ] && lists+=("$WORK/phase2_list.txt")
  echo "step0 $(validation_score "$P3/step0")" > "$P3/scores.txt"
  FROM=$P3/start.lstm
  for ((it = PHASE3_STEP; it <= PHASE3_ITERATIONS; it += PHASE3_STEP)); do
    train "$FROM" "$it" "$PHASE3_LEARNING_RATE" "$WORK/training3.log" "${lists[@]}"
    FROM=$CKPT/${LANG_NAME}_checkpoint
    mkdir -p "$P3/step$it"
    lstmtraining --stop_training --convert_to_int --continue_from "$FROM" --traineddata "$STARTER" \
      --model_output "$P3/step$it/$LANG_NAME.traineddata" >/dev/null 2>&1
    echo "step$it $(validation_score "$P3/step$it")" >> "$P3/scores.txt"
    log "   validation (total; main score = CER + digit error, CER, digits; serif likewise): $(tail -1 "$P3/scores.txt")"
  done
  # the lowest total among the steps that read the five main sets no worse than step 0 (seventh
  # session: a round that bought serif lines with the rest read the development pages' fields worse)
  chosen=$(awk 'NR == 1 { base = $3 } $3 <= base' "$P3/scores.txt" | sort -k2,2g | head -1 | cut -d' ' -f1)
  log "7/7 phase 3 keeps $chosen (validation scores in $P3/scores.txt)"
  cp "$P3/$chosen/$LANG_NAME.traineddata" "$OUT/$LANG_NAME.traineddata"
  ls -la "$OUT/$LANG_NAME.traineddata"
  log "done in $(( ($(date +%s) - START) / 60 )) min"
  exit 0
fi

BEST=$(best_checkpoint "$(cat "$WORK/phase2_start.txt" 2>/dev/null || echo 0)")
log "7/7 write the integer model from $(basename "$BEST")"
lstmtraining --stop_training --convert_to_int \
  --continue_from "$BEST" \
  --traineddata "$STARTER" \
  --model_output "$OUT/$LANG_NAME.traineddata" >/dev/null 2>&1
lstmtraining --stop_training \
  --continue_from "$BEST" \
  --traineddata "$STARTER" \
  --model_output "$WORK/${LANG_NAME}_float.traineddata" >/dev/null 2>&1
ls -la "$OUT/$LANG_NAME.traineddata"
log "done in $(( ($(date +%s) - START) / 60 )) min"
