#!/usr/bin/python3
"""Evaluate saraban against stock tha on the held-out line images (see evaluate.sh)."""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
import time

THAI_DIGITS = set("๐๑๒๓๔๕๖๗๘๙")


def norm(s):
    return " ".join(s.split())


def align(a, b):
    """Levenshtein alignment of sequences a (truth) and b (OCR).
    Returns (distance, list of (truth_item|None, ocr_item|None))."""
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        ai, di, dp = a[i - 1], d[i], d[i - 1]
        for j in range(1, m + 1):
            c = dp[j - 1] + (ai != b[j - 1])
            if dp[j] + 1 < c:
                c = dp[j] + 1
            if di[j - 1] + 1 < c:
                c = di[j - 1] + 1
            di[j] = c
    pairs, i, j = [], n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            pairs.append((a[i - 1], b[j - 1])); i -= 1; j -= 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            pairs.append((a[i - 1], None)); i -= 1
        else:
            pairs.append((None, b[j - 1])); j -= 1
    pairs.reverse()
    return d[n][m], pairs


def run_tess(target, lang, tessdata, psm):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    cmd = ["tesseract", target, "-", "--psm", str(psm), "-l", lang]
    if tessdata:
        cmd += ["--tessdata-dir", tessdata]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env).stdout
    return out, time.perf_counter() - t0


def ocr_batch(images, lang, tessdata, psm, tmpdir):
    """OCR all images in ONE tesseract process (model loaded once, as in a
    Tess4J worker); returns per-image texts and total wall time."""
    lst = os.path.join(tmpdir, "list_%s.txt" % lang)
    with open(lst, "w") as f:
        f.write("\n".join(images) + "\n")
    out, secs = run_tess(lst, lang, tessdata, psm)
    texts = [t.strip("\n ") for t in out.split("\f")][:len(images)]
    if len(texts) != len(images):
        raise SystemExit("%s: got %d outputs for %d images" % (lang, len(texts), len(images)))
    return texts, secs


def load_time(lang, tessdata, tmpdir):
    """Fixed cost of one tesseract process (start + model load), median of 3,
    measured on a tiny blank image."""
    from PIL import Image
    blank = os.path.join(tmpdir, "blank.png")
    Image.new("L", (16, 16), 255).save(blank)
    return sorted(run_tess(blank, lang, tessdata, 7)[1] for _ in range(3))[1]


