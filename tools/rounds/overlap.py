#!/usr/bin/env python3
"""overlap.py FILE... : eight-word runs each FILE shares with the dev articles and the seed
(../shared beside the repository, or EVAL_SHARED). Rules, data and tests are written from
language, never copied from the evaluation text. Exit status 1 when any run is shared."""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("EVAL_SHARED") or os.path.join(HERE, "..", "..", "..", "shared")


def grams(text, n=8):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def corpus(paths):
    out = {}
    for f in paths:
        for g in grams(open(f, encoding="utf-8", errors="replace").read()):
            out.setdefault(g, f)
    return out


def main(against):
    bad = 0
    for f in sys.argv[1:]:
        for h in sorted(grams(open(f, encoding="utf-8", errors="replace").read()) & against.keys()):
            print(f"{f}: '{h}' (also in {against[h]})")
            bad += 1
    print("no eight-word run shared" if not bad else f"{bad} shared runs: rewrite them")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(corpus(glob.glob(os.path.join(SHARED, "eval", "dev", "*.txt")) + glob.glob(os.path.join(SHARED, "seed", "*.txt"))))
