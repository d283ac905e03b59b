import "./style.css";
import { api, ApiError, login } from "./api";
import { h, $ } from "./dom";
import { GraphView, errors } from "./graph";
import { Panel, MeetingDialog } from "./panel";
import { mountSearch } from "./search";
import { state, subscribe, update, toURL, VIEWS, type View, type State } from "./state";

const LABELS: Record<View, string> = { graph: "Graph", table: "Who met whom", timeline: "Timeline", map: "Map", console: "Cypher" };

mountSearch($("#search-box"));
const graphView = new GraphView($("#graph"));
const panel = new Panel($("#panel"));
const dialog = new MeetingDialog();
// Views other than the graph load on first use, keeping the first page light.
type Syncable = { sync(): Promise<void> };
const views: Partial<Record<View, Syncable>> = {};
const loading: Partial<Record<View, Promise<Syncable>>> = {};
const make: Record<Exclude<View, "graph">, () => Promise<Syncable>> = {
  table: async () => new (await import("./table")).TableView($("#view-table")),
  timeline: async () => new (await import("./timeline")).TimelineView($("#view-timeline")),
  map: async () => new (await import("./map")).MapView($("#view-map")),
  console: async () => new (await import("./console")).ConsoleView($("#view-console")),
};

const tabs = $("#tabs");
const tabLinks = VIEWS.map((v) => {
  const a = h("a", { href: "/" + v, "data-view": v, onclick: (e: Event) => { e.preventDefault(); update({ view: v }); } }, LABELS[v]);
  tabs.append(a);
  return a;
});

function render(st: State, prev?: State) {
  for (const v of VIEWS) ($("#view-" + v).hidden = v !== st.view);
  tabLinks.forEach((a) => {
    const v = a.dataset.view as View;
    a.href = toURL({ ...st, view: v });
    if (v === st.view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  document.title = `Parley — ${LABELS[st.view]}`;
  if (st.view === "graph") {
    if (prev && prev.view !== "graph") { graphView.sigma.resize(); graphView.sigma.refresh(); }
    void graphView.sync(st).then(() => graphView.select(st.sel || st.actor));
    void panel.sync();
  } else {
    const v = st.view;
    loading[v] ??= make[v]().then((x) => (views[v] = x));
    void loading[v]!.then((x) => x.sync());
  }
  void dialog.sync();
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
};
