// A map of meeting places drawn from bundled country outlines
// (world-atlas, Natural Earth 1:110m) with places geocoded from a small
// bundled gazetteer (src/data/gazetteer.json); no tiles, no network.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import gazetteer from "./data/gazetteer.json";
import { api, type PlaceView } from "./api";
import { h, clear, stateBox, errMsg } from "./dom";
import { meetingCard } from "./panel";
import { state, update, version } from "./state";

const SVG = "http://www.w3.org/2000/svg";
const GAZ = new Map<string, [number, number]>((gazetteer.places as [string, number, number, string][]).map(([n, lat, lng]) => [n.toLowerCase(), [lng, lat]]));

export function geocode(name: string): [number, number] | undefined {
  const n = name.toLowerCase().trim();
  return GAZ.get(n) ?? GAZ.get(n.split(",")[0].trim()) ?? GAZ.get(n.replace(/^the /, ""));
}

export class MapView {
  private svg = document.createElementNS(SVG, "svg");
  private side = h("div", { class: "map-side" });
  private places: PlaceView[] = [];
  private loaded = ""; // the as-of day and data version the places were loaded for
  private shownPlace = "\u0000";
  constructor(root: HTMLElement) {
    this.svg.setAttribute("class", "map-svg");
    this.svg.setAttribute("role", "img");
    this.svg.setAttribute("aria-label", "World map of meeting places");
    clear(root, h("h2", { class: "view-title" }, "Meeting places"),
      h("div", { class: "map-layout" }, h("div", { class: "map-canvas" }, this.svg), this.side),
      h("p", { class: "muted small attribution" }, "Outlines: Natural Earth via world-atlas (public domain). ", gazetteer.attribution));
    new ResizeObserver(() => this.draw()).observe(this.svg);
  }

  async sync() {
    // Places, and their meeting counts, as known on the as-of day.
    const want = state().asOf + "|" + version();
    if (this.loaded !== want) {
      this.loaded = want;
      clear(this.side, stateBox("loading", "Loading places…"));
      try { this.places = (await api.places(1000, state().asOf)).items; } catch (err) { this.loaded = ""; clear(this.side, stateBox("error", "Could not load places", errMsg(err))); return; }
      this.shownPlace = "";
      this.draw();
    }
    const place = state().place;
    const key = place + "|" + state().asOf;
    if (key !== this.shownPlace) { this.shownPlace = key; await this.showPlace(place); }
  }

  private draw() {
    const w = this.svg.clientWidth || 900, hgt = this.svg.clientHeight || 480;
    this.svg.setAttribute("viewBox", `0 0 ${w} ${hgt}`);
    const topo = world as unknown as Topology;
    const countries = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
    const proj = geoNaturalEarth1().fitExtent([[8, 8], [w - 8, hgt - 8]], { type: "Sphere" } as any);
    const path = geoPath(proj);
    const el = (tag: string, attrs: Record<string, string | number>) => { const e = document.createElementNS(SVG, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v)); return e; };
    this.svg.replaceChildren(
      el("path", { d: path({ type: "Sphere" } as any) ?? "", class: "sphere" }),
      el("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }),
      ...countries.features.map((f) => { const p = el("path", { d: path(f) ?? "", class: "country" }); p.append(Object.assign(document.createElementNS(SVG, "title"), { textContent: String(f.properties?.name ?? "") })); return p; }));
    const max = Math.max(1, ...this.places.map((p) => p.meetings));
    const unknown: PlaceView[] = [];
    for (const p of [...this.places].sort((a, b) => b.meetings - a.meetings)) {
      const ll = geocode(p.name);
      const xy = ll && proj(ll);
      if (!xy) { unknown.push(p); continue; }
      const g = el("g", { class: "place-marker" + (state().place === p.name ? " selected" : ""), tabindex: 0, role: "button", "aria-label": `${p.name}: ${p.meetings} meetings`, "data-place": p.name });
      const r = 5 + 12 * Math.sqrt(p.meetings / max);
      g.append(el("circle", { cx: xy[0], cy: xy[1], r }), Object.assign(el("text", { x: xy[0] + r + 3, y: xy[1] + 4 }), { textContent: `${p.name} (${p.meetings})` }));
      const open = () => update({ place: p.name });
      g.addEventListener("click", open);
      g.addEventListener("keydown", (e) => { if ((e as KeyboardEvent).key === "Enter") open(); });
      this.svg.append(g);
    }
    if (!state().place) this.listPlaces(unknown);
    this.unknown = unknown;
  }
  private unknown: PlaceView[] = [];

  private listPlaces(unknown: PlaceView[]) {
    clear(this.side,
      h("h3", null, `${this.places.length} place${this.places.length === 1 ? "" : "s"}`),
      h("p", { class: "muted" }, "Click a place on the map to list its meetings."),
      h("ul", { class: "plain" }, [...this.places].sort((a, b) => b.meetings - a.meetings).map((p) => h("li", null,
        h("a", { href: `/map?place=${encodeURIComponent(p.name)}`, onclick: (e: Event) => { e.preventDefault(); update({ place: p.name }); } }, p.name), ` · ${p.meetings}`))),
      unknown.length ? [h("h3", null, "Not on the map"), h("p", { class: "muted" }, "No coordinates in the bundled gazetteer:"), h("ul", { class: "plain", "data-unknown": "" }, unknown.map((p) => h("li", null, h("a", { href: `/map?place=${encodeURIComponent(p.name)}`, onclick: (e: Event) => { e.preventDefault(); update({ place: p.name }); } }, p.name), ` · ${p.meetings}`)))] : null);
  }

  private async showPlace(place: string) {
    this.draw();
    if (!place) { this.listPlaces(this.unknown); return; }
    clear(this.side, stateBox("loading", `Meetings in ${place}…`));
    try {
      const page = await api.meetings({ place, limit: 200, asOf: state().asOf });
      if (state().place !== place) return;
      clear(this.side,
        h("button", { type: "button", class: "button", onclick: () => update({ place: "" }) }, "← All places"),
        h("h3", null, `${place}: ${page.total} meeting${page.total === 1 ? "" : "s"}`),
        page.items.length ? h("ol", { class: "meetings" }, page.items.map((m) => meetingCard(m))) : stateBox("empty", "No meetings here"));
    } catch (err) {
      clear(this.side, stateBox("error", "Could not load meetings", errMsg(err)));
    }
  }
}
