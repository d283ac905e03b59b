// The graph explorer: sigma (WebGL) over a graphology graph, force layout
// in a worker, click to expand, drag, zoom, fit, hide, undo, PNG export.
import Graph from "graphology";
import Sigma from "sigma";
import { api, type GEdge, type GNode, type Subgraph } from "./api";
import { h, clear, stateBox, errMsg } from "./dom";
import { NodeShapeProgram, type Shape } from "./shapes";
import { state, update, type State } from "./state";

export const COLORS = {
  mediator: "#0f766e", party: "#c2410c", both: "#7c3aed", other: "#64748b",
  negotiation: "#1d4ed8", meeting: "#a16207",
};
export const KIND_SHAPE: Record<string, Shape> = {
  person: "circle", state: "square", organization: "diamond", group: "triangle", negotiation: "hexagon", meeting: "circle",
};
const EDGE_COLORS: Record<string, string> = {
  met: "#475569", position: "#8a9ab0", affiliation: "#8a9ab0", party: "#e8955a", mediator: "#3fa89c", attended: "#b6c2d1",
};

type Mutation =
  | { op: "expand"; actor: string; nodes: string[]; edges: string[] }
  | { op: "hide"; node: string };

export function roleOf(n: { mediator?: boolean; party?: boolean; type?: string }): keyof typeof COLORS {
  if (n.type === "negotiation") return "negotiation";
  if (n.type === "meeting") return "meeting";
  if (n.mediator && n.party) return "both";
  if (n.mediator) return "mediator";
  if (n.party) return "party";
  return "other";
}

export function nodeAttrs(n: GNode) {
  const role = roleOf(n);
  const meetings = n.meetings ?? 0;
  return {
    label: n.label, nodeType: n.type, kind: n.kind ?? n.type, mediator: !!n.mediator, party: !!n.party,
    meetings, date: n.date ?? "",
    color: COLORS[role], shape: KIND_SHAPE[n.kind ?? n.type] ?? "circle",
    size: n.type === "negotiation" ? 12 : 9 + Math.min(10, Math.sqrt(meetings) * 2.5),
  };
}

export function edgeAttrs(e: GEdge) {
  const count = e.count ?? 0;
  return {
    edgeType: e.type, count, places: e.places ?? [], last: e.last ?? "", title: e.title ?? "",
    size: e.type === "met" ? 2 + Math.min(8, Math.log2(1 + count) * 2) : 1,
    color: EDGE_COLORS[e.type] ?? "#cbd5e1",
    label: e.type === "met" ? `met ×${count}` : e.title || e.type,
  };
}

/** Adds a subgraph's nodes and edges that are not there yet, placing new
 * nodes around an anchor; returns what was added. */
export function merge(g: Graph, sg: Subgraph, anchor?: string) {
  const added = { nodes: [] as string[], edges: [] as string[] };
  const ax = anchor && g.hasNode(anchor) ? g.getNodeAttribute(anchor, "x") : 0;
  const ay = anchor && g.hasNode(anchor) ? g.getNodeAttribute(anchor, "y") : 0;
  const spread = anchor ? 30 : 100;
  for (const n of sg.nodes) {
    if (g.hasNode(n.id)) {
      // Flags may be learned later (a node first seen at the edge of a neighbourhood).
      const a = g.getNodeAttributes(n.id);
      if ((n.mediator && !a.mediator) || (n.party && !a.party) || (n.meetings ?? 0) > a.meetings) {
        const merged = nodeAttrs({ ...n, mediator: n.mediator || a.mediator, party: n.party || a.party });
        g.mergeNodeAttributes(n.id, { ...merged, x: a.x, y: a.y });
      }
      continue;
    }
    const angle = Math.random() * 2 * Math.PI, r = spread * (0.3 + Math.random());
    g.addNode(n.id, { ...nodeAttrs(n), x: ax + r * Math.cos(angle), y: ay + r * Math.sin(angle) });
    added.nodes.push(n.id);
  }
  for (const e of sg.edges) {
    if (g.hasEdge(e.id) || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e));
    added.edges.push(e.id);
  }
  return added;
}

