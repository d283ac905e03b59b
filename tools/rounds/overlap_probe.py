#!/usr/bin/env python3
"""overlap_probe.py FILE... : eight-word runs each FILE (a rules test, a code file) shares with
the probe articles' text (extract/testdata/probe). Tests use sentences of their own."""
import glob, os, sys

from overlap import corpus, main

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    main(corpus(glob.glob(os.path.join(HERE, "..", "..", "extract", "testdata", "probe", "*.txt"))))
