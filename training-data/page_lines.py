#!/usr/bin/env python3
"""Cut training lines out of generated letter scans (saraban samples), with their true text.

    page_lines.py SAMPLES_DIR OUT_DIR TESSDATA_DIR [JOBS [IMAGES]]

With IMAGES (a number), OUT_DIR gets that many lines as NNN.png + NNN.gt.txt instead, the form
of a validation set (training-data/validation/) that evaluate.py reads. KEEP=1 in the environment
keeps each document's TIFF and box file beside its .lstmf, to look at; GROW_TOPS=1 grows each crop up
to the line's top marks (see REACH).

Synthetic lines from text2image never show what a scanned letter puts around its text: received
stamps and routing notes written across it, the seal, dot leaders, the neighbouring lines' marks,
skew and the scanner's grey levels.  Here each page of each sample is read once with the project
model (psm 3, as the pipeline reads pages); every line Tesseract finds is paired with the line of
the sample's truth it reads most like (at least 70 % alike, about as long), and its box is cut
from the page with that true text; the lines are gathered into twelve multi-page documents, each
with a WordStr box file, and turned into .lstmf files for lstmtraining.
Lines that pair with nothing (stamps, hand-written notes, lines run together) are left out.
Samples set in the held-out font (truth "heldOutFont") are skipped, and the samples must come from
a seed used neither for evaluation (1, 2) nor for development (101, 202).
"""
import difflib
import glob
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from multiprocessing import Pool

from PIL import Image

MIN_ALIKE = 0.70
PAD = 4
# Tesseract's layout leaves the top level of stacked marks out of a line's box (docs/ocr-model.md,
# eighth session); with GROW_TOPS=1 in the environment a crop is grown up by this share of the line's
# height, as ocr/LostTopMarks grows a line it reads again, so that the image holds every mark its true
# text has (tenth session's rounds 15-17; the committed model's page lines were cut without it).
REACH = 0.45
GROW_TOPS = os.environ.get("GROW_TOPS") == "1"
DOCUMENTS = 12


def pages(scan, work):
    """The page images of a scan, as greyscale PIL images."""
    if scan.endswith(".pdf"):
        prefix = os.path.join(work, "p")
        subprocess.run(["pdfimages", "-png", scan, prefix], check=True)
        return [Image.open(p).convert("L") for p in sorted(glob.glob(prefix + "-*.png"))]
    im = Image.open(scan)
    out = []
    for i in range(getattr(im, "n_frames", 1)):
        im.seek(i)
        out.append(im.convert("L"))
    return out


