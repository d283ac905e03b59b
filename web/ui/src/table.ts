// Who met whom: /api/met with filters for actor, counterpart, place and
// period; sortable columns; CSV from the API with the same filters.
import { api, qs, type MetResult, type ActorRef } from "./api";
import { h, clear, stateBox, errMsg, fmtDate } from "./dom";
import { actorLink, sourceLine, statusBadge, sourcesBadge, sourceCount, reportList } from "./panel";
import { state, update, version, type State } from "./state";
import { suggestPlaces } from "./filters";

interface Row { who: ActorRef; date: string; place: string; mode: string; status: string; evidence: string; meeting: string; src?: import("./api").Report; sources: number; m: import("./api").MeetingView }
type Col = "who" | "date" | "place" | "mode" | "status" | "sources";
const COLS: [Col, string][] = [["who", "Counterpart"], ["date", "Date"], ["place", "Place"], ["mode", "Mode"], ["status", "Status"], ["sources", "Sources"]];

export class TableView {
  private form: HTMLFormElement;
  private out = h("div", { class: "table-out", "aria-live": "polite" });
  private csv = h("a", { class: "button", download: "", "data-action": "csv" }, "Download CSV") as HTMLAnchorElement;
  private rows: Row[] = [];
  private result?: MetResult;
  private sort: { col: Col; dir: 1 | -1 } = { col: "date", dir: -1 };
  private key = "";
  private places = h("datalist", { id: "place-list" });

