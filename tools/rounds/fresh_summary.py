#!/usr/bin/env python3
"""fresh_summary.py [--group A-B]... [--untargeted LIST]: means of the fresh (untuned) batch F1s in
the extraction log's "fresh batches, untuned" row, and their median, range and count at each floor."""
import os,sys,re,statistics as st
L=open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'docs', 'extraction-log.md')).read().split('\n')
row=next(l for l in L if l.startswith('| fresh batches, untuned: rounds '))
c=row.strip().strip('|').split(' | ')
rounds=[int(x) for x in c[0].split('rounds ')[1].split(', ')]
cols=[x.split(', ') for x in c[1:]]
rec={}
for i,r in enumerate(rounds):
    met=cols[2][i]; m=re.match(r'([\d.]+) \(([\d.]+)\)',met)
    rec[r]=[float(cols[0][i]),float(cols[1][i]),float(m.group(1)),float(m.group(2)),float(cols[3][i]),float(cols[4][i])]
def show(name,rs):
    rs=[r for r in rs if r in rec]
    if not rs: return
    m=[st.mean(rec[r][k] for r in rs) for k in range(6)]
    print(f"{name} ({len(rs)}): persons {m[0]:.2f} roles {m[1]:.2f} met {m[2]:.2f} (P {m[3]:.2f}) places {m[4]:.2f} dates {m[5]:.2f}")
show('all',rounds)
a=sys.argv[1:]
while a:
    if a[0]=='--group': lo,hi=map(int,a[1].split('-')); show(f'rounds {lo}-{hi}',range(lo,hi+1))
    if a[0]=='--untargeted': show('untargeted',[int(x) for x in a[1].split(',')])
    a=a[2:]
if True:  # the whole record's spread
    rs=rounds
    med=[st.median(rec[r][k] for r in rs) for k in range(6)]
    lo=[min(rec[r][k] for r in rs) for k in range(6)]; hi=[max(rec[r][k] for r in rs) for k in range(6)]
    fl=[0.90,0.75,0.65,0.75,0.80,0.70]
    at=[sum(1 for r in rs if rec[r][k]>=fl[k]) for k in range(6)]
    print(f"median persons {med[0]:.2f} roles {med[1]:.2f} met {med[2]:.2f} places {med[4]:.2f} dates {med[5]:.2f}")
    print(f"range {lo[0]:.2f}-{hi[0]:.2f} | {lo[1]:.2f}-{hi[1]:.2f} | {lo[2]:.2f}-{hi[2]:.2f} | {lo[4]:.2f}-{hi[4]:.2f} | {lo[5]:.2f}-{hi[5]:.2f}")
    print(f"at floor of {len(rs)}: persons {at[0]} roles {at[1]} met {at[2]} (P {at[3]}) places {at[4]} dates {at[5]}")