export class GraphView {
  readonly graph = new Graph({ multi: true, type: "mixed" });
  sigma!: Sigma;
  private history: Mutation[] = [];
  private applied: Pick<State, "actor" | "expand" | "hide" | "depth"> = { actor: "", expand: [], hide: [], depth: 1 };
  private cache = new Map<string, Subgraph>();
  private worker?: Worker;
  private run = 0;
  layoutRunning = false;
  loading = false;
  truncated = false;
  private hovered = "";
  private selected = "";
  private dragged = "";
  private fixed = new Set<string>();
  private loadSeq = 0;
  private tooltip = h("div", { class: "tooltip", role: "tooltip", hidden: true });
  private status = h("div", { class: "graph-status", "aria-live": "polite" });
  private overlay = h("div", { class: "graph-overlay" });
  private stage = h("div", { class: "stage", role: "img", "aria-label": "Graph of actors and negotiations" });
  private undoBtn!: HTMLButtonElement;

  constructor(private root: HTMLElement) {
    this.build();
  }

  private build() {
    const btn = (label: string, title: string, fn: () => void, extra: Record<string, string> = {}) =>
      h("button", { type: "button", class: "tool", title, "aria-label": title, onclick: fn, ...extra }, label);
    this.undoBtn = btn("↶ Undo", "Undo the last change to the graph (Ctrl+Z)", () => this.undo(), { "data-action": "undo" }) as HTMLButtonElement;
    const depth = h("select", { "aria-label": "Neighbourhood depth", class: "tool", onchange: (e: Event) => update({ depth: Number((e.target as HTMLSelectElement).value), expand: [], hide: [] }) },
      h("option", { value: "1" }, "Depth 1"), h("option", { value: "2" }, "Depth 2"));
    (depth as HTMLSelectElement).value = String(state().depth);
    const toolbar = h("div", { class: "toolbar", role: "toolbar", "aria-label": "Graph tools" },
      btn("⤢ Fit", "Fit the graph to the screen", () => this.fit(), { "data-action": "fit" }),
      btn("+", "Zoom in", () => this.sigma.getCamera().animatedZoom({ duration: 200 })),
      btn("−", "Zoom out", () => this.sigma.getCamera().animatedUnzoom({ duration: 200 })),
      depth,
      btn("Hide", "Hide the selected node (Delete)", () => this.hideSelected(), { "data-action": "hide" }),
      this.undoBtn,
      btn("Re-layout", "Run the force layout again", () => this.layout(400)),
      btn("PNG", "Download the picture as PNG", () => this.exportPNG(), { "data-action": "png" }),
      this.status,
    );
    const legend = h("div", { class: "legend", "aria-label": "Legend" },
      h("div", { class: "legend-title" }, "Shape = kind"),
      ...(["person", "state", "organization", "group", "negotiation"] as const).map((k) =>
        h("div", { class: "legend-row" }, h("span", { class: "glyph shape-" + KIND_SHAPE[k] }), k)),
      h("div", { class: "legend-title" }, "Colour = role"),
      ...(["mediator", "party", "both", "other"] as const).map((r) =>
        h("div", { class: "legend-row" }, h("span", { class: "swatch role-" + r }), r === "both" ? "mediator and party" : r === "other" ? "no role" : r)),
      h("div", { class: "legend-title" }, "Edge width = meetings"),
    );
    clear(this.root, toolbar, h("div", { class: "stage-wrap" }, this.stage, this.overlay, legend, this.tooltip));
    this.sigma = new Sigma(this.graph, this.stage, {
      allowInvalidContainer: true,
      defaultNodeType: "shape",
      nodeProgramClasses: { shape: NodeShapeProgram },
      labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      labelSize: 13, labelWeight: "500", labelColor: { color: "#1e293b" },
      labelRenderedSizeThreshold: 6, labelDensity: 0.6,
      hideEdgesOnMove: false,
      zIndex: true, minEdgeThickness: 0.8,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.bindEvents();
    this.showOverlay();
  }

  private reduceNode(node: string, data: any) {
    const res = { ...data };
    const focus = this.hovered || "";
    if (focus && focus !== node && !this.graph.areNeighbors(focus, node)) {
      res.color = "#d5dbe3"; res.label = ""; res.zIndex = 0;
    } else if (focus) res.zIndex = 1;
    if (node === this.selected) { res.highlighted = true; res.zIndex = 2; }
    return res;
  }

  private reduceEdge(edge: string, data: any) {
    const focus = this.hovered;
    if (focus && !this.graph.hasExtremity(edge, focus)) return { ...data, hidden: true };
    return data;
  }

  private bindEvents() {
    const s = this.sigma;
    s.on("enterNode", ({ node }) => { this.hovered = node; this.showTooltip(node); s.refresh({ skipIndexation: true }); this.stage.style.cursor = "pointer"; });
    s.on("leaveNode", () => { this.hovered = ""; this.tooltip.hidden = true; s.refresh({ skipIndexation: true }); this.stage.style.cursor = ""; });
    s.on("clickNode", ({ node }) => this.activate(node));
    s.on("downNode", ({ node }) => { this.dragged = node; this.fixed.add(node); });
    s.on("moveBody", ({ event }) => {
      if (!this.dragged) return;
      const p = s.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.dragged, { x: p.x, y: p.y });
      event.preventSigmaDefault(); event.original.preventDefault(); event.original.stopPropagation();
    });
    const stop = () => { this.dragged = ""; };
    s.on("upNode", stop); s.on("upStage", stop);
    s.getMouseCaptor().on("mousemovebody", (e) => {
      if (this.hovered) { this.tooltip.style.left = e.x + 14 + "px"; this.tooltip.style.top = e.y + 14 + "px"; }
    });
    s.on("clickStage", () => { this.tooltip.hidden = true; });
    this.root.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "z") { e.preventDefault(); this.undo(); }
      else if (e.key === "Delete" && this.selected) this.hideSelected();
    });
  }

  private showTooltip(node: string) {
    const a = this.graph.getNodeAttributes(node);
    const deg = this.graph.degree(node);
    const roles = [a.mediator && "mediator", a.party && "party"].filter(Boolean).join(", ");
    clear(this.tooltip,
      h("strong", null, a.label),
      h("div", null, a.nodeType === "actor" ? `${a.kind}${roles ? " · " + roles : ""}` : a.nodeType),
      a.meetings ? h("div", null, `${a.meetings} meeting${a.meetings === 1 ? "" : "s"} on record`) : null,
      h("div", null, `${deg} connection${deg === 1 ? "" : "s"} in view`),
      a.nodeType === "actor" ? h("div", { class: "hint" }, state().expand.includes(node) || node === state().actor ? "click: open profile" : "click: open profile and expand") : null,
    );
    this.tooltip.hidden = false;
  }

  /** Click on a node: select it and, for actors, merge its neighbours. */
  activate(node: string) {
    const a = this.graph.getNodeAttributes(node);
    if (a.nodeType !== "actor") {
      if (a.nodeType === "meeting") update({ meeting: node });
      return;
    }
    const st = state();
    const expand = st.actor === node || st.expand.includes(node) || !st.actor ? st.expand : [...st.expand, node];
    if (!st.actor) update({ actor: node, sel: "" });
    else update({ expand, sel: node === st.actor ? "" : node });
    this.select(node);
  }

  select(node: string) {
    this.selected = this.graph.hasNode(node) ? node : "";
    this.sigma.refresh({ skipIndexation: true });
  }

  private async fetchGraph(actor: string, depth: number): Promise<Subgraph> {
    const key = actor + "|" + depth;
    let sg = this.cache.get(key);
    if (!sg) { sg = await api.graph(actor, depth, 300); this.cache.set(key, sg); }
    return sg;
  }

  /** Brings the graph in line with the URL state. */
  async sync(st: State) {
    const a = this.applied;
    const sameBase = a.actor === st.actor && a.depth === st.depth;
    const seq = ++this.loadSeq;
    if (!st.actor) {
      this.graph.clear(); this.history = []; this.applied = { actor: "", expand: [], hide: [], depth: st.depth };
      this.showOverlay(); this.updateButtons(); return;
    }
    try {
      if (sameBase && isPrefix(a.expand, st.expand) && isPrefix(a.hide, st.hide)) {
        // Forward: apply what is new.
        for (const id of st.expand.slice(a.expand.length)) await this.expand(id, seq);
        for (const id of st.hide.slice(a.hide.length)) this.hide(id);
      } else if (sameBase && isPrefix(st.expand, a.expand) && isPrefix(st.hide, a.hide)) {
        // Back: undo down to what the URL says.
        while (this.applied.expand.length > st.expand.length || this.applied.hide.length > st.hide.length) {
          if (!this.popMutation()) break;
        }
      } else {
        await this.rebuild(st, seq);
      }
      if (seq !== this.loadSeq) return;
      this.applied = { actor: st.actor, depth: st.depth, expand: [...st.expand], hide: [...st.hide] };
      this.showOverlay();
    } catch (err) {
      if (seq !== this.loadSeq) return;
      this.showOverlay(errMsg(err));
    }
    this.updateButtons();
  }

  private async rebuild(st: State, seq: number) {
    this.loading = true; this.showOverlay();
    this.stopLayout();
    const base = await this.fetchGraph(st.actor, st.depth);
    if (seq !== this.loadSeq) return;
    this.graph.clear(); this.history = []; this.fixed.clear();
    this.truncated = base.truncated;
    merge(this.graph, base);
    if (this.graph.hasNode(st.actor)) this.graph.mergeNodeAttributes(st.actor, { x: 0, y: 0 });
    this.applied = { actor: st.actor, depth: st.depth, expand: [], hide: [] };
    for (const id of st.expand) await this.expand(id, seq, false);
    for (const id of st.hide) this.hide(id);
    this.loading = false;
    this.selected = st.sel || st.actor;
    this.layout(this.graph.order > 1000 ? 150 : 300);
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  private async expand(actor: string, seq: number, relayout = true) {
    const sg = await this.fetchGraph(actor, 1);
    if (seq !== this.loadSeq) return;
    if (!this.graph.hasNode(actor)) {
      const n = sg.nodes.find((x) => x.id === actor);
      if (n) merge(this.graph, { nodes: [n], edges: [], truncated: false });
    }
    const added = merge(this.graph, sg, actor);
    if (sg.truncated) this.truncated = true;
    this.history.push({ op: "expand", actor, ...added });
    this.applied.expand.push(actor);
    if (relayout && added.nodes.length) this.layout(200);
  }

  private hide(node: string) {
    if (!this.graph.hasNode(node)) return;
    this.graph.setNodeAttribute(node, "hidden", true);
    this.history.push({ op: "hide", node });
    this.applied.hide.push(node);
    if (this.selected === node) this.selected = "";
  }

  private popMutation(): boolean {
    const m = this.history.pop();
    if (!m) return false;
    if (m.op === "expand") {
      for (const e of m.edges) if (this.graph.hasEdge(e)) this.graph.dropEdge(e);
      for (const n of m.nodes) if (this.graph.hasNode(n)) this.graph.dropNode(n);
      this.applied.expand.pop();
    } else {
      if (this.graph.hasNode(m.node)) this.graph.setNodeAttribute(m.node, "hidden", false);
      this.applied.hide.pop();
    }
    return true;
  }

  hideSelected() {
    const st = state();
    if (!this.selected || st.hide.includes(this.selected)) return;
    update({ hide: [...st.hide, this.selected] });
  }

  /** Undo the last mutation; the URL follows (so back/forward stay in step). */
  undo() {
    const m = this.history[this.history.length - 1];
    if (!m) return;
    const st = state();
    if (m.op === "expand") update({ expand: st.expand.slice(0, -1) });
    else update({ hide: st.hide.slice(0, -1) });
  }

  private updateButtons() {
    this.undoBtn.disabled = this.history.length === 0;
    const hidden = this.graph.filterNodes((_, a) => a.hidden).length;
    const shown = this.graph.order - hidden;
    this.status.textContent = this.graph.order
      ? `${shown} nodes · ${this.graph.size} edges${hidden ? ` · ${hidden} hidden` : ""}${this.truncated ? " · truncated: some neighbours left out" : ""}`
      : "";
  }

  private showOverlay(error?: string) {
    const st = state();
    if (error) {
      clear(this.overlay, stateBox("error", "Could not load the graph", error));
      this.overlay.hidden = false;
    } else if (this.loading) {
      clear(this.overlay, stateBox("loading", "Loading the neighbourhood…"));
      this.overlay.hidden = false;
    } else if (!st.actor && this.graph.order === 0) {
      clear(this.overlay, stateBox("empty", "Start from a name",
        "Type a person, state or organisation in the search box above (press / to jump there), e.g. Burns, Qatar or Hamas."));
      this.overlay.hidden = false;
    } else if (this.graph.order === 0) {
      clear(this.overlay, stateBox("empty", "Nothing to draw", "This actor has no recorded connections yet."));
      this.overlay.hidden = false;
    } else {
      this.overlay.hidden = true;
    }
  }

  fit() {
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Runs ForceAtlas2 in the worker for a number of iterations. */
  layout(iterations: number): Promise<void> {
    this.stopLayout();
    const nodes = this.graph.nodes();
    if (nodes.length < 2) return Promise.resolve();
    const index = new Map(nodes.map((n, i) => [n, i]));
    const xy = new Float32Array(nodes.length * 2);
    const fixed = new Uint8Array(nodes.length);
    nodes.forEach((n, i) => {
      const a = this.graph.getNodeAttributes(n);
      xy[2 * i] = a.x; xy[2 * i + 1] = a.y; fixed[i] = this.fixed.has(n) ? 1 : 0;
    });
    const edges = new Uint32Array(this.graph.size * 2);
    const weights = new Float32Array(this.graph.size);
    let j = 0;
    this.graph.forEachEdge((_, a, s, t) => {
      edges[2 * j] = index.get(s)!; edges[2 * j + 1] = index.get(t)!; weights[j] = a.edgeType === "met" ? 1 + Math.log2(1 + a.count) : 0.5; j++;
    });
    if (!this.worker) {
      this.worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
      this.worker.onerror = (e) => { errors.push("layout worker: " + (e.message || "failed to start")); this.layoutRunning = false; };
    }
    const run = ++this.run;
    this.layoutRunning = true;
    return new Promise((resolve) => {
      this.worker!.onmessage = (e: MessageEvent<{ type: string; run: number; xy: Float32Array; done: boolean }>) => {
        if (e.data.run !== this.run) return;
        const out = e.data.xy;
        this.graph.updateEachNodeAttributes((n, a) => {
          const i = index.get(n);
          if (i === undefined || n === this.dragged || this.fixed.has(n)) return a;
          a.x = out[2 * i]; a.y = out[2 * i + 1];
          return a;
        }, { attributes: ["x", "y"] });
        if (e.data.done) { this.layoutRunning = false; resolve(); }
      };
      this.worker!.postMessage({ type: "start", run, xy, fixed, edges, weights, iterations }, [xy.buffer, fixed.buffer, edges.buffer, weights.buffer]);
    });
  }

  stopLayout() {
    this.run++;
    this.layoutRunning = false;
    this.worker?.postMessage({ type: "stop" });
  }

  /** PNG of what is drawn, on white, with a caption. */
  exportPNG() {
    this.sigma.refresh();
    const canvases = this.sigma.getCanvases();
    const first = canvases.edges ?? Object.values(canvases)[0];
    const out = document.createElement("canvas");
    out.width = first.width; out.height = first.height;
    const ctx = out.getContext("2d")!;
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
    for (const key of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) {
      const c = canvases[key];
      if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
    }
    ctx.fillStyle = "#475569"; ctx.font = `${12 * (window.devicePixelRatio || 1)}px system-ui, sans-serif`;
    ctx.fillText(`Parley · ${new Date().toISOString().slice(0, 10)}`, 10, out.height - 10);
    const a = h("a", { href: out.toDataURL("image/png"), download: `parley-graph-${state().actor || "view"}.png` });
    document.body.append(a); a.click(); a.remove();
  }

  /** Test and benchmark hook: replaces the graph with a synthetic one and
   * measures time to first render and frame rate while the layout runs. */
  async benchmark(nodes = 5000, edges = 20000, seconds = 4) {
    this.stopLayout();
    this.loadSeq++;
    this.graph.clear(); this.history = [];
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const kinds = ["person", "state", "organization", "group"] as const;
    const t0 = performance.now();
    const nodeList: GNode[] = [];
    for (let i = 0; i < nodes; i++) nodeList.push({ id: "n" + i, label: "Actor " + i, type: "actor", kind: kinds[i % 4], mediator: rnd() < 0.1, party: rnd() < 0.2, meetings: Math.floor(rnd() * 20) });
    const edgeList: GEdge[] = [];
    for (let j = 0; j < edges; j++) {
      const a = Math.floor(rnd() * nodes);
      const b = Math.floor(a / 50) * 50 + Math.floor(rnd() * 50) < nodes && rnd() < 0.8 ? Math.floor(a / 50) * 50 + Math.floor(rnd() * 50) : Math.floor(rnd() * nodes);
      edgeList.push({ id: "e" + j, source: "n" + a, target: "n" + Math.min(nodes - 1, b), type: "met", count: 1 + Math.floor(rnd() * 5) });
    }
    this.graph.import({
      nodes: nodeList.map((n) => ({ key: n.id, attributes: { ...nodeAttrs(n), size: 2 + (n.meetings ?? 0) / 4, x: rnd() * 1000, y: rnd() * 1000 } })),
      edges: edgeList.map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: edgeAttrs(e) })),
    });
    const firstRender = await new Promise<number>((resolve) => {
      this.sigma.once("afterRender", () => resolve(performance.now() - t0));
      this.sigma.refresh();
    });
    this.overlay.hidden = true;
    this.updateButtons();
    // 1. While the layout runs in the worker: positions stream in, sigma redraws.
    let renders = 0;
    const onRender = () => renders++;
    this.sigma.on("afterRender", onRender);
    let layoutTicks = 0;
    void this.layout(1000000);
    const handler = this.worker!.onmessage!;
    this.worker!.onmessage = (e) => { layoutTicks++; (handler as any).call(this.worker, e); };
    const frameLoop = (ms: number, each?: () => void) => new Promise<{ fps: number; worst: number }>((resolve) => {
      let frames = 0, worst = 0;
      const start = performance.now(); let last = start;
      const tick = () => {
        const now = performance.now();
        worst = Math.max(worst, now - last); last = now; frames++;
        each?.();
        if (now - start < ms) requestAnimationFrame(tick); else resolve({ fps: +(frames / ((now - start) / 1000)).toFixed(1), worst: Math.round(worst) });
      };
      requestAnimationFrame(tick);
    });
    const during = await frameLoop(seconds * 1000);
    const layoutRenders = renders;
    this.stopLayout();
    // 2. Panning and zooming the laid-out graph: a redraw every frame.
    const cam = this.sigma.getCamera();
    renders = 0;
    let k = 0;
    const pan = await frameLoop(2000, () => { k++; cam.setState({ x: 0.5 + 0.1 * Math.sin(k / 10), ratio: 1 + 0.3 * Math.sin(k / 15) }); });
    const panRenders = renders;
    this.sigma.off("afterRender", onRender);
    cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // 3. One full redraw, synchronously.
    const t1 = performance.now();
    for (let i = 0; i < 5; i++) this.sigma.refresh();
    const redrawMs = Math.round((performance.now() - t1) / 5);
    return {
      nodes: this.graph.order, edges: this.graph.size, firstRenderMs: Math.round(firstRender),
      layoutFps: during.fps, layoutWorstFrameMs: during.worst, layoutBatches: layoutTicks, layoutRenders,
      panFps: pan.fps, panWorstFrameMs: pan.worst, panRenders, redrawMs, errors: [...errors],
    };
  }
}

/** Errors worth seeing in tests and bug reports. */
export const errors: string[] = [];
window.addEventListener("error", (e) => errors.push(e.message));
window.addEventListener("unhandledrejection", (e) => errors.push(String(e.reason)));

function isPrefix(a: string[], b: string[]) {
  return a.length <= b.length && a.every((x, i) => b[i] === x);
}
