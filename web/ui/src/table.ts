// The meetings table: every meeting (no actor needed), one row per meeting
// with its participants, paged and sorted on the server (/api/meetings);
// the CSV link asks the same endpoint with the same filters and sort, so
// the file holds what the screen shows. An unknown name gets "did you mean"
// suggestions from the actor search.
import { api, qs, ApiError, type MeetingView, type Page } from "./api";
import { h, clear, stateBox, errMsg, fmtDate } from "./dom";
import { actorLink, sourceLine, statusBadge, sourcesBadge, sourceCount, reportList } from "./panel";
import { state, update, version, type State } from "./state";
import { suggestPlaces } from "./filters";

const PAGE = 50;
const CSV_MAX = 1000;

export class TableView {
  private form: HTMLFormElement;
  private out = h("div", { class: "table-out", "aria-live": "polite" });
  private csv = h("a", { class: "button", download: "", "data-action": "csv" }, "Download CSV") as HTMLAnchorElement;
  private key = "";
  private offset = 0;
  private oldest = false;
  private places = h("datalist", { id: "place-list" });
  private status = h("select", { name: "status", "aria-label": "Status" },
    h("option", { value: "" }, "any status"), ...["held", "planned", "cancelled", "denied"].map((s) => h("option", { value: s }, s))) as HTMLSelectElement;

