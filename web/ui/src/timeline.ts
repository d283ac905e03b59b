// A zoomable timeline of meetings (SVG, hand-rolled: wheel or buttons to
// zoom, drag to pan), filterable by actor and negotiation.
import { api, type MeetingView, type NegotiationView } from "./api";
import { h, clear, stateBox, errMsg, fmtDate } from "./dom";
import { meetingCard } from "./panel";
import { state, update, version } from "./state";

const SVG = "http://www.w3.org/2000/svg";
function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function dateValue(d?: string): number {
  if (!d) return NaN;
  const [y, m, day] = d.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, day || 1);
}

export class TimelineView {
  private key = "";
  private meetings: MeetingView[] = [];
  private domain: [number, number] = [0, 1];
  private view: [number, number] = [0, 1];
  private svg = s("svg", { class: "timeline-svg", role: "img", "aria-label": "Timeline of meetings" });
  private list = h("ol", { class: "meetings", "aria-label": "Meetings in time order" });
  private negSel = h("select", { class: "tool", "aria-label": "Negotiation" }) as HTMLSelectElement;
  private info = h("span", { class: "muted" });
  private body = h("div", { class: "timeline-body" });
  private negs: NegotiationView[] = [];
  private all: MeetingView[] = [];
  private brush?: { x0: number; x1: number };
  private periodInfo = h("span", { class: "period-info" });

