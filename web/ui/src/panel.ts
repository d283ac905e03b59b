// The side panel: who the selected actor is (posts, affiliations,
// negotiations, counterparts, first/last seen) and the timeline of their
// meetings with the evidence sentence linked to its source.
import { api, type MeetingView, type Profile, type Report, type ActorRef } from "./api";
import { h, clear, stateBox, errMsg, fmtDate } from "./dom";
import { state, update, version } from "./state";

export function actorLink(a: ActorRef, cls = "link") {
  return h("a", { href: `/graph?actor=${encodeURIComponent(a.id)}`, class: cls, "data-actor": a.id,
    onclick: (e: Event) => { e.preventDefault(); const st = state(); update({ view: st.view === "graph" || st.view === "table" ? st.view : "graph", actor: a.id, sel: "", expand: [], hide: [] }); } }, a.name);
}

export function sourceLine(r: Report) {
  const label = [r.publisher, r.published].filter(Boolean).join(", ") || r.title || r.sourceId;
  return h("span", { class: "source" }, "— ",
    r.url ? h("a", { href: r.url, target: "_blank", rel: "noopener noreferrer" }, label) : h("span", { title: r.title ?? "" }, label),
    r.url ? null : r.title ? h("span", { class: "muted" }, ` · “${r.title}”`) : null);
}

const STATUS_GLYPH: Record<string, string> = { held: "✓", planned: "◷", cancelled: "✕", denied: "⊘" };

/** A status as words with a glyph (never colour alone). */
export function statusBadge(status: string | undefined, extra = "") {
  const st = status || "unknown";
  return h("span", { class: `badge badge-${st} status ${extra}`.trim(), "data-status": st }, (STATUS_GLYPH[st] ?? "?") + " " + st);
}

/** The reports of a meeting as known on asOf (every report without it):
 * the dialog says "n of m reports", so it fetches them all and filters here. */
export function reportsAsOf(m: MeetingView, asOf = state().asOf): Report[] {
  return asOf ? m.sources.filter((r) => !r.published || r.published.slice(0, asOf.length) <= asOf) : m.sources;
}

/** Independent sources: the API's count (distinct publishers), or, for a
 * filtered list, the distinct publishers in it. */
export function sourceCount(m: MeetingView, reports = m.sources): number {
  if (reports === m.sources && typeof m.sourceCount === "number") return m.sourceCount;
  return new Set(reports.map((r) => r.publisher || r.sourceId)).size;
}

export function sourcesBadge(n: number, reports: number) {
  return h("span", { class: "badge badge-sources" + (n >= 2 ? " corroborated" : ""), "data-sources": n,
    title: `${n} independent source${n === 1 ? "" : "s"} (distinct publishers)${reports > n ? `, ${reports} reports` : ""}` },
    `${n} source${n === 1 ? "" : "s"}`);
}

/** One line per source: who published it, when, what it says happened, on whose word. */
export function reportList(reports: Report[], withEvidence = false) {
  return h("ul", { class: "reports", "aria-label": "Sources" }, reports.map((r) => h("li", { class: "report", "data-source": r.sourceId },
    statusBadge(r.status, "small"), " ",
    r.url ? h("a", { href: r.url, target: "_blank", rel: "noopener noreferrer" }, r.publisher || r.title || r.sourceId) : h("strong", null, r.publisher || r.sourceId),
    r.published ? h("span", { class: "muted" }, ", " + r.published) : null,
    r.attribution ? h("span", { class: "attribution" }, " · citing ", h("q", null, r.attribution)) : h("span", { class: "muted" }, " · on its own account"),
    withEvidence && r.evidence ? h("blockquote", { class: "evidence" }, "“", r.evidence, "”", r.title ? h("span", { class: "source" }, r.title) : null) : null)));
}

