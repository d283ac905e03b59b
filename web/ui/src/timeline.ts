// The timeline: a histogram of meetings per day, month or year computed by
// the server (GET /api/timeline), so it stays light at a million meetings;
// undated meetings in a lane of their own. Filtered by actor, negotiation,
// place and "as known on"; brushing sets the period every view shares, and
// the meetings of the period are listed underneath, a page at a time.
import { api, type MeetingView, type Timeline, type TimeBucket } from "./api";
import { h, clear, stateBox, errMsg, debounce } from "./dom";
import { meetingCard } from "./panel";
import { negotiationName } from "./home";
import { state, update, version } from "./state";

const SVG = "http://www.w3.org/2000/svg";
function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const DAY = 86400000;

export function dateValue(d?: string): number {
  if (!d) return NaN;
  const [y, m, day] = d.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, day || 1);
}

/** The first day after a bucket ("2024" → 2025-01-01). */
function bucketEnd(key: string): number {
  const [y, m, d] = key.split("-").map(Number);
  if (d) return Date.UTC(y, m - 1, d + 1);
  if (m) return Date.UTC(y, m, 1);
  return Date.UTC(y + 1, 0, 1);
}

type Bucket = "auto" | "day" | "month" | "year";
const PAGE = 50;

export class TimelineView {
  private key = "";
  private listKey = "";
  private data?: Timeline;
  private domain: [number, number] = [0, 1];
  private view: [number, number] = [0, 1];
  private bucket: Bucket = "auto";
  private svg = s("svg", { class: "timeline-svg", role: "img", "aria-label": "Meetings per period" });
  private list = h("ol", { class: "meetings", "aria-label": "Meetings of the period" });
  private more = h("button", { type: "button", class: "button", "data-action": "more-meetings", hidden: true }, "More meetings");
  private listInfo = h("p", { class: "muted list-info" });
  private neg = h("input", { type: "search", class: "tool neg-input", placeholder: "Negotiation: type a topic", list: "neg-list", "aria-label": "Negotiation" }) as HTMLInputElement;
  private negList = h("datalist", { id: "neg-list" });
  private negIds = new Map<string, string>(); // shown name → id
  private bucketSel = h("select", { class: "tool", "aria-label": "Bucket", "data-control": "bucket" },
    ...(["auto", "day", "month", "year"] as Bucket[]).map((b) => h("option", { value: b }, b === "auto" ? "Bucket: auto" : "per " + b))) as HTMLSelectElement;
  private info = h("span", { class: "muted timeline-info" });
  private body = h("div", { class: "timeline-body" });
  private brush?: { x0: number; x1: number };
  private periodInfo = h("span", { class: "period-info" });
  private shown: MeetingView[] = [];

