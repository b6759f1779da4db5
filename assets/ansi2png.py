#!/usr/bin/env python3
"""Render a terminal capture with colours (tmux capture-pane -e -p) to a PNG.

usage: ansi2png.py CAPTURE.ansi OUT.png [COLUMNS ROWS]
Needs Pillow (pip install pillow) and DejaVu Sans Mono (Debian: fonts-dejavu-core).
"""
import re
import sys

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SIZE = 15
BG = (24, 24, 28)
FG = (212, 212, 212)
BASIC = [(0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16), (36, 114, 200), (188, 63, 188), (17, 168, 205), (229, 229, 229),
         (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67), (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255)]


def xterm256(n):
    if n < 16:
        return BASIC[n]
    if n < 232:
        n -= 16
        levels = [0, 95, 135, 175, 215, 255]
        return (levels[n // 36], levels[(n // 6) % 6], levels[n % 6])
    g = 8 + (n - 232) * 10
    return (g, g, g)


def parse(text, cols, rows):
    grid = [[(" ", FG, BG, False, False) for _ in range(cols)] for _ in range(rows)]
    fg, bg, bold, underline, reverse, dim = FG, BG, False, False, False, False
    for y, line in enumerate(text.split("\n")[:rows]):
        x = 0
        for token in re.split(r"(\x1b\[[0-9;:]*m)", line):
            if token.startswith("\x1b["):
                params = [p for p in re.split(r"[;:]", token[2:-1])] or ["0"]
                i = 0
                while i < len(params):
                    p = int(params[i] or 0)
                    if p == 0:
                        fg, bg, bold, underline, reverse, dim = FG, BG, False, False, False, False
                    elif p == 1:
                        bold = True
                    elif p == 2:
                        dim = True
                    elif p == 4:
                        underline = True
                    elif p == 7:
                        reverse = True
                    elif p == 22:
                        bold = dim = False
                    elif p == 24:
                        underline = False
                    elif p == 27:
                        reverse = False
                    elif p in (38, 48) and i + 1 < len(params):
                        if params[i + 1] == "2":
                            c = tuple(int(v) for v in params[i + 2:i + 5])
                            i += 4
                        else:
                            c = xterm256(int(params[i + 2]))
                            i += 2
                        if p == 38:
                            fg = c
                        else:
                            bg = c
                    elif p == 39:
                        fg = FG
                    elif p == 49:
                        bg = BG
                    elif 30 <= p <= 37:
                        fg = BASIC[p - 30]
                    elif 40 <= p <= 47:
                        bg = BASIC[p - 40]
                    elif 90 <= p <= 97:
                        fg = BASIC[p - 90 + 8]
                    elif 100 <= p <= 107:
                        bg = BASIC[p - 100 + 8]
                    i += 1
                continue
            for ch in token:
                if x >= cols:
                    break
                f, b = (bg, fg) if reverse else (fg, bg)
                if dim:
                    f = tuple(int(v * 0.6 + b[k] * 0.4) for k, v in enumerate(f))
                grid[y][x] = (ch, f, b, bold, underline)
                x += 1
    return grid


# Box-drawing characters, drawn as lines through the cell so borders join:
# (left, right, up, down) arms.
BOX = {"─": (1, 1, 0, 0), "│": (0, 0, 1, 1), "┌": (0, 1, 0, 1), "┐": (1, 0, 0, 1), "└": (0, 1, 1, 0), "┘": (1, 0, 1, 0),
       "├": (0, 1, 1, 1), "┤": (1, 0, 1, 1), "┬": (1, 1, 0, 1), "┴": (1, 1, 1, 0), "┼": (1, 1, 1, 1)}


def box(d, ch, px, py, w, h, color):
    left, right, up, down = BOX[ch]
    cx, cy = px + w // 2, py + h // 2
    if left:
        d.line([px, cy, cx, cy], fill=color)
    if right:
        d.line([cx, cy, px + w, cy], fill=color)
    if up:
        d.line([cx, py, cx, cy], fill=color)
    if down:
        d.line([cx, cy, cx, py + h], fill=color)


def main():

    src, out = sys.argv[1], sys.argv[2]
    cols = int(sys.argv[3]) if len(sys.argv) > 3 else 120
    rows = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    regular = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", SIZE)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", SIZE)
    w = int(regular.getlength("M"))
    h = SIZE + 4
    grid = parse(open(src, encoding="utf-8").read(), cols, rows)
    img = Image.new("RGB", (cols * w + 16, rows * h + 16), BG)
    d = ImageDraw.Draw(img)
    for y, row in enumerate(grid):
        for x, (ch, f, b, is_bold, underline) in enumerate(row):
            px, py = 8 + x * w, 8 + y * h
            if b != BG:
                d.rectangle([px, py, px + w - 1, py + h - 1], fill=b)
            if ch in BOX:
                box(d, ch, px, py, w, h, f)
            elif ch != " ":
                d.text((px, py + 1), ch, font=bold if is_bold else regular, fill=f)
            if underline:
                d.line([px, py + h - 2, px + w - 1, py + h - 2], fill=f)
    img.save(out)


if __name__ == "__main__":
    main()
