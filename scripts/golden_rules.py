#!/usr/bin/env python3
"""Score claimdiff's sentence splitter on the 48 English "Golden Rules" of
the Pragmatic Segmenter.

The cases are not stored in this repository. At run time this script asks
pip (PyPI's own client) for the source distribution of pySBD 0.3.3, checks
its sha256, and reads the list GOLDEN_EN_RULES (48 pairs of input text and
expected sentences) from benchmarks/english_golden_rules.py inside it, with
Python's ast module: nothing of pySBD is imported or run.

Usage (from the repository root, after `cargo build --release`):

    python3 scripts/golden_rules.py
    python3 scripts/golden_rules.py --bin target/debug/claimdiff

Each case's text is written to a temporary file and split with
`claimdiff sentences FILE --format json`; a case passes when the sentences,
stripped of surrounding white space, equal the expected ones. Failures are
printed, then `golden_rules: P/48 passed`. Exit 0 when the cases could be
scored, 2 when they could not be fetched or are not the 48 expected.
"""

import argparse
import ast
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile

PYSBD = "pysbd==0.3.3"
SDIST = "pysbd-0.3.3.tar.gz"
SDIST_SHA256 = "56ab48a28a8470f0042a4cb7c9da8a6dde8621ecf87a86d75f201cbf1837e77f"
CASES_FILE = "pysbd-0.3.3/benchmarks/english_golden_rules.py"
CASES_NAME = "GOLDEN_EN_RULES"
EXPECTED_CASES = 48


def fail(message):
    print("golden_rules: " + message, file=sys.stderr)
    sys.exit(2)


def fetch_cases(workdir):
    """The (text, expected sentences) pairs, from the pinned sdist."""
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
           "--no-binary", ":all:", "--disable-pip-version-check",
           "--dest", workdir, PYSBD]
    if subprocess.run(cmd).returncode != 0:
        fail("pip could not download %s from PyPI" % PYSBD)
    path = os.path.join(workdir, SDIST)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != SDIST_SHA256:
        fail("%s has sha256 %s, expected %s" % (SDIST, digest, SDIST_SHA256))
    with tarfile.open(path) as tar:
        source = tar.extractfile(CASES_FILE).read().decode("utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == CASES_NAME for t in node.targets):
            cases = ast.literal_eval(node.value)
            break
    else:
        fail("no %s in %s" % (CASES_NAME, CASES_FILE))
    if len(cases) != EXPECTED_CASES:
        fail("expected %d cases, found %d" % (EXPECTED_CASES, len(cases)))
    return cases


def split(binary, text, workdir):
    path = os.path.join(workdir, "case.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    out = subprocess.run([binary, "sentences", path, "--format", "json"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        return ["<exit %d: %s>" % (out.returncode, out.stderr.strip())]
    return [s["text"].strip() for s in json.loads(out.stdout)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="target/release/claimdiff",
                    help="the claimdiff binary (default: %(default)s)")
    args = ap.parse_args()
    if not os.access(args.bin, os.X_OK):
        fail("no binary at %s: run cargo build --release, or pass --bin" % args.bin)
    with tempfile.TemporaryDirectory() as workdir:
        cases = fetch_cases(workdir)
        passed = 0
        for n, (text, expected) in enumerate(cases, 1):
            got = split(args.bin, text, workdir)
            if got == [s.strip() for s in expected]:
                passed += 1
            else:
                print("case %d: %r\n  expected %r\n  got      %r" % (n, text, expected, got))
    print("golden_rules: %d/%d passed" % (passed, len(cases)))


if __name__ == "__main__":
    main()