export function meetingCard(m: MeetingView, focus?: string) {
  const others = m.participants.filter((p) => p.id !== focus);
  const src = m.sources[0];
  const n = sourceCount(m);
  return h("li", { class: "meeting-card status-" + m.status, "data-meeting": m.id, "data-sources": n },
    h("div", { class: "meeting-head" },
      h("time", { class: "date" }, fmtDate(m.date)),
      h("span", { class: "place" }, m.place ? m.place.name : "place unknown"),
      m.status !== "held" ? statusBadge(m.status) : null,
      m.mode && m.mode !== "unknown" ? h("span", { class: "badge" }, m.mode.replace(/[-_]/g, " ")) : null,
      sourcesBadge(n, m.sources.length)),
    h("div", { class: "with" }, "with ", ...others.flatMap((p, i) => [i ? ", " : "", actorLink(p)])),
    m.evidence ? h("blockquote", { class: "evidence" }, "“", m.evidence, "”", src ? sourceLine(src) : null) : null,
    m.sources.length > 1 || m.sources.some((r) => r.attribution || (r.status && r.status !== m.status)) ? reportList(m.sources) : null,
    h("a", { href: `?meeting=${encodeURIComponent(m.id)}`, class: "more", onclick: (e: Event) => { e.preventDefault(); update({ meeting: m.id }); } }, "Meeting details"),
  );
}

export class Panel {
  private shown = "";
  private seq = 0;
  constructor(private root: HTMLElement) { this.empty(); }

  private empty() {
    clear(this.root, stateBox("empty", "No actor selected", "Pick a name in the search box or click a node to see who it is and whom it met."));
  }

  async sync() {
    const st = state();
    const id = st.sel || st.actor;
    const key = id + "|" + st.asOf + "|" + version();
    if (key === this.shown) return;
    this.shown = key;
    if (!id) return this.empty();
    if (id.startsWith("negotiation:")) return this.showNegotiation(id);
    const seq = ++this.seq;
    clear(this.root, stateBox("loading", "Loading profile…"));
    try {
      const [p, ms] = await Promise.all([api.actor(id, st.asOf), api.meetings({ actor: id, limit: 100, asOf: st.asOf })]);
      if (seq !== this.seq) return;
      this.render(p, ms.items, ms.total, st.asOf);
    } catch (err) {
      if (seq !== this.seq) return;
      clear(this.root, stateBox("error", "Could not load this actor", errMsg(err)));
    }
  }

  private async showNegotiation(id: string) {
    const seq = ++this.seq;
    clear(this.root, stateBox("loading", "Loading negotiation…"));
    try {
      const asOf = state().asOf;
      const page = await api.negotiations(1000, asOf);
      if (seq !== this.seq) return;
      const n = page.items.find((x) => x.id === id);
      if (!n) { clear(this.root, stateBox("empty", asOf ? `Nothing known of this negotiation on ${asOf}` : "Unknown negotiation")); return; }
      clear(this.root, h("section", { class: "profile", "aria-label": "Negotiation" },
        h("p", { class: "eyebrow" }, "negotiation"),
        h("h2", null, n.topic),
        h("p", { class: "muted" }, `${n.meetings} meetings · ${n.first ?? "?"} – ${n.last ?? "?"}`),
        h("h3", null, "Mediators"), h("ul", { class: "plain" }, n.mediators.map((a) => h("li", null, actorLink(a)))),
        h("h3", null, "Parties"), h("ul", { class: "plain" }, n.parties.map((a) => h("li", null, actorLink(a)))),
        h("a", { href: `/timeline?neg=${encodeURIComponent(n.id)}`, class: "more", onclick: (e: Event) => { e.preventDefault(); update({ view: "timeline", neg: n.id }); } }, "Rounds of talks on the timeline")));
    } catch (err) {
      clear(this.root, stateBox("error", "Could not load the negotiation", errMsg(err)));
    }
  }

