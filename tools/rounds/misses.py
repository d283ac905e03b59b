#!/usr/bin/env python3
"""misses.py GOLD_DIR PRED_DIR [--list CLASS] [--min N]: where the extractor's roles and met-pairs
misses fall, counted by class over a set of records (the probe, a batch), with score.py's own
name matching.

Roles (gold negotiations that the records also hold):
  roles FN KIND ROLE in-records  the actor was extracted but not given the role
  roles FN KIND ROLE not-found   the actor was not extracted at all
  roles FP KIND ROLE             a role the gold does not give (KIND "notgold": not a gold actor)
  roles FN no-negotiation        gold roles of an article whose record holds no negotiation
Met-pairs:
  pairs FN one-in-held           both ends extracted, one of them in a held meeting
  pairs FN neither-in-held       both ends extracted, neither in a held meeting
  pairs FN never-together        both in held meetings, never the same one
  pairs FN not-extracted         one or both ends missing from the actors
  pairs FN not-held              the pair met in a planned or cancelled meeting of the record
  pairs FP                       a pair the gold does not hold

--list CLASS prints each article and actor (or pair) of the classes whose name starts with CLASS,
e.g. --list "roles FN person mediator". Rounds use it to find a shape's backing articles.
"""
import argparse
import collections
import glob
import json
import os
import signal
import sys

sys.path.insert(0, '/work/shared/eval')
import score  # noqa: E402


def roles(stem, g, p, gres, pres, out):
    G, P = score.role_set(g, gres), score.role_set(p, pres)
    if g.get('negotiations') and not p.get('negotiations'):
        for a, r in G:
            out['roles FN no-negotiation'].append((stem, a))
        return
    kind = {gres(a.get('name')): a.get('kind') for a in g.get('actors') or []}
    found = {pres(a.get('name')) for a in p.get('actors') or []}
    for a, r in G - P:
        where = 'in-records' if a in found else 'not-found'
        out[f'roles FN {kind.get(a)} {r} {where}'].append((stem, a))
    for a, r in P - G:
        out[f'roles FP {kind.get(a, "notgold")} {r}'].append((stem, a))


def pairs(stem, g, p, gres, pres, out):
    gp, pp = set(score.pair_places(g, gres)), set(score.pair_places(p, pres))
    found = {pres(a.get('name')) for a in p.get('actors') or []}
    held, other = collections.Counter(), set()
    together = set()
    for m in p.get('meetings') or []:
        names = {pres(x) for x in m.get('participants') or []} - {None}
        if (m.get('status') or 'held') == 'held':
            held.update(names)
            together |= {frozenset((a, b)) for a in names for b in names if a != b}
        else:
            other |= {frozenset((a, b)) for a in names for b in names if a != b}
    for pr in gp - pp:
        a, b = tuple(pr)
        if pr in other:
            cls = 'not-held'
        elif a not in found or b not in found:
            cls = 'not-extracted'
        else:
            cls = {0: 'neither-in-held', 1: 'one-in-held', 2: 'never-together'}[(held[a] > 0) + (held[b] > 0)]
        out[f'pairs FN {cls}'].append((stem, f'{a} + {b}'))
    for pr in pp - gp:
        out['pairs FP'].append((stem, ' + '.join(sorted(map(str, pr)))))
    out['pairs TP'].extend((stem, '') for _ in gp & pp)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('gold')
    ap.add_argument('pred')
    ap.add_argument('--list', default='', help='print the misses of the classes starting with this')
    ap.add_argument('--min', type=int, default=1, help='hide classes with fewer misses')
    args = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under head
    out = collections.defaultdict(list)
    for gp in sorted(glob.glob(os.path.join(args.gold, '*.json'))):
        stem = os.path.basename(gp)[:-5]
        pp = os.path.join(args.pred, stem + '.json')
        if not os.path.exists(pp):
            continue
        g, p = json.load(open(gp)), json.load(open(pp))
        gres = score.Resolver(g)
        pres = score.pred_resolver(p, gres)
        roles(stem, g, p, gres, pres, out)
        pairs(stem, g, p, gres, pres, out)
    if args.list:
        for cls in sorted(out):
            if cls.startswith(args.list):
                for stem, what in out[cls]:
                    print(f'{cls}\t{stem}\t{what}')
        return
    for cls, rows in sorted(out.items(), key=lambda kv: (kv[0].split()[0], -len(kv[1]))):
        if len(rows) >= args.min:
            print(f'{len(rows):6d}  {cls}  ({len({s for s, _ in rows})} articles)')


if __name__ == '__main__':
    main()
