#!/usr/bin/env python3
# Copyright 2026 The Parallax authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that Parallax's highlight colours stay apart for readers with a
colour-vision deficiency.

  cvd-check.py palette [--markdown] [--at-least N]
      Reads the highlight swatches from app/core/model/plx-palette.c, lays
      each over the text background of the light and the dark style, and
      prints the smallest CIEDE2000 distance between any two of them (and
      between each and the page) with
      normal vision and under protanopia, deuteranopia and tritanopia.
      With --at-least, fails when any of them is below N (the test
      "colours" runs it so).

  cvd-check.py simulate IMAGE.png... [--out DIR]
      Writes IMAGE-protanopia.png, -deuteranopia.png and -tritanopia.png
      (ImageMagick's convert does the pixels).

Dichromacy is simulated with the matrices of Machado, Oliveira and
Fernandes (2009) at severity 1.0, applied to linear RGB. Plain Python: no
packages beyond the standard library.
"""

import argparse
import itertools
import math
import os
import re
import subprocess
import sys

MACHADO = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
VISIONS = ("normal",) + tuple(MACHADO)

# The text view's background in libadwaita 1.2's light and dark style.
BACKGROUND = {"light": (255, 255, 255), "dark": (30, 30, 30)}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PALETTE = os.path.join(ROOT, "app", "core", "model", "plx-palette.c")


def to_linear(c):
    c /= 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def from_linear(c):
    c = min(1.0, max(0.0, c))
    c = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
    return c * 255.0


def simulate(rgb, vision):
    if vision == "normal":
        return rgb
    lin = [to_linear(c) for c in rgb]
    m = MACHADO[vision]
    return tuple(from_linear(sum(m[i][j] * lin[j] for j in range(3))) for i in range(3))


def lab(rgb):
    r, g, b = (to_linear(c) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(lab1, lab2):
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar ** 7 / (c_bar ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dlp, dcp = l2 - l1, c2p - c1p
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    dhp = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lbp, cbp = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hbp = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hbp = (h1p + h2p) / 2
    else:
        hbp = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hbp - 30)) + 0.24 * math.cos(math.radians(2 * hbp))
         + 0.32 * math.cos(math.radians(3 * hbp + 6)) - 0.20 * math.cos(math.radians(4 * hbp - 63)))
    dtheta = 30 * math.exp(-(((hbp - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cbp ** 7 / (cbp ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (lbp - 50) ** 2 / math.sqrt(20 + (lbp - 50) ** 2)
    sc = 1 + 0.045 * cbp
    sh = 1 + 0.015 * cbp * t
    rt = -math.sin(math.radians(2 * dtheta)) * rc
    return math.sqrt((dlp / sl) ** 2 + (dcp / sc) ** 2 + (dhp / sh) ** 2
                     + rt * (dcp / sc) * (dhp / sh))


def parse_colour(text, background):
    """A CSS colour of the palette ("#rrggbb" or "rgba(r,g,b,a)") as it
    shows over @background."""
    m = re.fullmatch(r"#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})", text)
    if m:
        return tuple(int(x, 16) for x in m.groups())
    m = re.fullmatch(r"rgba\((\d+),(\d+),(\d+),([0-9.]+)\)", text.replace(" ", ""))
    if not m:
        raise ValueError("not a palette colour: " + text)
    r, g, b, a = int(m[1]), int(m[2]), int(m[3]), float(m[4])
    return tuple(a * c + (1 - a) * bg for c, bg in zip((r, g, b), background))


def read_highlights():
    """(name, light, dark) of every highlight a pane paints as a background:
    the tags and "other change"."""
    source = open(PALETTE, encoding="utf-8").read()
    swatch = re.compile(r'\{\s*"((?:tag-[a-z-]+)|changed)",\s*N_\("[^"]*"\),\s*'
                        r'"([^"]+)",\s*"([^"]+)"\s*\}')
    return [m.groups() for m in swatch.finditer(source)]


def distances(highlights, style, vision):
    """Every pair's CIEDE2000 distance, smallest first."""
    background = BACKGROUND[style]
    colours = {}
    for name, light, dark in highlights:
        rgb = parse_colour(light if style == "light" else dark, background)
        colours[name] = lab(simulate(rgb, vision))
    # A highlight must also stand out from the page it lies on.
    colours["page"] = lab(simulate(background, vision))
    pairs = [(ciede2000(colours[a], colours[b]), a, b)
             for a, b in itertools.combinations(colours, 2)]
    return sorted(pairs)


def palette(markdown, at_least):
    highlights = read_highlights()
    if len(highlights) < 9:
        print(f"only {len(highlights)} highlights found in {PALETTE}")
        return 1
    status = 0
    if markdown:
        print("| Style | Vision | Smallest distance (ΔE00) | Between |")
        print("|---|---|---|---|")
    for style in BACKGROUND:
        for vision in VISIONS:
            d, a, b = distances(highlights, style, vision)[0]
            if markdown:
                print(f"| {style} | {vision} | {d:.1f} | {a}, {b} |")
            else:
                print(f"{style:5} {vision:12} min ΔE00 {d:5.1f}  ({a} / {b})")
            if at_least is not None and d < at_least:
                print(f"  {a} and {b} are too close in the {style} style under {vision} vision: "
                      f"{d:.1f} < {at_least}")
                status = 1
    return status


def simulate_images(images, out):
    for image in images:
        stem = os.path.splitext(os.path.basename(image))[0]
        for vision, m in MACHADO.items():
            target = os.path.join(out or os.path.dirname(image), f"{stem}-{vision}.png")
            matrix = " ".join(f"{v:.6f}" for row in m for v in row)
            # ImageMagick's "RGB" is linear RGB, "sRGB" the gamma-encoded one.
            subprocess.run(["convert", image, "-colorspace", "RGB", "-color-matrix", matrix,
                            "-colorspace", "sRGB", target], check=True)
            print(target)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("palette")
    p.add_argument("--markdown", action="store_true")
    p.add_argument("--at-least", type=float)
    s = sub.add_parser("simulate")
    s.add_argument("images", nargs="+")
    s.add_argument("--out")
    args = parser.parse_args()
    if args.command == "palette":
        return palette(args.markdown, args.at_least)
    simulate_images(args.images, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
