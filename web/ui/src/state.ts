// The URL holds what is shown, so a view can be bookmarked and shared and
// back/forward work: /{view}?actor=&sel=&expand=&hide=&depth=&off=&with=&place=&from=&to=&neg=&asOf=&q=&pair=&meeting=
export type View = "home" | "graph" | "table" | "timeline" | "map" | "console" | "merges";
export const VIEWS: View[] = ["home", "graph", "table", "timeline", "map", "console", "merges"];

export interface State {
  view: View;
  actor: string;   // the actor the graph starts from (and the table's actor)
  sel: string;     // the node shown in the side panel (default: actor)
  expand: string[]; // actors whose neighbours were merged into the graph, in order
  hide: string[];   // nodes hidden from the graph
  depth: number;    // 1 or 2
  with: string; place: string; from: string; to: string; // table/timeline filters
  neg: string;      // timeline: negotiation
  q: string;        // console query
  meeting: string;  // the meeting open in the dialog
  pair: string;     // "A,B": the pair dossier open (every meeting of two actors)
  asOf: string;     // YYYY-MM-DD: the graph as known on that day (facts from sources published by then)
  off: string[];    // graph filters switched off: kinds (person, state, ...) and roles (mediator, party, both, other)
}

const LIST = ["expand", "hide", "off"] as const;
const TEXT = ["actor", "sel", "with", "place", "from", "to", "neg", "q", "meeting", "asOf", "pair"] as const;

export function read(loc: Location = location): State {
  const p = new URLSearchParams(loc.search);
  const seg = loc.pathname.replace(/^\/+|\/+$/g, "") as View;
  const s: State = {
    // "/" is home; an old link to "/?actor=…" still opens the graph.
    view: VIEWS.includes(seg) ? seg : p.get("actor") ? "graph" : "home",
    actor: "", sel: "", expand: [], hide: [], depth: p.get("depth") === "2" ? 2 : 1,
    with: "", place: "", from: "", to: "", neg: "", q: "", meeting: "", asOf: "", off: [], pair: "",
  };
  for (const k of TEXT) s[k] = p.get(k) ?? "";
  for (const k of LIST) s[k] = (p.get(k) ?? "").split(",").filter(Boolean);
  return s;
}

export function toURL(s: State): string {
  const p = new URLSearchParams();
  if (s.actor) p.set("actor", s.actor);
  if (s.expand.length) p.set("expand", s.expand.join(","));
  if (s.hide.length) p.set("hide", s.hide.join(","));
  if (s.depth === 2) p.set("depth", "2");
  if (s.sel && s.sel !== s.actor) p.set("sel", s.sel);
  if (s.off.length) p.set("off", s.off.join(","));
  for (const k of ["with", "place", "from", "to", "neg", "asOf", "q", "pair", "meeting"] as const) if (s[k]) p.set(k, s[k]);
  const q = p.toString();
  return (s.view === "home" ? "/" : "/" + s.view) + (q ? "?" + q : "");
}

type Listener = (s: State, prev: State) => void;
const listeners: Listener[] = [];
let current = read();

export function state(): State { return current; }
export function subscribe(fn: Listener) { listeners.push(fn); }

/** Changes the state; pushes a history entry unless replace. */
export function update(patch: Partial<State>, opts: { replace?: boolean } = {}) {
  const prev = current;
  current = { ...current, ...patch };
  const url = toURL(current);
  if (url !== location.pathname + location.search) {
    if (opts.replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }
  for (const l of listeners) l(current, prev);
}

window.addEventListener("popstate", () => {
  const prev = current;
  current = read();
  for (const l of listeners) l(current, prev);
});

/** Bumped when the data changed under us (an article ingested, a merge):
 * views include it in their cache keys and reload. */
let dataVersion = 0;
export function version(): number { return dataVersion; }
export function dataChanged() {
  dataVersion++;
  for (const l of listeners) l(current, current);
}
