import "./style.css";
import { api, ApiError, login } from "./api";
import { h, $ } from "./dom";
import { GraphView, errors } from "./graph";
import { FilterSidebar } from "./filters";
import { Panel, MeetingDialog } from "./panel";
import { mountSearch } from "./search";
import { loadMe, isEditor, onMe } from "./session";
import { state, subscribe, update, toURL, VIEWS, type View, type State } from "./state";

const LABELS: Record<View, string> = { home: "Home", graph: "Graph", table: "Meetings", timeline: "Timeline", map: "Map", console: "Cypher", merges: "Merges" };

mountSearch($("#search-box"));
const filters = new FilterSidebar($("#filters"));
const graphView = new GraphView($("#graph"));
const panel = new Panel($("#panel"));

// Collapsible sidebars, so the canvas keeps its room from 1024 px up;
// below 1280 px the filters start folded.
function sideToggle(cls: string, label: string, action: string, title: string) {
  const b = h("button", { type: "button", class: "tool side-toggle", "data-action": action, title, "aria-label": title,
    onclick: () => {
      const on = document.body.classList.toggle(cls);
      b.setAttribute("aria-pressed", String(!on));
      graphView.sigma.resize(); graphView.sigma.refresh(); graphView.fit(true);
    } }, label);
  b.setAttribute("aria-pressed", String(!document.body.classList.contains(cls)));
  return b;
}
if (window.innerWidth < 1280) document.body.classList.add("hide-filters");
$("#graph .toolbar").prepend(sideToggle("hide-filters", "☰ Filters", "toggle-filters", "Show or hide the filters and legend"));
$("#graph .toolbar").append(sideToggle("hide-panel", "Details ◨", "toggle-panel", "Show or hide the details panel"));
const dialog = new MeetingDialog();
let pairDialog: import("./pair").PairDialog | undefined;
// Views other than the graph load on first use, keeping the first page light.
type Syncable = { sync(): Promise<void> };
const views: Partial<Record<View, Syncable>> = {};
const loading: Partial<Record<View, Promise<Syncable>>> = {};
const make: Record<Exclude<View, "graph">, () => Promise<Syncable>> = {
  home: async () => new (await import("./home")).HomeView($("#view-home")),
  table: async () => new (await import("./table")).TableView($("#view-table")),
  timeline: async () => new (await import("./timeline")).TimelineView($("#view-timeline")),
  map: async () => new (await import("./map")).MapView($("#view-map")),
  console: async () => new (await import("./console")).ConsoleView($("#view-console")),
  merges: async () => new (await import("./merges")).MergesView($("#view-merges")),
};

// "As known on": the graph, table, timeline and panel show only facts from
// sources published by that day; kept in the URL as asOf=.
const asOfInput = h("input", { type: "date", id: "asof", max: new Date().toISOString().slice(0, 10), "aria-describedby": "asof-hint",
  onchange: (e: Event) => { const v = (e.target as HTMLInputElement).value; if (!v || /^\d{4}-\d{2}-\d{2}$/.test(v)) update({ asOf: v }); } }) as HTMLInputElement;
const asOfClear = h("button", { type: "button", class: "asof-clear", "aria-label": "Show everything known today", title: "Show everything known today", onclick: () => update({ asOf: "" }) }, "×");
$("#asof-box").append(h("label", { for: "asof" }, "As known on"), asOfInput, asOfClear,
  h("span", { id: "asof-hint", class: "sr-only" }, "Shows only facts from sources published by this day; empty for everything known"));

// Editors: "Add article"; the signed-in user and role.
let ingest: import("./ingest").IngestDialog | undefined;
const addBtn = h("button", { type: "button", class: "button add-article", "data-action": "add-article", hidden: true,
  onclick: async () => { ingest ??= new (await import("./ingest")).IngestDialog(); ingest.open(); } }, "+ Add article");
