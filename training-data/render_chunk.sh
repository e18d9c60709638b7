#!/usr/bin/env bash
# Render one chunk of training lines in one font/variant and turn it into an .lstmf.
#   render_chunk.sh TEXTFILE FONT VARIANT SEED OUTBASE UNICHARSET
# VARIANT: clean300 | scan200 | scan300 | mild300 | thin200 | heavy200 | tight200 | tight300
# (tight*: lines set as close as a letter sets them, about 1.15 em apart, so that each line's box
# takes in the marks of the lines above and below it, as a line cut from a scanned page does)
set -euo pipefail
text=$1 font=$2 variant=$3 seed=$4 out=$5 uni=$6
here=$(cd "$(dirname "$0")" && pwd)
RANDOM=$seed
exposures=(-1 0 0 1)
exp=${exposures[$((RANDOM % 4))]}
stroke=
case $variant in
  clean300) res=300 pt=16 exp=0 post=0 ;;
  mild300)  res=300 pt=$((14 + RANDOM % 5)) post=0.6 ;;
  scan300)  res=300 pt=$((15 + RANDOM % 3)) post=1.0 ;;
  scan200)  res=200 pt=16 post=1.0 ;;
  thin200)  res=200 pt=$((14 + RANDOM % 4)) post=1.0 stroke=thin ;;
  heavy200) res=200 pt=$((14 + RANDOM % 4)) post=1.4 ;;
  tight200) res=200 pt=$((15 + RANDOM % 3)) post=1.0 ;;
  tight300) res=300 pt=$((15 + RANDOM % 3)) post=0.6 ;;
  *) echo "unknown variant $variant" >&2; exit 2 ;;
esac
xsize=$((res * 8)) ysize=$((res * 11)) margin=$((res / 3)) leading=$((res / 10))
[[ $variant == tight* ]] && leading=$((-res * 7 / 100))
text2image --text "$text" --outputbase "$out" --font "$font" \
  --fonts_dir /usr/share/fonts --ptsize "$pt" --resolution "$res" \
  --xsize "$xsize" --ysize "$ysize" --margin "$margin" --leading "$leading" \
  --exposure "$exp" --unicharset_file "$uni" >/dev/null 2>&1
if [ "$post" != 0 ]; then
  /usr/bin/python3 "$here/degrade.py" "$out.tif" "$out.deg.tif" "$seed" "$post" "$res" $stroke
  mv "$out.deg.tif" "$out.tif"
fi
OMP_THREAD_LIMIT=1 tesseract "$out.tif" "$out" --psm 6 lstm.train >/dev/null 2>&1
rm -f "$out.tif"
test -s "$out.lstmf"
