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

function el(tag: string, attrs: Record<string, string | number>) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function geocode(name: string): [number, number] | undefined {
  const n = name.toLowerCase().trim();
  return GAZ.get(n) ?? GAZ.get(n.split(",")[0].trim()) ?? GAZ.get(n.replace(/^the /, ""));
}

export class MapView {
  private svg = document.createElementNS(SVG, "svg");
  private base = document.createElementNS(SVG, "g");    // sphere, graticule, countries: scaled by the zoom
  private markers = document.createElementNS(SVG, "g"); // places, in screen coordinates
  private side = h("div", { class: "map-side" });
  private filterInfo = h("p", { class: "muted map-filters" });
  private places: PlaceView[] = [];
  private loaded = ""; // the filters and data version the places were loaded for
  private shownPlace = "\u0000";
  private zoom = { k: 1, x: 0, y: 0 };
  private proj = geoNaturalEarth1();
  private size = [0, 0];
  constructor(root: HTMLElement) {
    this.svg.setAttribute("class", "map-svg");
    this.svg.setAttribute("role", "img");
    this.svg.setAttribute("aria-label", "World map of meeting places");
    this.base.setAttribute("class", "map-base");
    this.svg.append(this.base, this.markers);
    const zoomBy = (f: number) => { const w = this.size[0] / 2, hh = this.size[1] / 2; this.zoomAt(w, hh, f); };
    clear(root, h("h2", { class: "view-title" }, "Meeting places"), this.filterInfo,
      h("div", { class: "map-layout" }, h("div", { class: "map-canvas" },
        h("div", { class: "map-tools", role: "toolbar", "aria-label": "Map tools" },
          h("button", { type: "button", class: "tool", "aria-label": "Zoom in", "data-action": "map-zoom-in", onclick: () => zoomBy(2) }, "+"),
          h("button", { type: "button", class: "tool", "aria-label": "Zoom out", onclick: () => zoomBy(0.5) }, "−"),
          h("button", { type: "button", class: "tool", "data-action": "map-reset", onclick: () => { this.zoom = { k: 1, x: 0, y: 0 }; this.place(); } }, "Reset")),
        this.svg), this.side),
      h("p", { class: "muted small attribution" }, "Outlines: Natural Earth via world-atlas (public domain). ", gazetteer.attribution));
    // Wheel zooms at the pointer; dragging pans.
    this.svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      const r = this.svg.getBoundingClientRect();
      this.zoomAt(e.clientX - r.left, e.clientY - r.top, e.deltaY < 0 ? 1.25 : 0.8);
    }, { passive: false });
    let drag: { x: number; y: number; zx: number; zy: number; moved: boolean } | undefined;
    this.svg.addEventListener("pointerdown", (e) => {
      if ((e.target as Element).closest(".place-marker")) return;
      drag = { x: e.clientX, y: e.clientY, zx: this.zoom.x, zy: this.zoom.y, moved: false };
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener("pointermove", (e) => {
      if (!drag) return;
      drag.moved = true;
      this.zoom.x = drag.zx + e.clientX - drag.x; this.zoom.y = drag.zy + e.clientY - drag.y;
      this.place();
    });
    this.svg.addEventListener("pointerup", () => { drag = undefined; });
    new ResizeObserver(() => this.draw()).observe(this.svg);
  }

  private zoomAt(px: number, py: number, f: number) {
    const k = Math.min(64, Math.max(1, this.zoom.k * f));
    const g = k / this.zoom.k;
    this.zoom = { k, x: px - (px - this.zoom.x) * g, y: py - (py - this.zoom.y) * g };
    if (k === 1) this.zoom = { k: 1, x: 0, y: 0 };
    this.place();
  }

  /** The zoom as the tests and the URL-less state read it. */
  get view() { return { ...this.zoom }; }

  async sync() {
    // Places, and their meeting counts, under the filters every view
    // shares: the actor, the negotiation, the period, the as-of day.
    const st = state();
    const filters = { actor: st.actor, negotiation: st.neg, from: st.from, to: st.to, asOf: st.asOf };
    const want = JSON.stringify(filters) + "|" + version();
    if (this.loaded !== want) {
      this.loaded = want;
      clear(this.side, stateBox("loading", "Loading places…"));
      try { this.places = (await api.placesFor(filters)).items; } catch (err) { this.loaded = ""; clear(this.side, stateBox("error", "Could not load places", errMsg(err))); return; }
      const parts = [st.actor && "one actor", st.neg && "one negotiation", (st.from || st.to) && `${st.from || "…"} – ${st.to || "…"}`, st.asOf && `as known on ${st.asOf}`].filter(Boolean);
      clear(this.filterInfo, parts.length ? ["Meetings of ", parts.join(", "), ". ",
        h("button", { type: "button", class: "link-button", "data-action": "map-clear-filters", onclick: () => update({ actor: "", neg: "", from: "", to: "", sel: "", expand: [], hide: [] }) }, "Show all meetings")] : "All meetings.");
      this.filterInfo.dataset.filters = parts.join("; ");
      this.shownPlace = "";
      this.draw();
    }
    const key = st.place + "|" + want;
    if (key !== this.shownPlace) { this.shownPlace = key; await this.showPlace(st.place); }
  }

  private draw() {
    const w = this.svg.clientWidth || 900, hgt = this.svg.clientHeight || 480;
    this.size = [w, hgt];
    this.svg.setAttribute("viewBox", `0 0 ${w} ${hgt}`);
    const topo = world as unknown as Topology;
    const countries = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
    this.proj = geoNaturalEarth1().fitExtent([[8, 8], [w - 8, hgt - 8]], { type: "Sphere" } as any);
    const path = geoPath(this.proj);
    this.base.replaceChildren(
      el("path", { d: path({ type: "Sphere" } as any) ?? "", class: "sphere" }),
      el("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }),
      ...countries.features.map((f) => { const p = el("path", { d: path(f) ?? "", class: "country" }); p.append(Object.assign(document.createElementNS(SVG, "title"), { textContent: String(f.properties?.name ?? "") })); return p; }));
    this.place();
    if (!state().place) this.listPlaces(this.unknown);
  }

  /** Markers at the current zoom, labels placed where they do not overlap:
   * busiest first, right of the dot, else left, above or below, else none (the dot keeps
   * its tooltip and its entry in the list). A label keeps clear of other
   * labels and of busier places' dots, and is drawn above every dot with a
   * halo: were it to avoid every dot, none would fit among the crowd of
   * European capitals and Paris or London went unnamed while a place met
   * in once was. */
  private place() {
    const { k, x, y } = this.zoom;
    this.base.setAttribute("transform", `translate(${x},${y}) scale(${k})`);
    this.base.style.setProperty("--k", String(k));
    this.markers.replaceChildren();
    const labelLayer = el("g", { class: "place-labels" });
    const [w, hgt] = this.size;
    const max = Math.max(1, ...this.places.map((p) => p.meetings));
    const unknown: PlaceView[] = [];
    const boxes: [number, number, number, number][] = [];
    const labels: [number, number, number, number][] = [];
    const measure = (t: string) => t.length * 7 + 4; // 12px semibold, about 7px a character
    const items: { p: PlaceView; sx: number; sy: number; r: number }[] = [];
    for (const p of [...this.places].sort((a, b) => b.meetings - a.meetings || (a.name < b.name ? -1 : 1))) {
      const ll = geocode(p.name);
      const xy = ll && this.proj(ll);
      if (!xy) { unknown.push(p); continue; }
      const sx = xy[0] * k + x, sy = xy[1] * k + y;
      if (sx < -20 || sy < -20 || sx > w + 20 || sy > hgt + 20) continue;
      const r = 5 + 12 * Math.sqrt(p.meetings / max);
      items.push({ p, sx, sy, r });
      boxes.push([sx - r, sy - r, sx + r, sy + r]);
    }
    const hit = (b: number[], c: number[]) => b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3];
    items.forEach(({ p, sx, sy, r }, i) => {
      const g = el("g", { class: "place-marker" + (state().place === p.name ? " selected" : ""), tabindex: 0, role: "button", "aria-label": `${p.name}: ${p.meetings} meetings`, "data-place": p.name });
      const title = document.createElementNS(SVG, "title"); title.textContent = `${p.name}: ${p.meetings} meeting${p.meetings === 1 ? "" : "s"}`;
      g.append(title, el("circle", { cx: sx, cy: sy, r }));
      const text = `${p.name} (${p.meetings})`, tw = measure(text);
      const right: [number, number, number, number] = [sx + r + 3, sy - 8, sx + r + 3 + tw, sy + 6];
      const left: [number, number, number, number] = [sx - r - 3 - tw, sy - 8, sx - r - 3, sy + 6];
      const free = (b: [number, number, number, number]) => b[0] >= 0 && b[2] <= w && b[1] >= 0 && b[3] <= hgt && !labels.some((l) => hit(b, l)) && !boxes.some((c, j) => j < i && hit(b, c));
      const above: [number, number, number, number] = [sx - tw / 2, sy - r - 16, sx + tw / 2, sy - r - 2];
      const below: [number, number, number, number] = [sx - tw / 2, sy + r + 2, sx + tw / 2, sy + r + 16];
      const spot = [right, left, above, below].find(free);
      const open = () => update({ place: p.name });
      if (spot) {
        labels.push(spot);
        const label = Object.assign(el("text", { x: spot[0], y: spot[1] + 12, class: "place-label", "data-place": p.name }), { textContent: text });
        label.addEventListener("click", open);
        labelLayer.append(label);
      }
      g.addEventListener("click", open);
      g.addEventListener("keydown", (e) => { if ((e as KeyboardEvent).key === "Enter") open(); });
      this.markers.append(g);
    });
    this.markers.append(labelLayer);
    if (k === 1) this.unknown = unknown;
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
      const st = state();
      const page = await api.meetings({ place, actor: st.actor, negotiation: st.neg, from: st.from, to: st.to, limit: 200, asOf: st.asOf });
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