const who = h("span", { class: "who" });
$("#user-box").append(addBtn, who);
onMe((me) => {
  addBtn.hidden = !isEditor();
  who.textContent = me.auth ? `${me.user} · ${me.role}` : "";
  who.title = me.auth ? `Signed in as ${me.user} (${me.role})` : "";
});
void loadMe();

const tabs = $("#tabs");
const tabLinks = VIEWS.map((v) => {
  const a = h("a", { href: v === "home" ? "/" : "/" + v, "data-view": v, onclick: (e: Event) => { e.preventDefault(); update({ view: v }); } }, LABELS[v]);
  tabs.append(a);
  return a;
});

function render(st: State, prev?: State) {
  for (const v of VIEWS) ($("#view-" + v).hidden = v !== st.view);
  if (asOfInput.value !== st.asOf) asOfInput.value = st.asOf;
  asOfClear.hidden = !st.asOf;
  document.body.classList.toggle("as-of", !!st.asOf);
  filters.sync(st);
  tabLinks.forEach((a) => {
    const v = a.dataset.view as View;
    a.href = toURL({ ...st, view: v });
    if (v === st.view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  document.title = `Parley — ${LABELS[st.view]}`;
  if (st.view === "graph") {
    if (prev && prev.view !== "graph") { graphView.sigma.resize(); graphView.sigma.refresh(); }
    void graphView.sync(st).then(() => { graphView.select(st.sel || st.actor); return graphView.applyFilters(state()); });
    void panel.sync();
  } else {
    const v = st.view;
    loading[v] ??= make[v]().then((x) => (views[v] = x));
    void loading[v]!.then((x) => x.sync());
  }
  if (st.pair || pairDialog) void (async () => { pairDialog ??= new (await import("./pair")).PairDialog(); await pairDialog.sync(); await dialog.sync(); })();
  else void dialog.sync();
}
subscribe(render);
render(state());

// Health: "Neo4j is unreachable — retrying" while /api/health says 503.
const banner = $("#health");
async function health() {
  let next = 30000;
  try {
    await api.health();
    if (!banner.hidden) { banner.hidden = true; render(state()); }
  } catch (err) {
    const msg = err instanceof ApiError && err.status === 503 ? "Neo4j is unreachable — retrying" : "The Parley server is unreachable — retrying";
    banner.replaceChildren(h("span", { class: "spinner", "aria-hidden": "true" }), " ", msg, "…");
    banner.hidden = false;
    next = 5000;
  }
  setTimeout(health, next);
}
void health();

// Sign-in, when the server has users and the session is missing or expired.
let signIn: HTMLDialogElement | undefined;
window.addEventListener("parley:unauthenticated", () => {
  if (signIn?.open) return;
  const err = h("p", { class: "state-error", role: "alert", hidden: true });
  const form = h("form", { class: "login", "aria-labelledby": "login-title" },
    h("h2", { id: "login-title" }, "Sign in to Parley"),
    h("label", { class: "field" }, h("span", null, "User"), h("input", { name: "user", autocomplete: "username", required: true })),
    h("label", { class: "field" }, h("span", null, "Password"), h("input", { name: "password", type: "password", autocomplete: "current-password", required: true })),
    err, h("button", { type: "submit", class: "button primary" }, "Sign in")) as HTMLFormElement;
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const fd = new FormData(form);
    try { await login(String(fd.get("user")), String(fd.get("password"))); location.reload(); }
    catch (x) { err.textContent = (x as Error).message; err.hidden = false; }
  });
  signIn = h("dialog", { class: "meeting-dialog" }, form) as HTMLDialogElement;
  document.body.append(signIn);
  signIn.showModal();
});

declare global { interface Window { __parley: unknown } }
window.__parley = {
  get graph() { return graphView.graph; },
  graphView,
  errors,
  get console() { return views.console; },
  state,
  benchmark: (n?: number, m?: number, s?: number) => graphView.benchmark(n, m, s),
  exportSVG: () => graphView.exportSVG(false),
};