  constructor(root: HTMLElement) {
    const field = (name: string, label: string, attrs: Record<string, string> = {}) =>
      h("label", { class: "field" }, h("span", null, label), h("input", { name, type: "text", ...attrs }));
    this.form = h("form", { class: "filters", role: "search", "aria-label": "Filter meetings" },
      field("actor", "Actor", { placeholder: "name, alias or id", required: "" }),
      field("with", "Met with", { placeholder: "anyone" }),
      field("place", "Place", { placeholder: "anywhere", list: "place-list" }),
      field("from", "From", { placeholder: "YYYY[-MM[-DD]]", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
      field("to", "To", { placeholder: "YYYY[-MM[-DD]]", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" }),
      h("button", { type: "submit", class: "button primary" }, "Apply"),
      h("button", { type: "button", class: "button", onclick: () => update({ with: "", place: "", from: "", to: "" }) }, "Clear filters"),
      this.csv, this.places) as HTMLFormElement;
    this.form.addEventListener("submit", (e) => { e.preventDefault(); void this.submit(); });
    clear(root, h("h2", { class: "view-title" }, "Who met whom"), this.form, this.out);
    suggestPlaces(this.form.elements.namedItem("place") as HTMLInputElement, this.places);
  }

  private async submit() {
    const fd = new FormData(this.form);
    const val = (k: string) => String(fd.get(k) ?? "").trim();
    const resolve = async (q: string) => {
      if (!q || q.includes(":")) return q;
      const page = await api.actors(q, 1);
      return page.items[0]?.id ?? q;
    };
    try {
      const [actor, withId] = await Promise.all([resolve(val("actor")), resolve(val("with"))]);
      const st = state();
      update({ actor, sel: actor === st.actor ? st.sel : "", expand: actor === st.actor ? st.expand : [], hide: actor === st.actor ? st.hide : [],
        with: withId, place: val("place"), from: val("from"), to: val("to") });
    } catch (err) {
      clear(this.out, stateBox("error", "Could not apply the filters", errMsg(err)));
    }
  }

  private setInputs(st: State, r?: MetResult) {
    const set = (k: string, v: string) => { (this.form.elements.namedItem(k) as HTMLInputElement).value = v; };
    set("actor", r?.actor.id === st.actor ? r.actor.name : st.actor);
    const w = r?.counterparts.find((c) => c.actor.id === st.with);
    set("with", w ? w.actor.name : st.with);
    set("place", st.place); set("from", st.from); set("to", st.to);
  }

  async sync() {
    const st = state();
    const params = { actor: st.actor, with: st.with, place: st.place, from: st.from, to: st.to, asOf: st.asOf };
    const key = JSON.stringify(params) + "|" + version();
    if (key === this.key) return;
    this.key = key;
    this.setInputs(st);
    this.csv.href = "/api/met" + qs({ ...params, format: "csv" });
    this.csv.hidden = !st.actor;
    if (!st.actor) { clear(this.out, stateBox("empty", "Choose an actor", "Type a name in the Actor field (or the search box) to list everyone they met, where and when.")); return; }
    clear(this.out, stateBox("loading", "Loading meetings…"));
    try {
      const r = await api.met(params);
      if (key !== this.key) return;
      this.result = r;
      this.setInputs(st, r);
      this.rows = r.counterparts.flatMap((c) => c.meetings.map((m) => ({
        who: c.actor, date: m.date ?? "", place: m.place?.name ?? "", mode: (m.mode ?? "").replace(/[-_]/g, " "), status: m.status,
        evidence: m.evidence ?? "", meeting: m.id, src: m.sources[0], sources: sourceCount(m), m,
      })));
      this.draw();
    } catch (err) {
      if (key !== this.key) return;
      clear(this.out, stateBox("error", "Could not load meetings", errMsg(err)));
    }
  }

  private draw() {
    const r = this.result!;
    const { col, dir } = this.sort;
    const rows = [...this.rows].sort((a, b) => {
      const x = col === "who" ? a.who.name : a[col], y = col === "who" ? b.who.name : b[col];

      return (x < y ? -1 : x > y ? 1 : 0) * dir || (a.date < b.date ? 1 : -1);
    });
    if (!rows.length) { clear(this.out, stateBox("empty", `No meetings for ${r.actor.name} match these filters`, "Widen the period or clear the place.")); return; }
    const head = h("tr", null, ...COLS.map(([c, label]) => h("th", { scope: "col", "aria-sort": c === col ? (dir === 1 ? "ascending" : "descending") : "none" },
      h("button", { type: "button", class: "sort", onclick: () => { this.sort = { col: c, dir: c === col ? (dir === 1 ? -1 : 1) : c === "date" ? -1 : 1 }; this.draw(); } },
        label, h("span", { class: "arrow", "aria-hidden": "true" }, c === col ? (dir === 1 ? " ▲" : " ▼") : " ↕")))),
      h("th", { scope: "col" }, "Evidence"));
    const body = rows.map((x) => h("tr", { "data-meeting": x.meeting },
      h("td", null, actorLink(x.who)),
      h("td", { class: "nowrap" }, h("a", { href: `?meeting=${encodeURIComponent(x.meeting)}`, onclick: (e: Event) => { e.preventDefault(); update({ meeting: x.meeting }); } }, fmtDate(x.date))),
      h("td", null, x.place || "—"), h("td", null, x.mode), h("td", { "data-status": x.status }, statusBadge(x.status)),
      h("td", { class: "nowrap", "data-sources": x.sources }, sourcesBadge(x.sources, x.m.sources.length)),
      h("td", { class: "evidence-cell" }, x.evidence ? ["“" + x.evidence + "” ", x.src ? sourceLine(x.src) : null] : "—",
        x.m.sources.length > 1 || x.m.sources.some((r) => r.attribution) ? reportList(x.m.sources) : null)));
    clear(this.out,
      h("p", { class: "muted" }, `${rows.length} meeting${rows.length === 1 ? "" : "s"} of ${r.actor.name} with ${r.counterparts.length} counterpart${r.counterparts.length === 1 ? "" : "s"}`,
        state().asOf ? ` · as known on ${state().asOf}` : ""),
      h("table", { class: "data", "aria-label": `Meetings of ${r.actor.name}` }, h("thead", null, head), h("tbody", null, body)));
  }
}