  constructor(root: HTMLElement) {
    const field = (name: string, label: string, attrs: Record<string, string> = {}) =>
      h("label", { class: "field" }, h("span", null, label), h("input", { name, type: "text", ...attrs }));
    this.form = h("form", { class: "filters", role: "search", "aria-label": "Filter meetings" },
      field("actor", "Actor", { placeholder: "anyone" }),
      field("with", "Met with", { placeholder: "anyone" }),
      field("place", "Place", { placeholder: "anywhere", list: "place-list" }),
      field("from", "From", { placeholder: "YYYY[-MM[-DD]]", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
      field("to", "To", { placeholder: "YYYY[-MM[-DD]]", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
      h("label", { class: "field" }, h("span", null, "Status"), this.status),
      h("button", { type: "submit", class: "button primary" }, "Apply"),
      h("button", { type: "button", class: "button", onclick: () => update({ actor: "", with: "", place: "", from: "", to: "", neg: "", sel: "", expand: [], hide: [] }) }, "Clear filters"),
      this.csv, this.places) as HTMLFormElement;
    this.form.addEventListener("submit", (e) => { e.preventDefault(); this.submit(); });
    this.status.addEventListener("change", () => { this.key = ""; this.offset = 0; void this.sync(); });
    clear(root, h("h2", { class: "view-title" }, "Meetings"), this.form, this.out);
    suggestPlaces(this.form.elements.namedItem("place") as HTMLInputElement, this.places);
  }

  private submit() {
    const fd = new FormData(this.form);
    const val = (k: string) => String(fd.get(k) ?? "").trim();
    const st = state();
    const actor = val("actor");
    this.offset = 0;
    update({ actor, sel: actor === st.actor ? st.sel : "", expand: actor === st.actor ? st.expand : [], hide: actor === st.actor ? st.hide : [],
      with: val("with"), place: val("place"), from: val("from"), to: val("to") });
  }

  private params(st: State) {
    return { actor: st.actor, with: st.with, place: st.place, negotiation: st.neg, from: st.from, to: st.to, asOf: st.asOf,
      status: this.status.value, sort: this.oldest ? "date" : "-date" };
  }

  private setInputs(st: State, page?: Page<MeetingView>) {
    const set = (k: string, v: string) => { const el = this.form.elements.namedItem(k) as HTMLInputElement; if (document.activeElement !== el) el.value = v; };
    // Show names, not ids, for actors the page names.
    const name = (id: string) => page?.items.flatMap((m) => m.participants).find((p) => p.id === id)?.name ?? id;
    set("actor", name(st.actor)); set("with", name(st.with));
    set("place", st.place); set("from", st.from); set("to", st.to);
  }

  async sync() {
    const st = state();
    const params = this.params(st);
    const filterKey = JSON.stringify(params) + "|" + version();
    if (!this.key.startsWith(filterKey + "|")) this.offset = 0;
    const key = filterKey + "|" + this.offset;
    if (key === this.key) return;
    this.key = key;
    this.setInputs(st);
    clear(this.out, stateBox("loading", "Loading meetings…"));
    try {
      const page = await api.meetings({ ...params, limit: PAGE, offset: this.offset });
      if (key !== this.key) return;
      this.setInputs(st, page);
      this.csv.href = "/api/meetings" + qs({ ...params, limit: Math.min(CSV_MAX, Math.max(1, page.total)), format: "csv" });
      this.csv.textContent = page.total > CSV_MAX ? `Download CSV (first ${CSV_MAX})` : "Download CSV";
      this.draw(page);
      void this.checkNames(st, key);
    } catch (err) {
      if (key !== this.key) return;
      if (err instanceof ApiError && err.status === 404 && (st.actor || st.with)) return this.didYouMean(st, err, key);
      clear(this.out, stateBox("error", "Could not load meetings", errMsg(err)));
    }
  }

  /** An unknown actor (nothing close enough to resolve): the names the
   * search finds, one click each, or a plain "no such actor". */
  private async didYouMean(st: State, err: ApiError, key: string) {
    const boxes: HTMLElement[] = [];
    for (const [field, name] of [["actor", st.actor], ["with", st.with]] as const) {
      if (!name || name.includes(":")) continue;
      let hits: { id: string; name: string; kind: string; meetings: number }[] = [];
      try { hits = (await api.actors(name, 5)).items; } catch { /* no suggestions */ }
      if (hits.length) boxes.push(this.suggestions(field, name, hits, `No actor is called “${name}”. Did you mean:`));
    }
    if (key === this.key) clear(this.out, boxes.length ? boxes : stateBox("empty", "Unknown actor", err.message));
  }

  /** A name typed that is not on record was resolved by the search to its
   * best match: say so, and offer the other close names. */
  private async checkNames(st: State, key: string) {
    const norm = (x: string) => x.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
    const notes: HTMLElement[] = [];
    for (const [field, name] of [["actor", st.actor], ["with", st.with]] as const) {
      if (!name || name.includes(":")) continue;
      let hits: { id: string; name: string; kind: string; meetings: number; aliases: string[] }[] = [];
      try { hits = (await api.actors(name, 5)).items; } catch { continue; }
      if (!hits.length || [hits[0].name, ...hits[0].aliases].some((n) => norm(n) === norm(name))) continue;
      notes.push(this.suggestions(field, name, hits, `No actor is called “${name}”; showing ${hits[0].name}. Did you mean:`));
    }
    if (key === this.key && notes.length) this.out.prepend(...notes);
  }

  private suggestions(field: "actor" | "with", name: string, hits: { id: string; name: string; kind: string; meetings: number }[], title: string) {
    return h("div", { class: "did-you-mean", role: "status", "data-field": field, "data-name": name },
      h("strong", null, title), " ",
      ...hits.map((a, i) => [i ? " · " : "", h("button", { type: "button", class: "link-button", "data-actor": a.id,
        onclick: () => update(field === "actor" ? { actor: a.id, sel: "", expand: [], hide: [] } : { with: a.id }) }, a.name),
        h("span", { class: "muted small" }, ` ${a.kind}, ${a.meetings} meeting${a.meetings === 1 ? "" : "s"}`)]));
  }

  private draw(page: Page<MeetingView>) {
    const st = state();
    if (!page.items.length) {
      clear(this.out, stateBox("empty", "No meetings match these filters", "Widen the period, clear the place or another filter."));
      return;
    }
    const sortBtn = h("button", { type: "button", class: "sort", onclick: () => { this.oldest = !this.oldest; this.offset = 0; void this.sync(); } },
      "Date", h("span", { class: "arrow", "aria-hidden": "true" }, this.oldest ? " ▲" : " ▼"));
    const head = h("tr", null,
      h("th", { scope: "col", "aria-sort": this.oldest ? "ascending" : "descending" }, sortBtn),
      ...["Place", "Participants", "Negotiation", "Status", "Sources", "Evidence"].map((l) => h("th", { scope: "col" }, l)));
    const body = page.items.map((m) => {
      const src = m.sources.find((r) => r.evidence) ?? m.sources[0];
      return h("tr", { "data-meeting": m.id },
        h("td", { class: "nowrap" }, h("a", { href: `?meeting=${encodeURIComponent(m.id)}`, onclick: (e: Event) => { e.preventDefault(); update({ meeting: m.id }); } }, fmtDate(m.date))),
        h("td", null, m.place?.name ?? "—"),
        h("td", { class: "participants-cell" }, m.participants.map((p, i) => [i ? ", " : "", actorLink(p)])),
        h("td", null, m.negotiation?.topic ?? "—"),
        h("td", { "data-status": m.status }, statusBadge(m.status), m.mode && m.mode !== "unknown" ? h("div", { class: "muted small" }, m.mode.replace(/[-_]/g, " ")) : null),
        h("td", { class: "nowrap", "data-sources": sourceCount(m) }, sourcesBadge(sourceCount(m), m.sources.length)),
        h("td", { class: "evidence-cell" }, m.evidence ? ["“" + m.evidence + "” ", src ? sourceLine(src) : null] : "—",
          m.sources.length > 1 || m.sources.some((r) => r.attribution) ? reportList(m.sources) : null));
    });
    const last = Math.min(page.offset + page.items.length, page.total);
    const go = (offset: number) => { this.offset = offset; void this.sync(); this.out.scrollIntoView({ block: "start" }); };
    const pager = h("nav", { class: "pager", "aria-label": "Pages" },
      h("button", { type: "button", class: "button", "data-action": "prev", disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - PAGE)) }, "← Newer" + (this.oldest ? "" : "")),
      h("span", { class: "muted", "data-range": `${page.offset + 1}-${last}` }, ` ${(page.offset + 1).toLocaleString("en")}–${last.toLocaleString("en")} of ${page.total.toLocaleString("en")} `),
      h("button", { type: "button", class: "button", "data-action": "next", disabled: last >= page.total, onclick: () => go(page.offset + PAGE) }, "Older →"));
    if (this.oldest) { pager.firstElementChild!.textContent = "← Older"; pager.lastElementChild!.textContent = "Newer →"; }
    clear(this.out,
      h("p", { class: "muted table-summary", "data-total": page.total }, `${page.total.toLocaleString("en")} meeting${page.total === 1 ? "" : "s"}`,
        st.actor ? " of the actor" : "", st.with ? " with the counterpart" : "", st.asOf ? ` · as known on ${st.asOf}` : ""),
      h("table", { class: "data", "aria-label": "Meetings" }, h("thead", null, head), h("tbody", null, body)), pager);
  }
}