class Score:
    def __init__(self):
        self.chars = self.cerr = self.words = self.werr = 0
        self.digits = self.digits_ok = 0
        self.secs = 0.0
        self.lines = 0
        self.conf = collections.Counter()

    def add(self, truth, hyp, secs):
        truth, hyp = norm(truth), norm(hyp)
        dist, pairs = align(truth, hyp)
        self.chars += len(truth)
        self.cerr += dist
        for t, h in pairs:
            if t in THAI_DIGITS:
                self.digits += 1
                self.digits_ok += t == h
            if t != h:
                self.conf[(t or "∅", h or "∅")] += 1
        tw, hw = truth.split(" "), hyp.split(" ") if hyp else []
        self.words += len(tw)
        self.werr += align(tw, hw)[0]
        self.secs += secs
        self.lines += 1

    def row(self):
        return (100.0 * self.cerr / max(1, self.chars),
                100.0 * self.digits_ok / max(1, self.digits),
                100.0 * self.werr / max(1, self.words),
                1000.0 * self.secs / max(1, self.lines))

    def top(self, k):
        def show(c):
            return "␣" if c == " " else c
        return ", ".join("%s→%s ×%d" % (show(t), show(h), n) for (t, h), n in self.conf.most_common(k))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", required=True)
    ap.add_argument("--tessdata", required=True, help="dir holding saraban.traineddata")
    ap.add_argument("--model", default="saraban")
    ap.add_argument("--baseline", default="tha", help='"" = the model alone (checkpoint selection)')
    ap.add_argument("--baseline-tessdata", default="")
    ap.add_argument("--limit", type=int, default=0, help="lines per set (0 = all)")
    ap.add_argument("--show-errors", action="store_true")
    a = ap.parse_args()
    models = [(a.model, a.tessdata)] + ([(a.baseline, a.baseline_tessdata)] if a.baseline else [])
    tmpdir = tempfile.mkdtemp(prefix="saraban-eval-")
    loads = {m: load_time(m, td, tmpdir) for m, td in models}
    sets = sorted(d for d in os.listdir(a.eval_dir) if os.path.isdir(os.path.join(a.eval_dir, d)))
    results = {}
    page_imgs = []
    for s in sets:
        d = os.path.join(a.eval_dir, s)
        stems = sorted(f[:-7] for f in os.listdir(d) if f.endswith(".gt.txt"))
        if a.limit:
            stems = stems[:a.limit]
        imgs = [next(os.path.join(d, stem + e) for e in (".png", ".jpg", ".tif")
                     if os.path.exists(os.path.join(d, stem + e))) for stem in stems]
        truths = [open(os.path.join(d, stem + ".gt.txt"), encoding="utf-8").read().strip() for stem in stems]
        scores = {}
        for m, td in models:
            hyps, secs = ocr_batch(imgs, m, td, 7, tmpdir)
            sc = scores[m] = Score()
            per_line = max(0.0, secs - loads[m]) / len(imgs)
            for stem, truth, hyp in zip(stems, truths, hyps):
                sc.add(truth, hyp, per_line)
                if a.show_errors and m == a.model and norm(hyp) != norm(truth):
                    print("  %s/%s\n    truth %s\n    %-5s %s" % (s, stem, truth, m, hyp), file=sys.stderr)
        results[s] = scores
        page_imgs += [os.path.join(d, p) for p in ("page.png", "page.jpg") if os.path.exists(os.path.join(d, p))]
        print("evaluated %s (%d lines)" % (s, len(stems)), file=sys.stderr)
    page_secs = {}
    if page_imgs and a.baseline:
        for m, td in models:
            _, secs = ocr_batch(page_imgs, m, td, 3, tmpdir)
            page_secs[m] = max(0.0, secs - loads[m]) / len(page_imgs)

    print("Model loaded once per tesseract process; times exclude the one-off load "
          "(load: %s).\n" % ", ".join("%s %.2f s" % (m, loads[m]) for m, _ in models))
    print("| set | model | CER % | Thai-digit acc. % | WER % | ms/line |")
    print("|---|---|---:|---:|---:|---:|")
    for s in sets:
        for m, _ in models:
            cer, dig, wer, ms = results[s][m].row()
            print("| %s | %s | %.2f | %.2f | %.2f | %.0f |" % (s, m, cer, dig, wer, ms))
    tot = {m: Score() for m, _ in models}
    for s in sets:
        for m, _ in models:
            r, t = results[s][m], tot[m]
            for f in ("chars", "cerr", "words", "werr", "digits", "digits_ok", "secs", "lines"):
                setattr(t, f, getattr(t, f) + getattr(r, f))
            t.conf.update(r.conf)
    for m, _ in models:
        cer, dig, wer, ms = tot[m].row()
        print("| **all** | %s | %.2f | %.2f | %.2f | %.0f |" % (m, cer, dig, wer, ms))
    if len(page_secs) == 2:
        print("\nFull pages (%d pages, 50 lines each, --psm 3): %s; ratio %s/%s = %.2f×" % (
            len(page_imgs), ", ".join("%s %.2f s/page" % (m, page_secs[m]) for m, _ in models),
            a.model, a.baseline, page_secs[a.model] / max(1e-9, page_secs[a.baseline])))
    print("\nMost frequent confusions (truth→OCR, ∅ = nothing):")
    for s in sets:
        for m, _ in models:
            print("- %s, %s: %s" % (s, m, results[s][m].top(8)))


if __name__ == "__main__":
    main()