def ocr_lines(image, tessdata, work):
    """(box, text) of each line Tesseract finds on the page."""
    path = os.path.join(work, "page.png")
    image.save(path)
    tsv = subprocess.run(["tesseract", path, "-", "--tessdata-dir", tessdata, "-l", "saraban", "--psm", "3",
                          "-c", "tessedit_create_tsv=1"],
                         capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout
    lines = {}
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        key = (f[2], f[3], f[4])
        x, y, w, h = map(int, f[6:10])
        box, words = lines.get(key, ([x, y, x + w, y + h], []))
        box = [min(box[0], x), min(box[1], y), max(box[2], x + w), max(box[3], y + h)]
        lines[key] = (box, words + [f[11]])
    return [(box, " ".join(words)) for box, words in lines.values()]


def squeeze(s):
    return "".join(s.split())


def pair(read, truths, used):
    """The truth line most like the line read, if alike enough and about as long."""
    best, best_ratio = None, MIN_ALIKE
    r = squeeze(read)
    for i, t in enumerate(truths):
        if i in used or not 0.8 <= len(r) / max(1, len(t[1])) <= 1.25:
            continue
        m = difflib.SequenceMatcher(None, r, t[1], autojunk=False)
        if m.quick_ratio() >= best_ratio and m.ratio() >= best_ratio:
            best, best_ratio = i, m.ratio()
    return best


def one_scan(args):
    """The (line image, true text) pairs of one scan; none if it is set in the held-out font."""
    scan, tessdata = args
    base = os.path.splitext(scan)[0]
    truth = json.load(open(base + ".truth.json", encoding="utf-8"))
    if any(letter["sample"].get("heldOutFont") or letter["sample"].get("font") == "Norasi" for letter in truth):
        return []
    text = open(base + ".truth.txt", encoding="utf-8").read()
    truths = [(line, squeeze(line)) for line in (unicodedata.normalize("NFC", l.strip()) for l in text.splitlines())
              if len(line) >= 4]
    made = []
    with tempfile.TemporaryDirectory() as work:
        for image in pages(scan, work):
            found, boxes = [], []
            for turn in (image, image.rotate(180)):
                used = set()
                found = []
                read_lines = ocr_lines(turn, tessdata, work)
                boxes = [box for box, _ in read_lines]
                for box, read in read_lines:
                    i = pair(read, truths, used)
                    if i is not None:
                        used.add(i)
                        found.append((box, truths[i][0], turn))
                if len(found) >= 3:
                    break
            for box, true, turn in found:
                top = grown_top(box, boxes) if GROW_TOPS else box[1] - PAD
                crop = turn.crop((max(0, box[0] - PAD), max(0, top),
                                  min(turn.width, box[2] + PAD), min(turn.height, box[3] + PAD)))
                made.append((crop, true))
    return made


def grown_top(box, boxes):
    """The top of a line's crop: up to REACH of its height above its box, but not into a line above."""
    top = box[1] - int(REACH * (box[3] - box[1]))
    for other in boxes:
        if other != box and other[0] < box[2] and other[2] > box[0] and other[3] <= box[1] + (box[3] - box[1]) // 2:
            top = max(top, other[3] + 1)
    return min(box[1] - PAD, top)


def write_document(args):
    """One multi-page TIFF of lines with its WordStr box file, turned into one .lstmf."""
    stem, lines = args
    images = [image for image, _ in lines]
    images[0].save(stem + ".tif", save_all=True, append_images=images[1:], compression="tiff_lzw")
    with open(stem + ".box", "w", encoding="utf-8") as f:
        for page, (image, true) in enumerate(lines):
            f.write("WordStr 0 0 %d %d %d #%s\n\t 0 0 %d %d %d\n" % (image.width, image.height, page, true,
                                                                     image.width, image.height, page))
    subprocess.run(["tesseract", stem + ".tif", stem, "--psm", "13", "lstm.train"],
                   capture_output=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    if not os.environ.get("KEEP"):
        for ext in (".tif", ".box"):
            os.remove(stem + ext)
    return os.path.exists(stem + ".lstmf")


def main():
    samples, out, tessdata = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    jobs = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    images = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    os.makedirs(out, exist_ok=True)
    scans = sorted(p for p in glob.glob(os.path.join(samples, "*"))
                   if p.rsplit(".", 1)[-1] in ("pdf", "tif", "tiff", "jpg", "jpeg", "png"))
    with Pool(jobs) as pool:
        per_scan = pool.map(one_scan, [(s, tessdata) for s in scans])
        lines = [line for made in per_scan for line in made]
        print("%d lines from %d scans" % (len(lines), sum(1 for made in per_scan if made)))
        if images:
            # every k-th line, so that the set spans all the scans
            for n, (image, true) in enumerate(lines[::max(1, len(lines) // images)][:images]):
                image.save(os.path.join(out, "%03d.png" % n))
                with open(os.path.join(out, "%03d.gt.txt" % n), "w", encoding="utf-8") as f:
                    f.write(true + "\n")
            return
        # lstmtraining takes a line from each document in turn: DOCUMENTS documents weigh these lines
        # about as much as as many documents of rendered lines
        groups = [lines[g::DOCUMENTS] for g in range(DOCUMENTS)]
        made = pool.map(write_document, [(os.path.join(out, "lines%02d" % g), group)
                                         for g, group in enumerate(groups) if group])
        print("%d documents" % sum(made))


if __name__ == "__main__":
    main()