  constructor(root: HTMLElement) {
    this.negSel.addEventListener("change", () => update({ neg: this.negSel.value }));
    const zoom = (f: number) => { const c = (this.view[0] + this.view[1]) / 2; this.zoomAt(c, f); };
    clear(root, h("h2", { class: "view-title" }, "Timeline of meetings"),
      h("div", { class: "toolbar", role: "toolbar", "aria-label": "Timeline tools" },
        this.negSel,
        h("button", { type: "button", class: "tool", onclick: () => zoom(0.5), "aria-label": "Zoom in" }, "+"),
        h("button", { type: "button", class: "tool", onclick: () => zoom(2), "aria-label": "Zoom out" }, "−"),
        h("button", { type: "button", class: "tool", onclick: () => { this.view = [...this.domain]; this.draw(); } }, "Reset"),
        h("button", { type: "button", class: "tool", onclick: () => update({ actor: "", sel: "", expand: [], hide: [] }) }, "All actors"),
        h("button", { type: "button", class: "tool", "data-action": "clear-period", onclick: () => update({ from: "", to: "" }) }, "Clear period"),
        this.info),
      h("p", { class: "muted small brush-hint" }, "Drag along the dates under the axis (or Shift+drag anywhere) to set the period shown in every view; drag above it to pan; wheel to zoom. ", this.periodInfo),
      this.body);
    this.svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      const r = this.svg.getBoundingClientRect();
      const t = this.view[0] + ((e.clientX - r.left) / r.width) * (this.view[1] - this.view[0]);
      this.zoomAt(t, e.deltaY > 0 ? 1.25 : 0.8);
    }, { passive: false });
    let drag: { x: number; v: [number, number] } | undefined;
    const toT = (clientX: number) => { const r = this.svg.getBoundingClientRect(); const w = r.width || 1; return this.view[0] + ((clientX - r.left - 20) / (w - 40)) * (this.view[1] - this.view[0]); };
    this.svg.addEventListener("pointerdown", (e) => {
      if ((e.target as Element).closest(".tick-meeting")) return;
      const r = this.svg.getBoundingClientRect();
      const inBand = e.clientY - r.top > (r.height * (180 - 34)) / 180;
      if (inBand || e.shiftKey) this.brush = { x0: toT(e.clientX), x1: toT(e.clientX) };
      else drag = { x: e.clientX, v: [...this.view] };
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener("pointermove", (e) => {
      if (this.brush) { this.brush.x1 = toT(e.clientX); this.draw(); return; }
      if (!drag) return;
      const w = this.svg.getBoundingClientRect().width;
      const dt = ((e.clientX - drag.x) / w) * (drag.v[1] - drag.v[0]);
      this.view = [drag.v[0] - dt, drag.v[1] - dt]; this.draw();
    });
    this.svg.addEventListener("pointerup", () => {
      drag = undefined;
      const b = this.brush;
      this.brush = undefined;
      if (!b) return;
      const [a, z] = [Math.min(b.x0, b.x1), Math.max(b.x0, b.x1)];
      if (z - a < 86400000) { this.draw(); return; } // a click, not a brush
      update({ from: new Date(a).toISOString().slice(0, 10), to: new Date(z).toISOString().slice(0, 10) });
    });
    new ResizeObserver(() => this.draw()).observe(this.svg);
    api.negotiations(1000).then((p) => { this.negs = p.items; this.fillNegs(); }).catch(() => {});
  }

  private fillNegs() {
    clear(this.negSel, h("option", { value: "" }, "All negotiations"), ...this.negs.map((n) => h("option", { value: n.id }, n.topic)));
    this.negSel.value = state().neg;
  }

  private zoomAt(t: number, f: number) {
    const [a, b] = this.view;
    const min = 86400000 * 3;
    const w = Math.max(min, (b - a) * f);
    const k = (t - a) / (b - a || 1);
    this.view = [t - k * w, t - k * w + w];
    this.draw();
  }

  async sync() {
    const st = state();
    const key = st.actor + "|" + st.neg + "|" + st.asOf + "|" + version();
    this.negSel.value = st.neg;
    if (key === this.key) { this.drawPeriod(); return; }
    this.key = key;
    clear(this.body, stateBox("loading", "Loading meetings…"));
    try {
      const page = await api.meetings({ actor: st.actor, negotiation: st.neg, sort: "date", limit: 1000, asOf: st.asOf });
      if (key !== this.key) return;
      this.all = page.items;
      this.meetings = page.items.filter((m) => !isNaN(dateValue(m.date)));
      const undated = page.items.length - this.meetings.length;
      const who = st.actor ? (page.items[0]?.participants.find((p) => p.id === st.actor)?.name ?? st.actor) : "all actors";
      this.info.textContent = `${page.items.length} meeting${page.items.length === 1 ? "" : "s"} · ${who}${undated ? ` · ${undated} undated` : ""}${page.total > page.items.length ? ` · first ${page.items.length} of ${page.total}` : ""}`;
      if (!page.items.length) { clear(this.body, stateBox("empty", "No meetings", "No meetings match this actor and negotiation.")); return; }
      const ts = this.meetings.map((m) => dateValue(m.date));
      const pad = 86400000 * 20;
      this.domain = [Math.min(...ts) - pad, Math.max(...ts) + pad];
      this.view = [...this.domain];
      clear(this.body, h("div", { class: "timeline-canvas" }, this.svg), this.list);
      this.drawPeriod();
    } catch (err) {
      clear(this.body, stateBox("error", "Could not load meetings", errMsg(err)));
    }
  }

  /** The period (from/to, shared by every view) shades the timeline and narrows the list. */
  private drawPeriod() {
    const st = state();
    const inPeriod = (m: MeetingView) => inRange(m.date, st.from, st.to);
    const shown = this.all.filter(inPeriod);
    this.periodInfo.textContent = st.from || st.to ? `Period: ${st.from || "…"} – ${st.to || "…"} (${shown.length} of ${this.all.length} meetings).` : "";
    clear(this.list, shown.map((m) => meetingCard(m, st.actor)));
    this.draw();
  }

  private draw() {
    const w = this.svg.clientWidth || 800, H = 180, top = 30, axisY = H - 30;
    this.svg.setAttribute("viewBox", `0 0 ${w} ${H}`);
    this.svg.replaceChildren();
    const [a, b] = this.view;
    const x = (t: number) => ((t - a) / (b - a)) * (w - 40) + 20;
    this.svg.append(s("rect", { x: 0, y: axisY, width: w, height: H - axisY, class: "brush-band" }));
    const st = state();
    if (st.from || st.to) {
      const x0 = Math.max(0, st.from ? x(dateValue(st.from)) : 0), x1 = Math.min(w, st.to ? x(dateValue(st.to) + 86400000) : w);
      if (x1 > x0) this.svg.append(s("rect", { x: x0, y: 0, width: x1 - x0, height: H, class: "period" }));
    }
    if (this.brush) {
      const x0 = x(Math.min(this.brush.x0, this.brush.x1)), x1 = x(Math.max(this.brush.x0, this.brush.x1));
      this.svg.append(s("rect", { x: x0, y: 0, width: Math.max(1, x1 - x0), height: H, class: "brush" }));
    }
    this.svg.append(s("line", { x1: 0, x2: w, y1: axisY, y2: axisY, class: "axis" }));
    // Ticks: months when zoomed in, years when out.
    const span = b - a, day = 86400000;
    const step = span > 3 * 365 * day ? 12 : span > 365 * day ? 3 : 1;
    const d0 = new Date(a);
    for (let d = new Date(Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() - (d0.getUTCMonth() % step), 1)); d.getTime() < b; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))) {
      const xx = x(d.getTime());
      if (xx < 0) continue;
      this.svg.append(s("line", { x1: xx, x2: xx, y1: axisY, y2: axisY + 6, class: "axis" }),
        s("text", { x: xx + 2, y: axisY + 18, class: "tick-label" }, step === 12 ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 7)));
    }
    const stacks = new Map<number, number>();
    for (const m of this.meetings) {
      const t = dateValue(m.date), xx = x(t);
      if (xx < -10 || xx > w + 10) continue;
      const bucket = Math.round(xx / 10);
      const k = stacks.get(bucket) ?? 0; stacks.set(bucket, k + 1);
      const y = axisY - 14 - k * 16;
      if (y < top - 10) continue;
      const g = s("g", { class: "tick-meeting status-" + m.status + (inRange(m.date, st.from, st.to) ? "" : " outside"), tabindex: 0, role: "button", "aria-label": `${fmtDate(m.date)} ${m.place?.name ?? ""}, ${m.status}: ${m.participants.map((p) => p.name).join(", ")}` });
      g.append(s("title", {}, `${fmtDate(m.date)} · ${m.place?.name ?? "place unknown"} · ${m.status}\n${m.participants.map((p) => p.name).join(", ")}`),
        s("circle", { cx: xx, cy: y, r: 6 }));
      // Called off or denied: a cross over the dot, so it does not rest on colour.
      if (m.status === "cancelled" || m.status === "denied") g.append(s("path", { d: `M${xx - 4} ${y - 4}L${xx + 4} ${y + 4}M${xx + 4} ${y - 4}L${xx - 4} ${y + 4}`, class: "cross" }));
      if (k === 0) g.append(s("text", { x: xx, y: y - 10, class: "tick-place" }, m.place?.name ?? ""));
      const open = () => update({ meeting: m.id });
      g.addEventListener("click", open);
      g.addEventListener("keydown", (e) => { if ((e as KeyboardEvent).key === "Enter") open(); });
      this.svg.append(g);
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
