#!/usr/bin/env python3
"""Export a long real parallel text, with its known correspondence, for
`cargo run --release --example parallel`.

Two English translations of the Bible, as Debian packages them for the
SWORD library (`apt-get install diatheke sword-text-kjv sword-text-web`),
are written as one verse a line: `KEY<TAB>TEXT`, where KEY names the verse
(book, chapter, verse) the same way in both. The verse is the known
correspondence: a pair of sentences is right when they share a verse.

    python3 scripts/parallel_text.py OUT_DIR

writes OUT_DIR/kjv.tsv and OUT_DIR/web.tsv. Nothing is downloaded; the
modules must be installed.
"""
import os
import re
import subprocess
import sys

MODULES = {"kjv": "engKJV2006eb", "web": "engWEB2015eb"}
VERSE = re.compile(r"^(.+?) (\d+):(\d+): ?(.*)$")


def export(module):
    out = subprocess.run(
        ["diatheke", "-b", module, "-f", "plain", "-k", "Genesis 1:1-Revelation 22:21"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # A verse starts on a line of its own ("Psalms 23:1: Yahweh is my
    # shepherd;") and, in poetry, goes on over the next lines up to a blank
    # line. Lines before a verse and after a blank line (headings, a psalm's
    # title, the module's name) are not part of it.
    verses = []
    current = None
    for line in out.splitlines():
        m = VERSE.match(line.strip())
        if m:
            book, chapter, verse, text = m.groups()
            current = [f"{book}.{chapter}.{verse}", text]
            verses.append(current)
        elif not line.strip():
            current = None
        elif current is not None:
            current[1] += " " + line
    out = []
    for key, text in verses:
        text = " ".join(text.replace("\u00b6", " ").split())
        if text:
            out.append((key, text))
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: parallel_text.py OUT_DIR (needs diatheke, sword-text-kjv, sword-text-web)")
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for name, module in MODULES.items():
        verses = export(module)
        if not verses:
            sys.exit(f"no verses from {module}: install sword-text-{name} and diatheke")
        with open(os.path.join(out_dir, f"{name}.tsv"), "w", encoding="utf-8") as f:
            for key, text in verses:
                f.write(f"{key}\t{text}\n")
        print(f"{name}: {len(verses)} verses")


if __name__ == "__main__":
    main()
