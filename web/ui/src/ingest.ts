// "Add article" (editors): paste an article, name it, give its publication
// day; POST /api/ingest extracts and loads it, and the dialog shows what
// was found (actors, negotiations, meetings) before every view refreshes.
import { api, type RecordOut } from "./api";
import { h, clear, stateBox, errMsg } from "./dom";
import { dataChanged, update } from "./state";
import { statusBadge } from "./panel";

export class IngestDialog {
  private dialog = h("dialog", { class: "meeting-dialog ingest-dialog", "aria-labelledby": "ingest-title" }) as HTMLDialogElement;
  private form: HTMLFormElement;
  private out = h("div", { class: "ingest-out", "aria-live": "polite" });

  constructor() {
    const today = new Date().toISOString().slice(0, 10);
    this.form = h("form", { class: "ingest-form" },
      h("h2", { id: "ingest-title" }, "Add an article"),
      h("p", { class: "muted" }, "Paste the article's text. Parley finds who met whom, where and when, and merges it with what it already knows."),
      h("div", { class: "ingest-row" },
        h("label", { class: "field" }, h("span", null, "Name (id)"), h("input", { name: "id", required: true, placeholder: "e.g. reuters-2024-05-26-doha", pattern: "[A-Za-z0-9._-]+", title: "letters, digits, dot, dash, underscore" })),
        h("label", { class: "field" }, h("span", null, "Published"), h("input", { name: "published", type: "date", required: true, value: today }))),
      h("label", { class: "field" }, h("span", null, "Article text"), h("textarea", { name: "text", rows: 10, required: true, placeholder: "Headline\n\nDOHA, May 26 (Reuters) - …" })),
      h("div", { class: "dialog-actions" },
        h("button", { type: "button", class: "button", onclick: () => this.dialog.close() }, "Close"),
        h("button", { type: "submit", class: "button primary", "data-action": "ingest" }, "Extract and load")),
      this.out) as HTMLFormElement;
    this.form.addEventListener("submit", (e) => { e.preventDefault(); void this.submit(); });
    this.dialog.append(h("button", { type: "button", class: "close", "aria-label": "Close", onclick: () => this.dialog.close() }, "×"), this.form);
    document.body.append(this.dialog);
  }

  open() {
    clear(this.out);
    this.dialog.showModal();
    (this.form.elements.namedItem("id") as HTMLInputElement).focus();
  }

  private async submit() {
    const fd = new FormData(this.form);
    const id = String(fd.get("id") ?? "").trim(), published = String(fd.get("published") ?? ""), text = String(fd.get("text") ?? "");
    clear(this.out, stateBox("loading", "Extracting and loading…"));
    try {
      const rec = await api.ingest(id, published, text);
      this.show(rec);
      dataChanged();
    } catch (err) {
      clear(this.out, stateBox("error", "Could not add the article", errMsg(err)));
    }
  }

  private show(r: RecordOut) {
    const meetings = r.meetings ?? [], negs = r.negotiations ?? [];
    const open = (name: string) => h("a", { href: "/graph?actor=" + encodeURIComponent(name), onclick: (e: Event) => { e.preventDefault(); this.dialog.close(); update({ view: "graph", actor: name, sel: "", expand: [], hide: [] }); } }, name);
    clear(this.out, h("section", { class: "ingest-result", "data-record": r.id },
      h("h3", null, `Loaded “${r.id}”: ${r.actors.length} actor${r.actors.length === 1 ? "" : "s"}, ${meetings.length} meeting${meetings.length === 1 ? "" : "s"}, ${negs.length} negotiation${negs.length === 1 ? "" : "s"}`),
      r.actors.length ? [h("h3", null, "Actors"), h("ul", { class: "plain" }, r.actors.map((a) => h("li", null, open(a.name), h("span", { class: "muted" }, ` · ${a.kind}`),
        a.positions?.length ? h("span", null, " — " + a.positions.map((p) => `${p.title}, ${p.organization}`).join("; ")) : null,
        a.affiliation ? h("span", { class: "muted" }, ` (${a.affiliation})`) : null)))] : null,
      negs.length ? [h("h3", null, "Negotiations"), h("ul", { class: "plain" }, negs.map((n) => h("li", null, h("strong", null, n.topic),
        n.parties?.length ? ` · parties: ${n.parties.join(", ")}` : "", n.mediators?.length ? ` · mediators: ${n.mediators.join(", ")}` : "")))] : null,
      h("h3", null, "Meetings"),
      meetings.length ? h("ul", { class: "plain" }, meetings.map((m) => h("li", { class: "ingest-meeting" },
        statusBadge(m.status), " ", h("strong", null, m.date ?? "undated"), `, ${m.place ?? "place unknown"} — `, m.participants.join(", "),
        m.attribution ? h("span", { class: "muted" }, ` · citing “${m.attribution}”`) : null,
        m.evidence ? h("blockquote", { class: "evidence" }, "“", m.evidence, "”") : null)))
        : h("p", { class: "muted" }, "No meeting found in this article.")));
  }
}
