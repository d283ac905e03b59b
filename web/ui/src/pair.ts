// The pair dossier: every meeting of two actors, newest first, with date,
// place, evidence and sources — opened by clicking a "met" edge, kept in
// the URL as pair=A,B.
import { api, type MeetingView } from "./api";
import { h, clear, stateBox, errMsg } from "./dom";
import { actorLink, meetingCard } from "./panel";
import { state, update, version } from "./state";

const PAGE = 100;

export class PairDialog {
  private dialog = h("dialog", { class: "meeting-dialog pair-dialog", "aria-labelledby": "pair-title" });
  private body = h("div");
  private shown = "";
  private items: MeetingView[] = [];
  constructor() {
    const close = h("button", { type: "button", class: "close", "aria-label": "Close", onclick: () => update({ pair: "" }) }, "×");
    this.dialog.append(close, this.body);
    this.dialog.addEventListener("cancel", (e) => { e.preventDefault(); if (!state().meeting) update({ pair: "" }); });
    // Following an actor out of the dossier closes it.
    this.body.addEventListener("click", (e) => { if ((e.target as Element).closest("a[data-actor]")) update({ pair: "" }, { replace: true }); });
    document.body.append(this.dialog);
  }

  async sync() {
    const st = state();
    const key = st.pair + "|" + st.asOf + "|" + version();
    if (key === this.shown) return;
    this.shown = key;
    const [a, b] = st.pair.split(",");
    if (!a || !b) { if (this.dialog.open) this.dialog.close(); return; }
    clear(this.body, stateBox("loading", "Loading their meetings…"));
    if (!this.dialog.open) this.dialog.showModal();
    this.items = [];
    await this.load(a, b, key);
  }

  private async load(a: string, b: string, key: string) {
    const st = state();
    try {
      const page = await api.meetings({ actor: a, with: b, asOf: st.asOf, limit: PAGE, offset: this.items.length });
      if (key !== this.shown) return;
      this.items.push(...page.items);
      const first = this.items[0];
      const who = (id: string) => first?.participants.find((p) => p.id === id) ?? { id, name: id, kind: "person" as const };
      const more = this.items.length < page.total
        ? h("button", { type: "button", class: "button", onclick: () => void this.load(a, b, key) }, `Show more (${page.total - this.items.length} left)`) : null;
      clear(this.body,
        h("h2", { id: "pair-title" }, actorLink(who(a)), " and ", actorLink(who(b))),
        h("p", { class: "muted pair-summary", "data-total": page.total },
          `${page.total} meeting${page.total === 1 ? "" : "s"} together${st.asOf ? `, as known on ${st.asOf}` : ""}, newest first.`),
        page.total ? h("ol", { class: "meetings", "aria-label": "Their meetings" }, this.items.map((m) => meetingCard(m, a))) :
          stateBox("empty", "No meeting on record", "They are linked, but no meeting of the two is reported."),
        more);
    } catch (err) {
      clear(this.body, stateBox("error", "Could not load their meetings", errMsg(err)));
    }
  }
}
