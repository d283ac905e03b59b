// The home page: what the database holds (counts, newest sources), the
// busiest actors, places and negotiations, and the latest meetings, each
// one click from the graph, the meetings table or the meeting itself.
import { api, type Overview, type BusyNegotiation } from "./api";
import { h, clear, stateBox, errMsg, fmtDate } from "./dom";
import { actorLink, statusBadge } from "./panel";
import { update, version } from "./state";

const nf = new Intl.NumberFormat("en");

/** A negotiation's name: its topic and, to tell two on one topic apart, its parties. */
export function negotiationName(n: { topic: string; parties?: { name: string }[] }): string {
  const parties = (n.parties ?? []).map((p) => p.name);
  const topic = n.topic || "talks";
  if (!parties.length) return topic;
  const shown = parties.slice(0, 3).join(" – ") + (parties.length > 3 ? ` +${parties.length - 3}` : "");
  return topic.toLowerCase().includes(parties[0].toLowerCase()) ? topic : `${topic} (${shown})`;
}

export class HomeView {
  private key = "";
  private body = h("div", { class: "home-body" });
  constructor(root: HTMLElement) {
    clear(root, this.body);
  }

  async sync() {
    const key = String(version());
    if (key === this.key) return;
    this.key = key;
    clear(this.body, stateBox("loading", "Reading what is in the database…"));
    try {
      const o = await api.overview();
      if (key !== this.key) return;
      this.render(o);
    } catch (err) {
      this.key = "";
      clear(this.body, stateBox("error", "Could not read the overview", errMsg(err)));
    }
  }

  private render(o: Overview) {
    const c = o.counts;
    const actors = c.persons + c.states + c.organizations + c.groups;
    if (!actors && !c.meetings) {
      clear(this.body, stateBox("empty", "The database is empty", "Load records (parley load) or add an article to start."));
      return;
    }
    const stat = (n: number, label: string, name: string) => h("div", { class: "stat", "data-count": name }, h("strong", null, nf.format(n)), h("span", null, label));
    const go = (e: Event, patch: Parameters<typeof update>[0]) => { e.preventDefault(); update(patch); };
    const card = (title: string, id: string, ...body: (Node | string | null)[]) =>
      h("section", { class: "home-card", "aria-labelledby": id }, h("h2", { id }, title), ...body);
    const bar = (n: number, max: number) => h("span", { class: "bar", style: `width:${Math.max(4, Math.round((100 * n) / (max || 1)))}%`, "aria-hidden": "true" });
    const maxA = o.actors[0]?.meetings ?? 1, maxP = o.places[0]?.meetings ?? 1, maxN = o.negotiations[0]?.meetings ?? 1;
    clear(this.body,
      h("header", { class: "home-head" },
        h("h1", null, "What is in here"),
        h("p", { class: "muted" }, o.newest ? `Newest source published ${o.newest}. ` : "", "Search for a name above, or start from the busiest below.")),
      h("div", { class: "stats", role: "list", "aria-label": "Counts" },
        [stat(c.persons, "people", "persons"), stat(c.states, "states", "states"), stat(c.organizations, "organisations", "organizations"),
          stat(c.groups, "groups", "groups"), stat(c.meetings, "meetings", "meetings"), stat(c.places, "places", "places"),
          stat(c.negotiations, "negotiations", "negotiations"), stat(c.sources, "sources", "sources")].map((e) => { e.setAttribute("role", "listitem"); return e; })),
      h("div", { class: "home-grid" },
        card("Busiest actors", "home-actors",
          h("ol", { class: "rank", "data-list": "actors" }, o.actors.map((a) => h("li", null,
            actorLink(a), h("span", { class: "muted small" }, ` ${a.kind}`), h("span", { class: "n" }, nf.format(a.meetings)), bar(a.meetings, maxA))))),
        card("Busiest places", "home-places",
          h("ol", { class: "rank", "data-list": "places" }, o.places.map((p) => h("li", null,
            h("a", { href: `/table?place=${encodeURIComponent(p.name)}`, class: "link", "data-place": p.name,
              onclick: (e: Event) => go(e, { view: "table", place: p.name, actor: "", with: "", sel: "", expand: [], hide: [] }) }, p.name),
            h("span", { class: "n" }, nf.format(p.meetings)), bar(p.meetings, maxP))))),
        card("Busiest negotiations", "home-negotiations",
          h("ol", { class: "rank", "data-list": "negotiations" }, o.negotiations.map((n) => negItem(n, maxN, go)))),
        card("Latest meetings", "home-meetings",
          h("ol", { class: "plain latest", "data-list": "meetings" }, o.meetings.map((m) => h("li", null,
            h("a", { href: `/?meeting=${encodeURIComponent(m.id)}`, class: "link", "data-meeting": m.id, onclick: (e: Event) => go(e, { meeting: m.id }) },
              `${fmtDate(m.date)} · ${m.place?.name ?? "place unknown"}`), " ", statusBadge(m.status),
            h("div", { class: "who" }, m.participants.map((p, i) => [i ? ", " : "", actorLink(p)])))))),
        card("Newest sources", "home-sources",
          h("ol", { class: "plain latest", "data-list": "sources" }, o.sources.map((s) => h("li", null,
            h("span", { class: "date" }, s.published || "undated"), " ",
            s.url ? h("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, s.title || s.publisher || s.id) : h("span", null, s.title || s.id),
            s.publisher ? h("span", { class: "muted small" }, ` — ${s.publisher}`) : null))))));
  }
}

function negItem(n: BusyNegotiation, max: number, go: (e: Event, p: Parameters<typeof update>[0]) => void) {
  const first = n.parties[0];
  return h("li", null,
    h("a", { href: `/timeline?neg=${encodeURIComponent(n.id)}`, class: "link", "data-negotiation": n.id, title: "Its meetings on the timeline",
      onclick: (e: Event) => go(e, { view: "timeline", neg: n.id, actor: "", sel: "", expand: [], hide: [] }) }, negotiationName(n)),
    h("span", { class: "n" }, nf.format(n.meetings)), h("span", { class: "bar", style: `width:${Math.max(4, Math.round((100 * n.meetings) / (max || 1)))}%`, "aria-hidden": "true" }),
    first ? h("div", { class: "who muted small" }, "Parties: ", n.parties.map((p, i) => [i ? ", " : "", actorLink(p)])) : null);
}
