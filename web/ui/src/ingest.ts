// "Add article" (editors), in two steps so nothing is written blind:
// 1. Preview: POST /api/extract reads the article (publication day from the
//    form, else from its dateline; refused without either) and answers the
//    record it would write, with warnings (nothing found, id loaded
//    already, year assumed). Nothing is written.
// 2. Load: the record, as edited in the preview, goes to POST /api/records;
//    every view then refreshes.
import { api, type RecordOut } from "./api";
import { h, clear, stateBox, errMsg, fmtDate } from "./dom";
import { dataChanged, update } from "./state";
import { statusBadge } from "./panel";

export interface Preview { record: RecordOut & { source: RecordOut["source"] & { text?: string } }; publishedFrom: "request" | "dateline"; yearAssumed: boolean; exists: boolean; warnings: string[] }

export class IngestDialog {
  private dialog = h("dialog", { class: "meeting-dialog ingest-dialog", "aria-labelledby": "ingest-title" }) as HTMLDialogElement;
  private form: HTMLFormElement;
  private out = h("div", { class: "ingest-out", "aria-live": "polite" });

  constructor() {
    const field = (name: string, label: string, attrs: Record<string, string | boolean> = {}) =>
      h("label", { class: "field" }, h("span", null, label), h("input", { name, ...attrs }));
    this.form = h("form", { class: "ingest-form" },
      h("h2", { id: "ingest-title" }, "Add an article"),
      h("p", { class: "muted" }, "Paste the article's text and preview what Parley finds: who met whom, where and when. Nothing is written until you load the record."),
      h("div", { class: "ingest-row" },
        // The v-flag pattern syntax (Chromium compiles patterns with /v) wants "-" escaped in a class.
        field("id", "Name (id)", { required: true, placeholder: "e.g. reuters-2024-05-26-doha", pattern: "[A-Za-z0-9._\\-]+", maxlength: "200", title: "letters, digits, dot, dash, underscore" }),
        field("published", "Published", { type: "date", "aria-describedby": "published-hint" })),
      h("p", { id: "published-hint", class: "muted small" }, "Leave empty to read the day from the dateline (“CAIRO, May 27 —”); an article without one needs it."),
      h("div", { class: "ingest-row" },
        field("title", "Title", { placeholder: "the headline (default: the first line)" }),
        field("publisher", "Publisher", { placeholder: "e.g. Reuters" })),
      field("url", "URL", { type: "url", placeholder: "https://…" }),
      h("label", { class: "field" }, h("span", null, "Article text"), h("textarea", { name: "text", rows: 9, required: true, placeholder: "Headline\n\nDOHA, May 26 (Reuters) - …" })),
      h("div", { class: "dialog-actions" },
        h("button", { type: "button", class: "button", onclick: () => this.dialog.close() }, "Close"),
        h("button", { type: "submit", class: "button primary", "data-action": "preview" }, "Preview")),
      this.out) as HTMLFormElement;
    this.form.addEventListener("submit", (e) => { e.preventDefault(); void this.preview(); });
    this.dialog.append(h("button", { type: "button", class: "close", "aria-label": "Close", onclick: () => this.dialog.close() }, "×"), this.form);
    document.body.append(this.dialog);
  }

  open() {
    clear(this.out);
    this.dialog.showModal();
    (this.form.elements.namedItem("id") as HTMLInputElement).focus();
  }

  private async preview() {
    const fd = new FormData(this.form);
    const val = (k: string) => String(fd.get(k) ?? "").trim();
    clear(this.out, stateBox("loading", "Reading the article…"));
    try {
      const p = await api.preview({ id: val("id"), text: String(fd.get("text") ?? ""), published: val("published"), title: val("title"), publisher: val("publisher"), url: val("url") });
      this.showPreview(p);
    } catch (err) {
      clear(this.out, stateBox("error", "Could not read the article", errMsg(err)));
    }
  }

  private showPreview(p: Preview) {
    const r = p.record;
    const editor = h("textarea", { class: "record-json", name: "record", rows: 14, spellcheck: "false", "aria-label": "The record that will be written (JSON, editable)" }, JSON.stringify(r, null, 2)) as HTMLTextAreaElement;
    const result = h("div", { class: "ingest-loaded", "aria-live": "polite" });
    const load = h("button", { type: "button", class: "button primary", "data-action": "load-record", onclick: async () => {
      let rec: RecordOut;
      try { rec = JSON.parse(editor.value); } catch (e) { clear(result, stateBox("error", "The record is not valid JSON", errMsg(e))); return; }
      clear(result, stateBox("loading", "Loading…"));
      try {
        await api.postRecord(rec);
        this.showLoaded(result, rec);
        dataChanged();
      } catch (err) {
        clear(result, stateBox("error", "Could not load the record", errMsg(err)));
      }
    } }, p.exists ? "Load again into the graph" : "Load into the graph");
    clear(this.out, h("section", { class: "ingest-preview", "data-record": r.id, "data-exists": String(p.exists) },
      p.warnings.length ? h("ul", { class: "plain ingest-warnings", role: "alert" }, p.warnings.map((w) => h("li", null, "⚠ ", w))) : null,
      h("p", { class: "ingest-published", "data-from": p.publishedFrom }, "Published ", h("strong", null, r.source.published ?? "?"),
        p.publishedFrom === "dateline" ? ` (read from the dateline${p.yearAssumed ? ", year assumed" : ""})` : ""),
      summary(r),
      h("details", { class: "record-edit", open: true }, h("summary", null, "The record that will be written — edit it before loading"), editor),
      h("div", { class: "dialog-actions" }, load), result));
  }

  private showLoaded(el: HTMLElement, r: RecordOut) {
    const open = (name: string) => h("a", { href: "/graph?actor=" + encodeURIComponent(name), onclick: (e: Event) => { e.preventDefault(); this.dialog.close(); update({ view: "graph", actor: name, sel: "", expand: [], hide: [] }); } }, name);
    clear(el, h("section", { class: "ingest-result", "data-record": r.id },
      h("h3", null, `Loaded “${r.id}”`),
      r.actors.length ? h("p", null, "Open: ", r.actors.map((a, i) => [i ? ", " : "", open(a.name)])) : null));
  }
}

function summary(r: RecordOut) {
  const meetings = r.meetings ?? [], negs = r.negotiations ?? [];
  return h("div", { class: "ingest-summary" },
    h("h3", null, `${r.actors.length} actor${r.actors.length === 1 ? "" : "s"}, ${meetings.length} meeting${meetings.length === 1 ? "" : "s"}, ${negs.length} negotiation${negs.length === 1 ? "" : "s"}`),
    meetings.length ? h("ul", { class: "plain" }, meetings.map((m) => h("li", { class: "ingest-meeting" },
      statusBadge(m.status), " ", h("strong", null, fmtDate(m.date ?? "")), `, ${m.place ?? "place unknown"} — `, m.participants.join(", "),
      m.attribution ? h("span", { class: "muted" }, ` · citing “${m.attribution}”`) : null,
      m.evidence ? h("blockquote", { class: "evidence" }, "“", m.evidence, "”") : null))) : null,
    negs.length ? h("p", { class: "muted" }, "Negotiations: ", negs.map((n) => n.topic).join("; ")) : null);
}