  private render(p: Profile, meetings: MeetingView[], total: number, asOf: string) {
    const section = (title: string, items: Node[]) => items.length ? [h("h3", null, title), h("ul", { class: "plain" }, items)] : [];
    clear(this.root, h("section", { class: "profile", "aria-label": "Profile of " + p.name },
      h("p", { class: "eyebrow" }, p.kind),
      h("h2", { id: "profile-name" }, p.name),
      p.aliases?.length ? h("p", { class: "muted" }, "also: " + p.aliases.join(", ")) : null,
      h("dl", { class: "facts" },
        h("dt", null, "Meetings"), h("dd", null, String(p.meetings)),
        h("dt", null, "Sources"), h("dd", null, String(p.sources)),
        h("dt", null, "First seen"), h("dd", null, p.firstSeen ?? "—"),
        h("dt", null, "Last seen"), h("dd", null, p.lastSeen ?? "—")),
      ...section("Positions", p.positions.map((x) => h("li", null, x.title + ", ", actorLink(x.organization),
        x.start || x.end ? h("span", { class: "muted" }, ` (${x.start ?? "?"} – ${x.end ?? "now"})`) : null))),
      ...section("Affiliated with", p.affiliations.map((a) => h("li", null, actorLink(a)))),
      ...section("Post holders", (p.holders ?? []).map((x) => h("li", null, actorLink(x.person), ", " + x.title))),
      ...section("Negotiations", p.negotiations.map((r) => h("li", null, h("span", { class: "badge badge-" + r.role }, r.role), " ", r.negotiation.topic))),
      ...section("Met most", p.counterparts.map((c) => h("li", null, actorLink(c.actor), h("span", { class: "count", "aria-label": `${c.count} meetings` }, "×" + c.count)))),
      h("h3", null, `Meetings (${total})`, asOf ? h("span", { class: "badge badge-asof" }, "as known on " + asOf) : null),
      meetings.length ? h("ol", { class: "meetings", "aria-label": "Meetings, newest first" }, meetings.map((m) => meetingCard(m, p.id)))
        : h("p", { class: "muted" }, "No meetings on record."),
      h("p", null, h("a", { href: `/table?actor=${encodeURIComponent(p.id)}`, class: "more", onclick: (e: Event) => { e.preventDefault(); update({ view: "table", actor: p.id, sel: "" }); } }, "Meetings table for " + p.name)),
    ));
  }
}

/** The meeting dialog: participants, place, date, mode, status, evidence, sources. */
export class MeetingDialog {
  private dialog = h("dialog", { class: "meeting-dialog", "aria-labelledby": "meeting-title" });
  private body = h("div");
  private shown = "";
  constructor() {
    const close = h("button", { type: "button", class: "close", "aria-label": "Close meeting", onclick: () => update({ meeting: "" }) }, "×");
    this.dialog.append(close, this.body);
    this.dialog.addEventListener("cancel", (e) => { e.preventDefault(); update({ meeting: "" }); });
    document.body.append(this.dialog);
  }
  async sync() {
    const st = state();
    const id = st.meeting;
    const key = id + "|" + st.asOf + "|" + version();
    if (key === this.shown) return;
    this.shown = key;
    if (!id) { if (this.dialog.open) this.dialog.close(); return; }
    clear(this.body, stateBox("loading", "Loading meeting…"));
    if (!this.dialog.open) this.dialog.showModal();
    try {
      const m = await api.meeting(id);
      if (state().meeting !== id) return;
      const reports = reportsAsOf(m, st.asOf);
      const n = sourceCount(m, reports);
      clear(this.body,
        h("h2", { id: "meeting-title" }, `${m.place?.name ?? "Unknown place"}, ${fmtDate(m.date)}`),
        h("p", { class: "meeting-summary" }, statusBadge(m.status), " ", sourcesBadge(n, reports.length),
          st.asOf ? h("span", { class: "badge badge-asof" }, `as known on ${st.asOf}: ${reports.length} of ${m.sources.length} report${m.sources.length === 1 ? "" : "s"}`) : null),
        m.status === "cancelled" || m.status === "denied"
          ? h("p", { class: "status-note", role: "note" }, m.status === "cancelled" ? "Reported as called off: it did not take place as planned." : "A party denies that this meeting took place.") : null,
        h("dl", { class: "facts" },
          h("dt", null, "Status"), h("dd", { "data-field": "status" }, m.status),
          h("dt", null, "Mode"), h("dd", null, (m.mode || "").replace(/[-_]/g, " ")),
          h("dt", null, "Sources"), h("dd", { "data-field": "sources" }, `${n} independent (${reports.length} report${reports.length === 1 ? "" : "s"})`),
          m.negotiation ? [h("dt", null, "Negotiation"), h("dd", null, m.negotiation.topic)] : null),
        h("h3", null, "Participants"),
        h("ul", { class: "plain participants" }, m.participants.map((p) => h("li", { "data-actor": p.id }, actorLink(p), h("span", { class: "muted" }, " · " + p.kind),
          p.posts?.length ? h("span", { class: "posts" }, " — ", p.posts.join("; ")) : null))),
        h("h3", null, "Sources and what each reports"),
        reports.length ? reportList(reports, true) : h("p", { class: "muted" }, `No source had reported this meeting by ${st.asOf}.`),
      );
    } catch (err) {
      clear(this.body, stateBox("error", "Could not load the meeting", errMsg(err)));
    }
  }
}
