#!/usr/bin/python3
"""Make a rendered page look like a scan (geometry unchanged, so box files stay valid).

    degrade.py IN.tif OUT.tif SEED [strength [dpi [thin]]]

Per page: optional stroke thickening/thinning (blur + re-threshold, like photocopier
exposure), Gaussian blur, paper grey level and uneven illumination, Gaussian noise,
a few specks, and a JPEG round trip.  strength 1.0 (default) is "typical office scan";
0.5 is mild.  "thin" always thins the strokes (a light copy: hairlines of serif fonts
break up at 200 dpi).  Needs Debian's python3-pil and python3-numpy.
"""
import io
import random
import sys

import numpy as np
from PIL import Image, ImageFilter, ImageSequence


def degrade(img, r, strength, thin=False):
    g = img.convert("L")
    # exposure: blur then threshold at a shifted level -> thicker/thinner strokes
    if thin or r.random() < 0.6:
        t = r.uniform(-0.2, -0.08) if thin else r.uniform(-0.12, 0.25) * strength  # > 0 = thicker
        a = np.asarray(g.filter(ImageFilter.GaussianBlur(r.uniform(0.6, 1.2))), dtype=np.float32) / 255.0
        a = np.clip((a - (0.5 + t)) * 6.0 + 0.5, 0.0, 1.0)
        g = Image.fromarray((a * 255).astype(np.uint8))
    g = g.filter(ImageFilter.GaussianBlur(r.uniform(0.3, 1.1) * strength))
    a = np.asarray(g, dtype=np.float32)
    h, w = a.shape
    # paper tone, ink tone, gradient illumination
    paper = r.uniform(215, 255)
    ink = r.uniform(0, 70 * strength)
    a = ink + (a / 255.0) * (paper - ink)
    gx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    gy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    a += (r.uniform(-20, 20) * gx + r.uniform(-20, 20) * gy) * strength
    rs = np.random.RandomState(r.randrange(1 << 30))
    a += rs.normal(0, r.uniform(3, 18) * strength, a.shape)
    # specks
    for _ in range(int(r.uniform(0, 40) * strength)):
        y, x = rs.randint(0, h), rs.randint(0, w)
        a[y:y + rs.randint(1, 4), x:x + rs.randint(1, 4)] = r.uniform(0, 120)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=r.randint(int(75 - 45 * strength), 90))
    buf.seek(0)
    return Image.open(buf).convert("L")


def main():
    src, dst, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    strength = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
    r = random.Random(seed)
    im = Image.open(src)
    dpi = (int(sys.argv[5]),) * 2 if len(sys.argv) > 5 else im.info.get("dpi", (300, 300))
    thin = len(sys.argv) > 6 and sys.argv[6] == "thin"
    pages = [degrade(p.copy(), r, strength, thin) for p in ImageSequence.Iterator(im)]
    pages[0].save(dst, save_all=True, append_images=pages[1:], dpi=dpi,
                  compression="tiff_lzw")


if __name__ == "__main__":
    main()
