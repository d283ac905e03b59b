#!/usr/bin/env python3
"""Count an extraction's role and met-pair errors by kind, per set or half.

  python3 tools/errorkinds/errorkinds.py GOLD_DIR PRED_DIR [build|check]

PRED_DIR holds the records that score.py --out wrote for GOLD_DIR. Each
missed or wrong (actor, role) and met pair is put in one kind decided from
the records alone (was the actor found at all, was any negotiation read,
did the pair share a meeting not read as held, ...), so that a held-out
half's errors can be counted without reading its articles. The half is
split as score.py --half splits it, and pairs and roles are matched with
score.py's own functions (../shared/eval beside the repository, or
EVAL_DIR).
"""
import collections
import glob
import hashlib
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("EVAL_DIR") or os.path.join(HERE, "..", "..", "..", "shared", "eval"))
import score  # noqa: E402


def in_half(stem, half):
    return half is None or (hashlib.sha1(stem.encode()).hexdigest()[1] < "8") == (half == "build")


def other(role):
    return "mediator" if role == "party" else "party"


def role_errors(gold, pred, gres, pres, out):
    found = {pres(a.get("name")) for a in pred.get("actors") or []}
    gs, ps = score.role_set(gold, gres), score.role_set(pred, pres)
    for actor, role in gs - ps:
        if (actor, other(role)) in ps:
            why = "the other role given"
        elif not pred.get("negotiations"):
            why = "no negotiation read in the article"
        elif actor not in found:
            why = "actor not found"
        else:
            why = "actor found, role not read"
        out[("missed", role, why)] += 1
    for actor, role in ps - gs:
        if (actor, other(role)) in gs:
            why = "the other role in gold"
        elif str(actor).startswith("?"):
            why = "not an actor of the gold"
        elif not gold.get("negotiations"):
            why = "gold has no negotiation"
        else:
            why = "gold gives it no role"
        out[("wrong", role, why)] += 1


def pair_errors(gold, pred, gres, pres, out):
    found = {pres(a.get("name")) for a in pred.get("actors") or []}
    gp, pp = set(score.pair_places(gold, gres)), set(score.pair_places(pred, pres))
    together = set()  # pairs sharing any predicted meeting, held or not
    for m in pred.get("meetings") or []:
        names = sorted({pres(x) for x in m.get("participants") or []} - {None})
        together.update(frozenset(p) for p in itertools.combinations(names, 2))
    for pair in gp - pp:
        a, b = tuple(pair)
        if a not in found or b not in found:
            why = "a participant not found"
        elif pair in together:
            why = "met in a meeting not read as held"
        else:
            why = "both found, meeting not read"
        out[("missed", why)] += 1
    for pair in pp - gp:
        a, b = tuple(pair)
        if str(a).startswith("?") or str(b).startswith("?"):
            why = "someone the gold does not list"
        else:
            why = "two gold actors who did not meet"
        out[("wrong", why)] += 1


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    gdir, pdir = sys.argv[1], sys.argv[2]
    half = sys.argv[3] if len(sys.argv) == 4 else None
    roles, pairs = collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(os.path.join(gdir, "*.json"))):
        stem = os.path.basename(path)[:-5]
        if not in_half(stem, half):
            continue
        with open(path) as f:
            gold = json.load(f)
        with open(os.path.join(pdir, stem + ".json")) as f:
            pred = json.load(f)
        gres = score.Resolver(gold)
        pres = score.pred_resolver(pred, gres)
        role_errors(gold, pred, gres, pres, roles)
        pair_errors(gold, pred, gres, pres, pairs)
    for title, counts in (("roles", roles), ("met pairs", pairs)):
        print(title)
        for kind, n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0])):
            print(f"  {n:4d}  {' / '.join(kind)}")


if __name__ == "__main__":
    main()