  constructor(root: HTMLElement) {
    this.bucketSel.addEventListener("change", () => { this.bucket = this.bucketSel.value as Bucket; this.key = ""; void this.sync(); });
    const pick = () => {
      const v = this.neg.value.trim();
      const id = this.negIds.get(v);
      if (id) update({ neg: id });
      else if (!v) update({ neg: "" });
    };
    this.neg.addEventListener("change", pick);
    const suggest = debounce(async () => {
      try {
        const page = await api.negotiationsLike(this.neg.value.trim(), 20);
        this.negIds.clear();
        clear(this.negList, page.items.map((n) => { const name = negotiationName(n); this.negIds.set(name, n.id); return h("option", { value: name }, `${n.meetings} meetings`); }));
      } catch { /* suggestions are optional */ }
    }, 150);
    this.neg.addEventListener("input", suggest);
    this.neg.addEventListener("focus", suggest);
    const zoom = (f: number) => { const c = (this.view[0] + this.view[1]) / 2; this.zoomAt(c, f); };
    this.more.addEventListener("click", () => void this.loadList(true));
    clear(root, h("h2", { class: "view-title" }, "Timeline of meetings"),
      h("div", { class: "toolbar", role: "toolbar", "aria-label": "Timeline tools" },
        this.neg, this.negList, this.bucketSel,
        h("button", { type: "button", class: "tool", onclick: () => zoom(0.5), "aria-label": "Zoom in" }, "+"),
        h("button", { type: "button", class: "tool", onclick: () => zoom(2), "aria-label": "Zoom out" }, "−"),
        h("button", { type: "button", class: "tool", onclick: () => { this.view = [...this.domain]; this.draw(); } }, "Reset"),
        h("button", { type: "button", class: "tool", onclick: () => update({ actor: "", sel: "", expand: [], hide: [], neg: "", place: "" }) }, "All meetings"),
        h("button", { type: "button", class: "tool", "data-action": "clear-period", onclick: () => update({ from: "", to: "" }) }, "Clear period"),
        this.info),
      h("p", { class: "muted small brush-hint" }, "Drag along the dates under the axis (or Shift+drag anywhere) to set the period shown in every view; click a bar for its period; drag above to pan; wheel to zoom. ", this.periodInfo),
      this.body);
    this.svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      this.zoomAt(this.toT(e.clientX), e.deltaY > 0 ? 1.25 : 0.8);
    }, { passive: false });
    let drag: { x: number; v: [number, number]; moved: boolean } | undefined;
    this.svg.addEventListener("pointerdown", (e) => {
      const r = this.svg.getBoundingClientRect();
      const inBand = e.clientY - r.top > (r.height * (200 - 30)) / 200;
      if (inBand || e.shiftKey) this.brush = { x0: this.toT(e.clientX), x1: this.toT(e.clientX) };
      else drag = { x: e.clientX, v: [...this.view], moved: false };
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener("pointermove", (e) => {
      if (this.brush) { this.brush.x1 = this.toT(e.clientX); this.draw(); return; }
      if (!drag) return;
      if (Math.abs(e.clientX - drag.x) > 3) drag.moved = true;
      const w = this.plotWidth();
      const dt = ((e.clientX - drag.x) / w) * (drag.v[1] - drag.v[0]);
      this.view = [drag.v[0] - dt, drag.v[1] - dt]; this.draw();
    });
    this.svg.addEventListener("pointerup", (e) => {
      const d = drag;
      drag = undefined;
      const b = this.brush;
      this.brush = undefined;
      if (d && !d.moved) {
        const bar = (e.target as Element).closest<SVGElement>(".bar");
        if (bar?.dataset.key) this.selectBucket(bar.dataset.key);
        return;
      }
      if (!b) return;
      const [a, z] = [Math.min(b.x0, b.x1), Math.max(b.x0, b.x1)];
      if (z - a < DAY) { this.draw(); return; } // a click, not a brush
      update({ from: new Date(a).toISOString().slice(0, 10), to: new Date(z - 1).toISOString().slice(0, 10) });
    });
    new ResizeObserver(() => this.draw()).observe(this.svg);
  }

  private plotWidth() { return Math.max(1, (this.svg.clientWidth || 800) - 40 - this.laneWidth()); }
  private laneWidth() { return this.data?.undated ? 90 : 0; }
  private toT(clientX: number) {
    const r = this.svg.getBoundingClientRect();
    return this.view[0] + ((clientX - r.left - 20) / this.plotWidth()) * (this.view[1] - this.view[0]);
  }

  private selectBucket(key: string) {
    if (key === "undated") return;
    update({ from: new Date(dateValue(key)).toISOString().slice(0, 10), to: new Date(bucketEnd(key) - DAY).toISOString().slice(0, 10) });
  }

  private zoomAt(t: number, f: number) {
    const [a, b] = this.view;
    const w = Math.max(DAY * 3, (b - a) * f);
    const k = (t - a) / (b - a || 1);
    this.view = [t - k * w, t - k * w + w];
    this.draw();
  }

  async sync() {
    const st = state();
    const key = [st.actor, st.neg, st.place, st.asOf, this.bucket, version()].join("|");
    if (st.neg && !this.negIdsHas(st.neg)) void this.nameNegotiation(st.neg);
    if (!st.neg) this.neg.value = "";
    if (key === this.key) { this.drawPeriod(); return; }
    this.key = key;
    clear(this.body, stateBox("loading", "Counting meetings…"));
    try {
      const filters = { actor: st.actor, negotiation: st.neg, place: st.place, asOf: st.asOf };
      let bucket = this.bucket === "auto" ? "month" : this.bucket;
      let t = await api.timeline({ ...filters, bucket });
      if (this.bucket === "auto" && t.buckets.length) {
        // Pick the bucket from the span: years past 15 years, days under 4 months.
        const span = bucketEnd(t.buckets[t.buckets.length - 1].key) - dateValue(t.buckets[0].key);
        const better = span > 15 * 365 * DAY ? "year" : span < 120 * DAY ? "day" : "month";
        if (better !== bucket) { bucket = better; t = await api.timeline({ ...filters, bucket }); }
      }
      if (key !== this.key) return;
      this.data = t;
      const who = [st.actor && "one actor", st.neg && "one negotiation", st.place && st.place].filter(Boolean).join(", ") || "all meetings";
      this.info.textContent = `${t.total.toLocaleString("en")} meeting${t.total === 1 ? "" : "s"} · ${who} · per ${t.bucket}${t.undated ? ` · ${t.undated.toLocaleString("en")} undated` : ""}`;
      if (!t.total) { clear(this.body, stateBox("empty", "No meetings", "No meetings match these filters.")); return; }
      if (t.buckets.length) {
        this.domain = [dateValue(t.buckets[0].key), bucketEnd(t.buckets[t.buckets.length - 1].key)];
        const pad = (this.domain[1] - this.domain[0]) * 0.02 + DAY;
        this.domain = [this.domain[0] - pad, this.domain[1] + pad];
      } else {
        this.domain = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
      }
      this.view = [...this.domain];
      clear(this.body, h("div", { class: "timeline-canvas" }, this.svg), this.listInfo, this.list, this.more);
      this.drawPeriod();
    } catch (err) {
      this.key = "";
      clear(this.body, stateBox("error", "Could not count meetings", errMsg(err)));
    }
  }

  private negIdsHas(id: string) { for (const v of this.negIds.values()) if (v === id) return true; return false; }
  private async nameNegotiation(id: string) {
    try {
      const page = await api.negotiationsLike("", 1000);
      const n = page.items.find((x) => x.id === id);
      if (n && state().neg === id) { const name = negotiationName(n); this.negIds.set(name, id); this.neg.value = name; }
    } catch { /* the id stays in the URL */ }
  }

  /** The period (from/to, shared by every view) shades the histogram and picks the meetings listed. */
  private drawPeriod() {
    const st = state();
    this.periodInfo.textContent = st.from || st.to ? `Period: ${st.from || "…"} – ${st.to || "…"}.` : "";
    void this.loadList(false);
    this.draw();
  }

  private async loadList(more: boolean) {
    const st = state();
    const key = [st.actor, st.neg, st.place, st.asOf, st.from, st.to, version()].join("|");
    if (!more && key === this.listKey) return;
    if (!more) { this.listKey = key; this.shown = []; }
    try {
      const page = await api.meetings({ actor: st.actor, negotiation: st.neg, place: st.place, from: st.from, to: st.to, asOf: st.asOf,
        sort: "-date", limit: PAGE, offset: this.shown.length });
      if (key !== this.listKey) return;
      this.shown.push(...page.items);
      this.listInfo.textContent = `${page.total.toLocaleString("en")} meeting${page.total === 1 ? "" : "s"}${st.from || st.to ? " in the period" : ""}, newest first; showing ${this.shown.length}.`;
      this.listInfo.dataset.total = String(page.total);
      if (!more) clear(this.list);
      this.list.append(...page.items.map((m) => meetingCard(m, st.actor)));
      this.more.hidden = this.shown.length >= page.total;
    } catch (err) {
      clear(this.list, stateBox("error", "Could not list meetings", errMsg(err)));
    }
  }

  private draw() {
    const t = this.data;
    if (!t) return;
    const W = this.svg.clientWidth || 800, H = 200, top = 16, axisY = H - 30;
    const lane = this.laneWidth(), plotR = W - 20 - lane;
    this.svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    this.svg.replaceChildren();
    const [a, b] = this.view;
    const x = (v: number) => ((v - a) / (b - a)) * (plotR - 20) + 20;
    this.svg.append(s("rect", { x: 0, y: axisY, width: plotR, height: H - axisY, class: "brush-band" }));
    const st = state();
    if (st.from || st.to) {
      const x0 = Math.max(0, st.from ? x(dateValue(st.from)) : 0), x1 = Math.min(plotR, st.to ? x(dateValue(st.to) + DAY) : plotR);
      if (x1 > x0) this.svg.append(s("rect", { x: x0, y: 0, width: x1 - x0, height: H, class: "period" }));
    }
    // Bars: height by count on a square-root scale, so one busy month does not flatten the rest.
    const max = Math.max(1, ...t.buckets.map((k) => k.count), t.undated);
    const y = (n: number) => axisY - ((axisY - top) * Math.sqrt(n)) / Math.sqrt(max);
    const inPeriod = (k: TimeBucket) => (!st.from || bucketEnd(k.key) > dateValue(st.from)) && (!st.to || dateValue(k.key) <= dateValue(st.to));
    for (const k of t.buckets) {
      const x0 = x(dateValue(k.key)), x1 = x(bucketEnd(k.key));
      if (x1 < 0 || x0 > plotR) continue;
      const w = Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
      const r = s("rect", { x: Math.max(0, x0), y: y(k.count), width: Math.min(w, plotR - Math.max(0, x0)), height: axisY - y(k.count),
        class: "bar" + (inPeriod(k) ? "" : " outside"), "data-key": k.key, "data-count": k.count });
      r.append(s("title", {}, `${k.key}: ${k.count} meeting${k.count === 1 ? "" : "s"}${k.coarse ? ` (${k.coarse} known only to a coarser date)` : ""}`));
      this.svg.append(r);
    }
    if (t.undated) {
      const x0 = plotR + 20, w = lane - 30;
      const r = s("rect", { x: x0, y: y(t.undated), width: w, height: axisY - y(t.undated), class: "bar undated", "data-key": "undated", "data-count": t.undated });
      r.append(s("title", {}, `${t.undated} undated meeting${t.undated === 1 ? "" : "s"}`));
      this.svg.append(r, s("text", { x: x0 + w / 2, y: axisY + 18, class: "tick-label lane-label" }, "undated"),
        s("text", { x: x0 + w / 2, y: y(t.undated) - 4, class: "tick-label lane-label" }, String(t.undated)));
    }
    if (this.brush) {
      const x0 = x(Math.min(this.brush.x0, this.brush.x1)), x1 = x(Math.max(this.brush.x0, this.brush.x1));
      this.svg.append(s("rect", { x: x0, y: 0, width: Math.max(1, x1 - x0), height: H, class: "brush" }));
    }
    this.svg.append(s("line", { x1: 0, x2: plotR, y1: axisY, y2: axisY, class: "axis" }),
      s("text", { x: 4, y: top + 8, class: "tick-label" }, `${max.toLocaleString("en")}`));
    // Ticks: as many as fit, on year, quarter, month or day boundaries.
    const span = b - a, px = plotR - 20;
    const steps: [number, "y" | "m" | "d"][] = [[1, "d"], [7, "d"], [1, "m"], [3, "m"], [12, "m"], [60, "m"], [120, "m"], [600, "m"]];
    const [step, unit] = steps.find(([n, u]) => (u === "d" ? n * DAY : n * 30 * DAY) * (px / span) >= 70) ?? [1200, "m"];
    const d0 = new Date(a);
    let d = unit === "d" ? new Date(Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), d0.getUTCDate())) : new Date(Date.UTC(d0.getUTCFullYear() - (step >= 12 ? d0.getUTCFullYear() % (step / 12) : 0), step >= 12 ? 0 : d0.getUTCMonth() - (d0.getUTCMonth() % step), 1));
    for (let i = 0; d.getTime() < b && i < 400; i++) {
      const xx = x(d.getTime());
      if (xx >= 0 && xx <= plotR) {
        const label = step >= 12 ? String(d.getUTCFullYear()) : unit === "m" ? d.toISOString().slice(0, 7) : d.toISOString().slice(0, 10);
        this.svg.append(s("line", { x1: xx, x2: xx, y1: axisY, y2: axisY + 6, class: "axis" }), s("text", { x: xx + 2, y: axisY + 18, class: "tick-label" }, label));
      }
      d = unit === "d" ? new Date(d.getTime() + step * DAY) : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1));
    }
  }
}

/** Whether a (possibly partial) date falls in an inclusive period; a
 * meeting known only to the month matches a period overlapping it. */
export function inRange(d: string | undefined, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!d) return false;
  if (from && d < from.slice(0, d.length)) return false;
  if (to && d.slice(0, to.length) > to) return false;
  return true;
}
