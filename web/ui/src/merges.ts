// Merges: the log of actors merged into others, and for editors a form to
// merge two actors (two search boxes) and an Undo on each merge. A merge
// moves every fact of "gone" onto "kept"; undoing restores both exactly.
import { api, type MergeInfo } from "./api";
import { h, clear, stateBox, errMsg } from "./dom";
import { mountSearch } from "./search";
import { isEditor, onMe } from "./session";
import { dataChanged, version } from "./state";
import { actorLink } from "./panel";

export class MergesView {
  private out = h("div", { class: "merges-out", "aria-live": "polite" });
  private msg = h("p", { class: "merge-msg", role: "status" });
  private form: HTMLFormElement;
  private keep!: HTMLInputElement;
  private gone!: HTMLInputElement;
  private key = "";
  private names = new Map<string, string>();

  constructor(root: HTMLElement) {
    const keepBox = h("div", { class: "search picker" });
    const goneBox = h("div", { class: "search picker" });
    this.keep = mountSearch(keepBox, { id: "merge-keep", label: "Actor to keep", placeholder: "the actor to keep", onPick: () => this.say("") });
    this.gone = mountSearch(goneBox, { id: "merge-gone", label: "Actor to merge into it", placeholder: "the duplicate, merged away", onPick: () => this.say("") });
    // Picking fills the box; nothing else happens until Merge.
    for (const box of [keepBox, goneBox]) box.addEventListener("keydown", (e) => { if ((e as KeyboardEvent).key === "Enter") { e.stopPropagation(); e.preventDefault(); } });
    this.form = h("form", { class: "filters merge-form", "aria-label": "Merge two actors", hidden: true },
      h("label", { class: "field" }, h("span", null, "Keep"), keepBox),
      h("span", { class: "merge-arrow", "aria-hidden": "true" }, "⟵"),
      h("label", { class: "field" }, h("span", null, "Merge into it (goes away)"), goneBox),
      h("button", { type: "submit", class: "button primary", "data-action": "merge" }, "Merge"),
      h("p", { class: "muted small merge-help" }, "Every meeting, post, alias and source of the second actor moves to the first. Each merge can be undone below.")) as HTMLFormElement;
    // Only the Merge button merges: Enter on a suggestion picks it, never submits.
    this.form.addEventListener("submit", (e) => { e.preventDefault(); if ((e as SubmitEvent).submitter?.dataset.action === "merge") void this.merge(); });
    clear(root, h("h2", { class: "view-title" }, "Merges"),
      h("p", { class: "muted" }, "When one person or state was entered twice under different names, merge the two. The log keeps who merged what, and when."),
      this.form, this.msg, this.out);
    onMe(() => { this.form.hidden = !isEditor(); this.key = ""; void this.sync(); });
  }

  private id(input: HTMLInputElement) { return input.dataset.actor || input.value.trim(); }

  private async merge() {
    const keep = this.id(this.keep), gone = this.id(this.gone);
    if (!keep || !gone) { this.say("Pick both actors first.", true); return; }
    if (keep === gone) { this.say("Pick two different actors.", true); return; }
    try {
      const m = await api.merge(keep, gone);
      this.say(`Merged ${m.goneName} into ${this.keep.value}.`);
      this.keep.value = ""; this.gone.value = ""; delete this.keep.dataset.actor; delete this.gone.dataset.actor;
      dataChanged();
    } catch (err) { this.say("Could not merge: " + errMsg(err), true); }
  }

  private async undo(m: MergeInfo) {
    try {
      await api.undoMerge(m.id);
      this.say(`Undone: ${m.goneName} is its own actor again.`);
      dataChanged();
    } catch (err) { this.say("Could not undo: " + errMsg(err), true); }
  }

  private say(text: string, error = false) {
    this.msg.textContent = text;
    this.msg.className = "merge-msg" + (error ? " state-error" : " ok");
  }

  async sync() {
    const key = String(version()) + (isEditor() ? "e" : "a");
    if (key === this.key) return;
    this.key = key;
    clear(this.out, stateBox("loading", "Loading the merge log…"));
    try {
      const page = await api.merges(200);
      if (key !== this.key) return;
      if (!page.items.length) { clear(this.out, stateBox("empty", "No merges yet", isEditor() ? "Merge two actors with the form above." : "Editors merge duplicate actors; none has been merged.")); return; }
      await Promise.all([...new Set(page.items.map((m) => m.keep))].filter((id) => !this.names.has(id)).map(async (id) => {
        try { this.names.set(id, (await api.actor(id)).name); } catch { this.names.set(id, id); }
      }));
      const editor = isEditor();
      clear(this.out, h("table", { class: "data merges", "aria-label": "Merge log, newest first" },
        h("thead", null, h("tr", null, ...["When", "Kept", "Merged away", "By", "State", ...(editor ? [""] : [])].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", null, page.items.map((m) => h("tr", { "data-merge": m.id, class: m.undone ? "undone" : "" },
          h("td", { class: "nowrap" }, m.at.replace("T", " ").slice(0, 16)),
          h("td", null, actorLink({ id: m.keep, name: this.names.get(m.keep) ?? m.keep, kind: "person" })),
          h("td", null, m.goneName, h("span", { class: "muted small" }, " " + m.gone)),
          h("td", null, m.by),
          h("td", null, m.undone ? h("span", { class: "badge badge-undone" }, `↶ undone${m.undoneBy ? " by " + m.undoneBy : ""}`) : h("span", { class: "badge badge-merged" }, "✓ merged")),
          editor ? h("td", null, m.undone ? null : h("button", { type: "button", class: "button", "data-action": "undo-merge", onclick: () => void this.undo(m) }, "Undo")) : null))),
      ), page.total > page.items.length ? h("p", { class: "muted" }, `Showing the latest ${page.items.length} of ${page.total}.`) : null);
    } catch (err) {
      clear(this.out, stateBox("error", "Could not load the merge log", errMsg(err)));
    }
  }
}
