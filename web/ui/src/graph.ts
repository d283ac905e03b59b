// The graph explorer: sigma (WebGL) over a graphology graph, force layout
// in a worker, click to expand, drag, zoom, fit, hide, undo, PNG export.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import { api, qs, type GEdge, type GNode, type Subgraph } from "./api";
import { h, clear, stateBox, errMsg, fmtDate } from "./dom";
import { NodeShapeProgram, type Shape } from "./shapes";
import { optionalPicking, skipEdgePicking, skipNodePicking } from "./picking";
import { state, update, version, type State } from "./state";

/** Above these sizes the graph is drawn the cheap way: thin edges, edges
 * and labels hidden while the camera moves, fewer labels, no edge events. */
export const BIG_NODES = 1500, BIG_EDGES = 4000;

export const COLORS = {
  mediator: "#0f766e", party: "#c2410c", both: "#7c3aed", other: "#52607a",
  negotiation: "#1d4ed8", meeting: "#a16207",
};
export const KIND_SHAPE: Record<string, Shape> = {
  person: "circle", state: "square", organization: "diamond", group: "triangle", negotiation: "hexagon", meeting: "circle",
};
export const EDGE_COLORS: Record<string, string> = {
  met: "#475569", position: "#6b7a90", affiliation: "#0ea5e9", party: "#d97706", mediator: "#0d9488", attended: "#b6c2d1",
};

type Mutation =
  | { op: "expand"; actor: string; nodes: string[]; edges: string[] }
  | { op: "hide"; node: string };

/** The filters of the sidebar, as the graph applies them. */
export interface Filters { off: Set<string>; place: string; from: string; to: string; pairs?: Set<string> }

export function roleKey(a: { mediator?: boolean; party?: boolean }): string {
  return a.mediator && a.party ? "both" : a.mediator ? "mediator" : a.party ? "party" : "other";
}

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
    // States and organisations (often mediators with no meetings of their
    // own) are drawn no smaller than a busy person, so they read at a glance.
    size: n.type === "negotiation" ? 12 : (n.kind && n.kind !== "person" ? 12 : 9) + Math.min(10, Math.sqrt(meetings) * 2.5),
  };
}

export function edgeAttrs(e: GEdge) {
  const count = e.count ?? 0;
  return {
    edgeType: e.type, count, places: e.places ?? [], last: e.last ?? "", title: e.title ?? "",
    size: e.type === "met" ? 2.5 + Math.min(8, Math.log2(1 + count) * 2) : 1.6,
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
  private applied: Pick<State, "actor" | "expand" | "hide" | "depth" | "asOf"> & { version: number } = { actor: "", expand: [], hide: [], depth: 1, asOf: "", version: 0 };
  private cache = new Map<string, Subgraph>();
  private worker?: Worker;
  private run = 0;
  layoutRunning = false;
  loading = false;
  /** Test hook: no layout running and the camera at rest. */
  get settled(): boolean { return !this.layoutRunning && !this.loading && !this.sigma.getCamera().isAnimated(); }
  truncated = false; // the node cap left neighbours out
  weakTiesLeft = false; // the edge cap left the weaker met edges out
  private hovered = "";
  private hoveredEdge = "";
  private selected = "";
  private dragged = "";
  private dragMoved = false;
  /** Pinned nodes keep their place while the layout runs (drag pins too). */
  readonly fixed = new Set<string>();
  /** Shift+click builds a multi-selection for "Hide selected" and "Pin". */
  readonly multi = new Set<string>();
  private filters: Filters = { off: new Set(), place: "", from: "", to: "" };
  private filterKey = "";
  private visible = new Set<string>();
  private dimmed = new Set<string>();
  big = false;
  /** Whether the labels were placed since the last frame (tests wait for it). */
  labelsPlaced = false;
  /** Main-thread time of the last frame (sigma's render call). */
  renderMs = 0;
  lastLayout: { iterations: number; ms: number; reason: string } | undefined;
  private graphml!: HTMLAnchorElement;
  private pinBtn!: HTMLButtonElement;
  private hideBtn!: HTMLButtonElement;
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
    this.hideBtn = btn("Hide", "Hide the selected node, or every node picked with Shift+click (Delete)", () => this.hideSelected(), { "data-action": "hide" }) as HTMLButtonElement;
    this.pinBtn = btn("Pin", "Pin or unpin the selected nodes: pinned nodes keep their place during layout (dragging a node pins it)", () => this.togglePin(), { "data-action": "pin" }) as HTMLButtonElement;
    this.graphml = h("a", { class: "tool", href: "/api/export.graphml", download: "", "data-action": "graphml", title: "Download this actor's neighbourhood as GraphML (Gephi, yEd)" }, "GraphML") as HTMLAnchorElement;
    const toolbar = h("div", { class: "toolbar", role: "toolbar", "aria-label": "Graph tools" },
      btn("⤢ Fit", "Fit the graph to the screen", () => this.fit(), { "data-action": "fit" }),
      btn("+", "Zoom in", () => this.sigma.getCamera().animatedZoom({ duration: 200 })),
      btn("−", "Zoom out", () => this.sigma.getCamera().animatedUnzoom({ duration: 200 })),
      depth,
      this.hideBtn, this.pinBtn,
      this.undoBtn,
      btn("Re-layout", "Run the force layout again", () => this.layout(400), { "data-action": "relayout" }),
      h("span", { class: "tool-group", role: "group", "aria-label": "Export" },
        btn("PNG", "Download the picture as PNG", () => this.exportPNG(), { "data-action": "png" }),
        btn("SVG", "Download the picture as SVG (vector, for slides and print)", () => this.exportSVG(), { "data-action": "svg" }),
        this.graphml),
      this.status,
    );
    clear(this.root, toolbar, h("div", { class: "stage-wrap" }, this.stage, this.overlay, this.tooltip));
    this.sigma = new Sigma(this.graph, this.stage, {
      allowInvalidContainer: true,
      defaultNodeType: "shape",
      nodeProgramClasses: { shape: optionalPicking(NodeShapeProgram, skipNodePicking) },
      edgeProgramClasses: { line: optionalPicking(EdgeRectangleProgram, skipEdgePicking), fast: optionalPicking(EdgeLineProgram, skipEdgePicking) },
      defaultEdgeType: "line",
      labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      labelSize: 13, labelWeight: "600", labelColor: { color: "#0f172a" },
      labelRenderedSizeThreshold: 6, labelDensity: 0.6,
      hideEdgesOnMove: false, hideLabelsOnMove: false,
      enableEdgeEvents: true,
      zIndex: true, minEdgeThickness: 0.8, stagePadding: 48,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.bindEvents();
    this.showOverlay();
  }

  private reduceNode(node: string, data: any) {
    if (!this.visible.has(node)) return { ...data, hidden: true };
    const res = { ...data };
    const focus = this.hovered || "";
    if (this.dimmed.has(node)) { res.color = "#cfd6df"; res.label = ""; res.zIndex = 0; }
    if (focus && focus !== node && !this.graph.areNeighbors(focus, node)) {
      res.color = "#d5dbe3"; res.label = ""; res.zIndex = 0;
    } else if (focus) res.zIndex = 1;
    if (this.fixed.has(node) && res.label) res.label = res.label + " (pinned)";
    // Labels: those placed without overlap (placeLabels), plus the hovered
    // node's neighbourhood; sigma's own grid only thins labels by cell and
    // lets neighbours' labels run into each other.
    if (!this.big && res.label) {
      if (this.labelled.has(node) || node === this.selected || node === state().actor || (focus && (focus === node || this.graph.areNeighbors(focus, node)))) res.forceLabel = true;
      else res.label = "";
    }
    if (node === this.selected || this.multi.has(node)) { res.highlighted = true; res.zIndex = 2; }
    return res;
  }

  /** Labels that fit: greedily, most important first (the starting and
   * selected actors, then the biggest nodes), each label's box kept clear of
   * the boxes already placed and of other nodes' discs. Recomputed when
   * the view settles. */
  labelled = new Set<string>();
  private measure = document.createElement("canvas").getContext("2d")!;
  placeLabels(): boolean {
    const s = this.sigma;
    const next = new Set<string>();
    if (!this.big) {
      this.measure.font = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
      const st = state();
      const rank = (n: string) => (n === st.actor ? 3 : n === this.selected ? 2 : st.expand.includes(n) ? 1 : 0);
      const items: { n: string; x: number; y: number; r: number; size: number; label: string }[] = [];
      const { width, height } = s.getDimensions();
      for (const n of this.visible) {
        if (this.dimmed.has(n)) continue;
        const d = s.getNodeDisplayData(n);
        if (!d || d.hidden) continue;
        const v = s.framedGraphToViewport(d);
        const r = s.scaleSize(d.size);
        if (v.x < -200 || v.y < -20 || v.x > width + 20 || v.y > height + 20) continue;
        items.push({ n, x: v.x, y: v.y, r, size: d.size, label: this.graph.getNodeAttribute(n, "label") ?? "" });
      }
      items.sort((a, b) => rank(b.n) - rank(a.n) || b.size - a.size || (a.n < b.n ? -1 : 1));
      const boxes: [number, number, number, number][] = items.map((i) => [i.x - i.r, i.y - i.r, i.x + i.r, i.y + i.r]);
      const hit = (b: [number, number, number, number], c: [number, number, number, number]) => b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3];
      const placed: [number, number, number, number][] = [];
      items.forEach((i, k) => {
        if (!i.label) return;
        const w = this.measure.measureText(i.label + (this.fixed.has(i.n) ? " (pinned)" : "")).width;
        const box: [number, number, number, number] = [i.x + i.r + 2, i.y - 8, i.x + i.r + 4 + w, i.y + 8];
        // The selected and the starting actor are always named, first, so
        // the others make way: a hub's label always touches its
        // neighbours' discs, and was dropped. Any other label that would
        // be cut at the canvas edge is left out rather than drawn cut.
        if (rank(i.n) < 2) {
          if (box[2] > width || box[1] < 0 || box[3] > height) return;
          if (placed.some((b) => hit(box, b))) return;
          if (boxes.some((b, j) => j !== k && hit(box, b))) return;
        }
        placed.push(box);
        next.add(i.n);
      });
    }
    const changed = next.size !== this.labelled.size || [...next].some((n) => !this.labelled.has(n));
    this.labelled = next;
    return changed;
  }

  private reduceEdge(edge: string, data: any) {
    const [s, t] = this.graph.extremities(edge);
    if (!this.visible.has(s) || !this.visible.has(t) || !this.edgeShown(edge, data)) return { ...data, hidden: true };
    const focus = this.hovered;
    if (focus && !this.graph.hasExtremity(edge, focus)) return { ...data, hidden: true };
    if (edge === this.hoveredEdge) return { ...data, color: "#f59e0b", zIndex: 2 };
    return data;
  }

  /** Place and period narrow the met edges (other edges stay). */
  private edgeShown(edge: string, a: any): boolean {
    if (a.edgeType !== "met") return true;
    const f = this.filters;
    if (f.place && !a.places.some((p: string) => p.toLowerCase() === f.place.toLowerCase())) return false;
    if (f.pairs) { const [s, t] = this.graph.extremities(edge); if (!f.pairs.has(s + "|" + t) && !f.pairs.has(t + "|" + s)) return false; }
    return true;
  }

  /** Recomputes which nodes the filters let through: kind and role hide
   * nodes; place and period hide met edges and dim actors left without any. */
  private computeVisible() {
    const f = this.filters;
    this.visible = new Set();
    this.dimmed = new Set();
    const narrowed = !!(f.place || f.pairs);
    this.graph.forEachNode((n, a) => {
      if (a.hidden) return;
      const kind = a.nodeType === "actor" ? a.kind : a.nodeType;
      if (f.off.has(kind)) return;
      if (a.nodeType === "actor" && f.off.has(roleKey(a))) return;
      this.visible.add(n);
    });
    if (narrowed) {
      const st = state();
      this.graph.forEachNode((n, a) => {
        if (!this.visible.has(n) || a.nodeType !== "actor" || n === st.actor) return;
        const hasMet = this.graph.someEdge(n, (e, ea) => ea.edgeType === "met");
        if (hasMet && !this.graph.someEdge(n, (e, ea) => ea.edgeType === "met" && this.edgeShown(e, ea))) this.dimmed.add(n);
      });
    }
  }

  /** Test hook: whether a node is drawn (not hidden by the user or the filters). */
  isVisible(node: string): boolean { return this.visible.has(node); }
  visibleCount(kind?: string): number {
    let n = 0;
    this.visible.forEach((id) => { const a = this.graph.getNodeAttributes(id); if (!kind || (a.nodeType === "actor" ? a.kind : a.nodeType) === kind) n++; });
    return n;
  }

  /** Applies the sidebar's filters (kind, role, place, period). The period
   * asks the API which pairs met in it, since met edges carry only their
   * last date. */
  async applyFilters(st: State) {
    const key = [st.off.join(","), st.place, st.from, st.to, st.asOf, version()].join("|");
    if (key === this.filterKey) return;
    this.filterKey = key;
    const f: Filters = { off: new Set(st.off), place: st.place, from: st.from, to: st.to };
    if (st.from || st.to) {
      try {
        const page = await api.meetings({ from: st.from, to: st.to, asOf: st.asOf, limit: 1000 });
        if (key !== this.filterKey) return;
        f.pairs = new Set();
        for (const m of page.items) for (const a of m.participants) for (const b of m.participants) if (a.id !== b.id) f.pairs.add(a.id + "|" + b.id);
        if (page.total > page.items.length) errors.push(`period filter: only the first ${page.items.length} of ${page.total} meetings were used`);
      } catch (err) { errors.push("period filter: " + errMsg(err)); }
    }
    this.filters = f;
    this.refreshView();
  }

  private refreshView() {
    this.computeVisible();
    this.sigma.refresh();
    this.updateButtons();
  }

  /** Big graphs are drawn the cheap way (see BIG_NODES). */
  private tune(order = this.graph.order, size = this.graph.size) {
    const big = order > BIG_NODES || size > BIG_EDGES;
    if (big === this.big) return;
    this.big = big;
    this.sigma.setSettings(big
      ? { hideEdgesOnMove: true, hideLabelsOnMove: true, labelRenderedSizeThreshold: 14, labelDensity: 0.25, defaultEdgeType: "fast", enableEdgeEvents: false, zIndex: false }
      : { hideEdgesOnMove: false, hideLabelsOnMove: false, labelRenderedSizeThreshold: 6, labelDensity: 0.6, defaultEdgeType: "line", enableEdgeEvents: true, zIndex: true });
  }

  /** Per-frame savings that keep big graphs fluid without a strong GPU.
   * While the view moves, the picking passes are skipped (see picking.ts;
   * the edges' always when edge events are off) and one more frame once it
   * stops redraws them. And the canvases the frame left empty are hidden:
   * the browser composites every full-size layer of sigma's seven on every
   * frame, and most are empty while a big graph moves (a third of the
   * frame rate without a GPU). */
  private bindFrameSavings() {
    const s = this.sigma;
    const internals = s as unknown as { hoveredNode?: string | null; highlightedNodes?: Set<string> };
    let moving = false, stale = false, timer = 0, start = 0;
    const show = (layer: string, on: boolean) => {
      const el = s.getCanvases()[layer];
      const v = on ? "" : "hidden";
      if (el && el.style.visibility !== v) el.style.visibility = v;
    };
    s.on("beforeRender", () => {
      start = performance.now();
      const c = s.getMouseCaptor();
      // A node drag is not a move here: the node stays under the pointer,
      // and picking is what keeps it hovered.
      moving = !!(s.getCamera().isAnimated() || c.isMoving || c.draggedEvents || c.currentWheelDirection);
      if (moving) skipNodePicking.add(s); else skipNodePicking.delete(s);
      if (moving || !s.getSetting("enableEdgeEvents")) skipEdgePicking.add(s); else skipEdgePicking.delete(s);
      stale = moving;
    });
    let labelTimer = 0;
    s.on("afterRender", () => {
      clearTimeout(labelTimer);
      labelTimer = window.setTimeout(() => {
        if (s.getCamera().isAnimated() || s.getMouseCaptor().isMoving) return;
        if (this.placeLabels()) s.refresh({ skipIndexation: true });
        this.labelsPlaced = true;
      }, 60);
      this.labelsPlaced = false;
      this.renderMs = performance.now() - start;
      const noLabels = moving && s.getSetting("hideLabelsOnMove");
      const highlights = !!(this.hovered || this.selected || this.multi.size || internals.hoveredNode || internals.highlightedNodes?.size);
      show("edges", !(moving && s.getSetting("hideEdgesOnMove")));
      show("labels", !noLabels);
      show("edgeLabels", !noLabels && s.getSetting("renderEdgeLabels"));
      show("hovers", !noLabels && highlights);
      show("hoverNodes", !noLabels && highlights);
      if (!stale) return;
      clearTimeout(timer);
      timer = window.setTimeout(() => { if (stale) s.scheduleRender(); }, 120);
    });
  }

  /** Moves one node, as a drag does. Sigma re-indexes the whole graph
   * whenever a position changes, which at thousands of nodes is most of a
   * frame; one moved node only needs itself and its edges redrawn, so the
   * graph is updated with sigma's listener silenced and sigma is told
   * exactly what changed. Falls back to the plain update when sigma has
   * indexing pending or its internals are not as expected. */
  moveNode(node: string, x: number, y: number) {
    const s = this.sigma as unknown as { activeListeners?: Record<string, (...a: unknown[]) => void>; needToProcess?: boolean };
    const listener = s.activeListeners?.updateNodeGraphUpdate;
    if (!listener || s.needToProcess !== false) { this.graph.mergeNodeAttributes(node, { x, y }); return; }
    this.graph.removeListener("nodeAttributesUpdated", listener);
    try { this.graph.mergeNodeAttributes(node, { x, y }); } finally { this.graph.on("nodeAttributesUpdated", listener); }
    this.sigma.refresh({ partialGraph: { nodes: [node], edges: this.graph.edges(node) }, skipIndexation: true, schedule: true });
  }

  private bindEvents() {
    const s = this.sigma;
    this.bindFrameSavings();
    s.on("enterNode", ({ node }) => { this.hovered = node; this.showTooltip(node); s.refresh({ skipIndexation: true }); this.stage.style.cursor = "pointer"; });
    s.on("leaveNode", () => { this.hovered = ""; this.tooltip.hidden = true; s.refresh({ skipIndexation: true }); this.stage.style.cursor = ""; });
    s.on("clickNode", ({ node, event }) => {
      if (this.dragMoved) return; // the end of a drag, not a click
      if ((event.original as MouseEvent).shiftKey) this.toggleMulti(node);
      else { if (this.multi.size) { this.multi.clear(); this.updateButtons(); } this.activate(node); }
    });
    // Two quick Shift+clicks make a double click for sigma: pick, don't zoom.
    s.on("doubleClickNode", ({ node, event }) => {
      if ((event.original as MouseEvent).shiftKey) { event.preventSigmaDefault(); this.toggleMulti(node); }
    });
    s.on("downNode", ({ node }) => { this.dragged = node; this.dragMoved = false; });
    s.on("moveBody", ({ event }) => {
      if (!this.dragged) return;
      const p = s.viewportToGraph(event);
      if (!this.dragMoved) {
        this.dragMoved = true; this.fixed.add(this.dragged);
        // Freeze the frame: a node dragged past the edge of the drawing
        // would otherwise rescale everything under the pointer.
        if (!s.getCustomBBox()) s.setCustomBBox(s.getBBox());
      }
      this.moveNode(this.dragged, p.x, p.y);
      event.preventSigmaDefault(); event.original.preventDefault(); event.original.stopPropagation();
    });
    const stop = () => {
      // moveNode left sigma's label index behind: bring it up to date once.
      if (this.dragged && this.dragMoved) s.scheduleRefresh();
      this.dragged = ""; setTimeout(() => { this.dragMoved = false; }, 0);
    };
    s.on("upNode", stop); s.on("upStage", stop);
    s.on("enterEdge", ({ edge }) => { this.hoveredEdge = edge; this.showEdgeTooltip(edge); s.refresh({ skipIndexation: true }); this.stage.style.cursor = "pointer"; });
    // A met edge opens the pair's dossier: every meeting of the two.
    s.on("clickEdge", ({ edge }) => {
      const a = this.graph.getEdgeAttributes(edge);
      if (a.edgeType !== "met") return;
      this.tooltip.hidden = true;
      update({ pair: this.graph.extremities(edge).join(",") });
    });
    s.on("leaveEdge", () => { this.hoveredEdge = ""; if (!this.hovered) this.tooltip.hidden = true; s.refresh({ skipIndexation: true }); this.stage.style.cursor = ""; });
    s.getMouseCaptor().on("mousemovebody", (e) => {
      if (this.hovered || this.hoveredEdge) { this.tooltip.style.left = e.x + 14 + "px"; this.tooltip.style.top = e.y + 14 + "px"; }
    });
    s.on("clickStage", ({ event }) => {
      this.tooltip.hidden = true;
      if (!(event.original as MouseEvent).shiftKey && this.multi.size) { this.multi.clear(); this.updateButtons(); s.refresh({ skipIndexation: true }); }
    });
    this.root.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "z") { e.preventDefault(); this.undo(); }
      else if (e.key === "Delete" && (this.selected || this.multi.size)) this.hideSelected();
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

  private showEdgeTooltip(edge: string) {
    const a = this.graph.getEdgeAttributes(edge);
    const [s, t] = this.graph.extremities(edge).map((n) => this.graph.getNodeAttribute(n, "label"));
    clear(this.tooltip,
      h("strong", null, `${s} — ${t}`),
      a.edgeType === "met"
        ? [h("div", null, `met ${a.count} time${a.count === 1 ? "" : "s"}`),
          a.places.length ? h("div", null, "in " + a.places.join(", ")) : h("div", null, "place unknown"),
          a.last ? h("div", null, "last on " + fmtDate(a.last)) : null,
          h("blockquote", { class: "tip-quote" }, this.quotes.get(edge) ?? "…"),
          h("div", { class: "hint" }, "click: every meeting of the two")]
        : h("div", null, a.edgeType === "position" ? `post: ${a.title || "position"}` : a.edgeType === "mediator" ? "mediates" : a.edgeType === "party" ? "party to" : a.edgeType),
    );
    this.tooltip.dataset.edge = edge;
    this.tooltip.hidden = false;
    if (a.edgeType === "met" && !this.quotes.has(edge)) void this.fetchQuote(edge);
  }

  /** The latest meeting's evidence for a met edge's hover, fetched once. */
  private quotes = new Map<string, string>();
  private async fetchQuote(edge: string) {
    const [s, t] = this.graph.extremities(edge);
    try {
      const page = await api.meetings({ actor: s, with: t, limit: 1, asOf: state().asOf });
      const m = page.items[0];
      const src = m?.sources.find((r) => r.evidence) ?? m?.sources[0];
      this.quotes.set(edge, m?.evidence ? `“${m.evidence}”${src ? ` — ${[src.publisher, src.published].filter(Boolean).join(", ")}` : ""}` : "no quote on record");
    } catch { this.quotes.set(edge, ""); return; }
    if (this.hoveredEdge === edge) this.showEdgeTooltip(edge);
  }

  private toggleMulti(node: string) {
    if (this.multi.has(node)) this.multi.delete(node); else this.multi.add(node);
    this.updateButtons();
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Pins (or unpins, when all are pinned) the multi-selection or the selected node. */
  togglePin() {
    const nodes = this.multi.size ? [...this.multi] : this.selected ? [this.selected] : [];
    if (!nodes.length) return;
    const unpin = nodes.every((n) => this.fixed.has(n));
    for (const n of nodes) if (unpin) this.fixed.delete(n); else this.fixed.add(n);
    this.updateButtons();
    this.sigma.refresh();
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
    this.updateButtons();
    this.sigma.refresh({ skipIndexation: true });
  }

  private async fetchGraph(actor: string, depth: number): Promise<Subgraph> {
    const st = state();
    const key = actor + "|" + depth + "|" + st.asOf + "|" + version();
    let sg = this.cache.get(key);
    if (!sg) { sg = await api.graph(actor, depth, 300, st.asOf); this.cache.set(key, sg); }
    return sg;
  }

  /** Brings the graph in line with the URL state. */
  async sync(st: State) {
    const a = this.applied;
    const sameBase = a.actor === st.actor && a.depth === st.depth && a.asOf === st.asOf && a.version === version();
    const seq = ++this.loadSeq;
    this.graphml.href = "/api/export.graphml" + qs({ actor: st.actor, depth: st.depth });
    this.graphml.setAttribute("download", `parley-${(st.actor || "graph").replace(/[^a-z0-9]+/gi, "-")}.graphml`);
    if (!st.actor) {
      this.graph.clear(); this.history = []; this.applied = { actor: "", expand: [], hide: [], depth: st.depth, asOf: st.asOf, version: version() };
      this.refreshView(); this.showOverlay(); return;
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
      this.applied = { actor: st.actor, depth: st.depth, expand: [...st.expand], hide: [...st.hide], asOf: st.asOf, version: version() };
      await this.applyFilters(st);
      this.refreshView();
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
    // A different day or fresh data over the same actor keeps the places of
    // the nodes still there, so the picture changes only where facts do.
    const keep = this.applied.actor === st.actor ? new Map(this.graph.mapNodes((n, a) => [n, [a.x, a.y]] as const)) : new Map<string, readonly [number, number]>();
    if (!keep.size) this.fixed.clear();
    this.graph.clear(); this.history = []; this.multi.clear();
    this.truncated = !!(base.nodesTruncated ?? base.truncated); this.weakTiesLeft = !!base.edgesTruncated;
    merge(this.graph, base);
    if (this.graph.hasNode(st.actor) && !keep.has(st.actor)) this.graph.mergeNodeAttributes(st.actor, { x: 0, y: 0 });
    this.applied = { actor: st.actor, depth: st.depth, expand: [], hide: [], asOf: st.asOf, version: version() };
    for (const id of st.expand) await this.expand(id, seq, false);
    for (const id of st.hide) this.hide(id);
    for (const [n, xy] of keep) if (this.graph.hasNode(n)) this.graph.mergeNodeAttributes(n, { x: xy[0], y: xy[1] });
    this.loading = false;
    this.selected = st.sel || st.actor;
    this.tune();
    this.computeVisible();
    if (!keep.size) this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    void this.layout(this.graph.order > 1000 ? 150 : 300).then(() => { if (seq === this.loadSeq && !keep.size) this.fit(); });
  }

  private async expand(actor: string, seq: number, relayout = true) {
    const sg = await this.fetchGraph(actor, 1);
    if (seq !== this.loadSeq) return;
    if (!this.graph.hasNode(actor)) {
      const n = sg.nodes.find((x) => x.id === actor);
      if (n) merge(this.graph, { nodes: [n], edges: [], truncated: false });
    }
    const before = new Set(this.graph.nodes());
    const added = merge(this.graph, sg, actor);
    if (sg.nodesTruncated ?? sg.truncated) this.truncated = true;
    if (sg.edgesTruncated) this.weakTiesLeft = true;
    this.history.push({ op: "expand", actor, ...added });
    this.applied.expand.push(actor);
    this.tune();
    this.computeVisible();
    // Only the new nodes move, and the frame stays: what was on screen
    // keeps its place; the camera zooms out only if the new nodes overflow.
    if (relayout && added.nodes.length) void this.layout(200, { freeze: before, keepFrame: true }).then(() => { if (seq === this.loadSeq) this.fit(true); });
  }

  private hide(node: string) {
    if (!this.graph.hasNode(node)) return;
    this.graph.setNodeAttribute(node, "hidden", true);
    this.history.push({ op: "hide", node });
    this.applied.hide.push(node);
    this.visible.delete(node);
    this.multi.delete(node);
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
    this.computeVisible();
    return true;
  }

  /** Hides the Shift+click selection, or else the selected node. */
  hideSelected() {
    const st = state();
    const nodes = (this.multi.size ? [...this.multi] : this.selected ? [this.selected] : []).filter((n) => !st.hide.includes(n));
    if (!nodes.length) return;
    this.multi.clear();
    update({ hide: [...st.hide, ...nodes] });
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
    const picked = this.multi.size;
    this.hideBtn.textContent = picked ? `Hide ${picked} selected` : "Hide";
    this.hideBtn.disabled = !picked && !this.selected;
    this.pinBtn.disabled = !picked && !this.selected;
    const targets = picked ? [...this.multi] : this.selected ? [this.selected] : [];
    this.pinBtn.textContent = targets.length && targets.every((n) => this.fixed.has(n)) ? "Unpin" : "Pin";
    this.pinBtn.setAttribute("aria-pressed", String(targets.length > 0 && targets.every((n) => this.fixed.has(n))));
    const hidden = this.graph.filterNodes((_, a) => a.hidden).length;
    const filtered = this.graph.order - hidden - this.visible.size;
    const shown = this.visible.size;
    this.status.textContent = this.graph.order
      ? `${shown} nodes · ${this.graph.size} edges${hidden ? ` · ${hidden} hidden` : ""}${filtered > 0 ? ` · ${filtered} filtered out` : ""}${picked ? ` · ${picked} picked` : ""}${this.fixed.size ? ` · ${this.fixed.size} pinned` : ""}${this.truncated ? " · truncated: some neighbours left out" : ""}${this.weakTiesLeft ? " · strongest ties only" : ""}`
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
      const box = stateBox("empty", "Start from a name",
        "Type a person, state or organisation in the search box above (press / to jump there), or start from the busiest actors on the home page.");
      box.append(h("a", { href: "/", class: "button", "data-action": "go-home", onclick: (e: Event) => { e.preventDefault(); update({ view: "home" }); } }, "What is in here →"));
      clear(this.overlay, box);
      this.overlay.hidden = false;
    } else if (this.graph.order === 0) {
      clear(this.overlay, stateBox("empty", "Nothing to draw", "This actor has no recorded connections yet."));
      this.overlay.hidden = false;
    } else {
      this.overlay.hidden = true;
    }
  }

  /** Fits the drawing, labels included, to the canvas (sigma's own reset
   * fits node centres only, so long labels at the edge were cut). With
   * onlyIfOverflow, leaves the camera alone when everything is in view. */
  fit(onlyIfOverflow = false, round = 0) {
    const cam = this.sigma.getCamera();
    if (this.big || !this.visible.size) { if (!onlyIfOverflow) void cam.animatedReset({ duration: 300 }); return; }
    const { width, height } = this.sigma.getDimensions();
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = "600 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    this.graph.forEachNode((n, a) => {
      const d = this.sigma.getNodeDisplayData(n);
      if (!d || !this.visible.has(n)) return;
      const v = this.sigma.framedGraphToViewport(d), r = this.sigma.scaleSize(d.size) + 2;
      minX = Math.min(minX, v.x - r); maxX = Math.max(maxX, v.x + r + 6 + ctx.measureText(a.label ?? "").width);
      minY = Math.min(minY, v.y - r - 4); maxY = Math.max(maxY, v.y + r + 4);
    });
    if (!isFinite(minX)) return;
    const pad = 24;
    const k = Math.max((maxX - minX) / (width - 2 * pad), (maxY - minY) / (height - 2 * pad));
    if (onlyIfOverflow && minX >= 0 && maxX <= width && minY >= 0 && maxY <= height) return;
    const c = this.sigma.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 });
    const st = cam.getState();
    // Labels keep their size when zooming out, so a second look settles it.
    void cam.animate({ x: c.x, y: c.y, ratio: st.ratio * Math.min(4, Math.max(0.8, k * 1.04)), angle: 0 }, { duration: 200 })
      .then(() => { if (round < 2) this.fit(true, round + 1); });
  }

  /** Runs ForceAtlas2 in the worker for up to a number of iterations; it
   * stops early once converged or when its time budget is spent (10 s for
   * big graphs, 5 s otherwise). Positions arrive at most every 150 ms on a
   * big graph and are applied once per animation frame. */
  layout(iterations: number, opts: { budgetMs?: number; converge?: boolean; interval?: number; freeze?: Set<string>; keepFrame?: boolean } = {}): Promise<void> {
    this.stopLayout();
    if (opts.keepFrame) { if (!this.sigma.getCustomBBox()) this.sigma.setCustomBBox(this.sigma.getBBox()); }
    else this.sigma.setCustomBBox(null); // a drag froze the frame; the layout reframes
    const nodes = this.graph.nodes();
    if (nodes.length < 2) return Promise.resolve();
    const index = new Map(nodes.map((n, i) => [n, i]));
    const xy = new Float32Array(nodes.length * 2);
    const fixed = new Uint8Array(nodes.length);
    nodes.forEach((n, i) => {
      const a = this.graph.getNodeAttributes(n);
      xy[2 * i] = a.x; xy[2 * i + 1] = a.y; fixed[i] = this.fixed.has(n) || opts.freeze?.has(n) ? 1 : 0;
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
    const big = this.big;
    let pending: Float32Array | undefined, scheduled = false, timer = 0, lastApply = 0, cost = 0;
    const apply = () => {
      scheduled = false;
      const out = pending; pending = undefined;
      if (!out || run !== this.run) return; // a newer layout, or stopped
      const t = performance.now();
      this.graph.updateEachNodeAttributes((n, a) => {
        const i = index.get(n);
        if (i === undefined || n === this.dragged || this.fixed.has(n) || opts.freeze?.has(n)) return a;
        a.x = out[2 * i]; a.y = out[2 * i + 1];
        return a;
      }, { attributes: ["x", "y"] });
      lastApply = t;
      cost = performance.now() - t + this.renderMs;
    };
    // Each update re-indexes the whole graph in sigma; on a big graph that
    // is tens of milliseconds, so updates are spaced to keep the layout to
    // about a third of the main thread and the page responsive.
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      const wait = lastApply + 3 * cost - performance.now();
      if (wait > 0) timer = window.setTimeout(() => requestAnimationFrame(apply), wait);
      else requestAnimationFrame(apply);
    };
    return new Promise((resolve) => {
      this.worker!.onmessage = (e: MessageEvent<{ type: string; run: number; xy: Float32Array; done: boolean; reason: string; iterations: number; ms: number }>) => {
        if (e.data.run !== this.run) return;
        pending = e.data.xy;
        if (e.data.done) {
          clearTimeout(timer);
          apply();
          this.lastLayout = { iterations: e.data.iterations, ms: e.data.ms, reason: e.data.reason };
          this.layoutRunning = false; resolve();
        } else schedule();
      };
      this.worker!.postMessage({ type: "start", run, xy, fixed, edges, weights, iterations,
        budgetMs: opts.budgetMs ?? (big ? 10000 : 5000), converge: opts.converge ?? true, interval: opts.interval ?? (big ? 150 : 0) },
      [xy.buffer, fixed.buffer, edges.buffer, weights.buffer]);
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

  /** SVG of what is drawn (visible nodes, edges, labels) in screen
   * coordinates: vector output for slides and print. Shapes follow the
   * node kinds; labels are those sigma shows at this zoom. */
  exportSVG(download = true): string {
    const NS = "http://www.w3.org/2000/svg";
    const { width, height } = this.sigma.getDimensions();
    const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]!));
    const pos = (n: string) => { const d = this.sigma.getNodeDisplayData(n)!; const v = this.sigma.framedGraphToViewport(d); return { ...d, vx: v.x, vy: v.y, r: this.sigma.scaleSize(d.size) }; };
    const parts: string[] = [];
    parts.push(`<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`);
    parts.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
    parts.push(`<g stroke-linecap="round">`);
    this.graph.forEachEdge((e, _a, s, t) => {
      const d = this.sigma.getEdgeDisplayData(e);
      if (!d || d.hidden) return;
      const ps = this.sigma.getNodeDisplayData(s), pt = this.sigma.getNodeDisplayData(t);
      if (!ps || !pt || ps.hidden || pt.hidden) return;
      const a = pos(s), b = pos(t);
      parts.push(`<line x1="${a.vx.toFixed(1)}" y1="${a.vy.toFixed(1)}" x2="${b.vx.toFixed(1)}" y2="${b.vy.toFixed(1)}" stroke="${d.color}" stroke-width="${Math.max(0.8, this.sigma.scaleSize(d.size)).toFixed(2)}" opacity="0.85"/>`);
    });
    parts.push(`</g><g stroke-width="1.5">`);
    const labels: string[] = [];
    const shown = this.sigma.getNodeDisplayedLabels();
    this.graph.forEachNode((n) => {
      const d = this.sigma.getNodeDisplayData(n) as any;
      if (!d || d.hidden) return;
      const p = pos(n), r = p.r, x = p.vx, y = p.vy;
      const stroke = "#1e293b";
      const shape: Shape = d.shape ?? "circle";
      const poly = (pts: [number, number][]) => `<polygon points="${pts.map(([u, v]) => `${(x + u * r).toFixed(1)},${(y + v * r).toFixed(1)}`).join(" ")}" fill="${d.color}" stroke="${stroke}"/>`;
      if (shape === "square") parts.push(`<rect x="${(x - r * 0.78).toFixed(1)}" y="${(y - r * 0.78).toFixed(1)}" width="${(1.56 * r).toFixed(1)}" height="${(1.56 * r).toFixed(1)}" fill="${d.color}" stroke="${stroke}"/>`);
      else if (shape === "diamond") parts.push(poly([[0, -1.05], [1.05, 0], [0, 1.05], [-1.05, 0]]));
      else if (shape === "triangle") parts.push(poly([[0, -1], [0.9, 0.62], [-0.9, 0.62]]));
      else if (shape === "hexagon") parts.push(poly([[-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87], [-1, 0]]));
      else parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${d.color}" stroke="${stroke}"/>`);
      if (d.label && (shown.has(n) || d.forceLabel || d.highlighted))
        labels.push(`<text x="${(x + r + 3).toFixed(1)}" y="${(y + 4).toFixed(1)}" font-size="13" font-weight="600" fill="#0f172a" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(d.label)}</text>`);
    });
    parts.push(`</g><g>`, ...labels, `</g>`);
    parts.push(`<text x="10" y="${height - 10}" font-size="12" fill="#475569">Parley · ${new Date().toISOString().slice(0, 10)}${state().asOf ? " · as known on " + esc(state().asOf) : ""}</text></svg>`);
    const svg = parts.join("\n");
    if (download) {
      const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
      const a = h("a", { href: url, download: `parley-graph-${state().actor || "view"}.svg` });
      document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 5000);
    }
    return svg;
  }

  /** Benchmark hook (`make bench-ui`, and the end-to-end test): replaces
   * the graph with a synthetic one and measures, in this browser, what an
   * analyst feels: time to the first frame; the layout (frame rate while it
   * runs, when and why it stops); panning and zooming as a mouse drag does
   * them; dragging a node; hovering a node (time to the frame that shows
   * its neighbourhood). Each phase runs `seconds`. "main" times are the
   * main thread's share of a frame (sigma's render call), which does not
   * depend on the GPU; frame rates do. */
  async benchmark(nodes = 5000, edges = 20000, seconds = 3) {
    this.stopLayout();
    this.loadSeq++;
    this.graph.clear(); this.history = [];
    this.overlay.hidden = true;
    const s = this.sigma, cam = s.getCamera(), captor = s.getMouseCaptor();

    // Main-thread time of every render (bindFrameSavings keeps the last),
    // and a frame loop that drives a phase and reports its frame rate and
    // frame times.
    let main: number[] = [], renders = 0;
    const after = () => { main.push(this.renderMs); renders++; };
    s.on("afterRender", after);
    const pct = (xs: number[], p: number) => { if (!xs.length) return 0; const v = [...xs].sort((x, y) => x - y); return +v[Math.min(v.length - 1, Math.floor(v.length * p))].toFixed(1); };
    const phase = (ms: number, each?: (k: number) => void, until?: () => boolean) => new Promise<Phase>((resolve) => {
      main = []; renders = 0;
      const gaps: number[] = [];
      const start = performance.now(); let last = start, k = 0;
      const tick = () => {
        const now = performance.now();
        gaps.push(now - last);
        last = now;
        each?.(k++);
        if (now - start < ms && !until?.()) { requestAnimationFrame(tick); return; }
        resolve({ fps: +(gaps.length / ((now - start) / 1000)).toFixed(1), p95FrameMs: pct(gaps, 0.95), worstFrameMs: Math.round(Math.max(0, ...gaps)),
          renders, mainP50Ms: pct(main, 0.5), mainP95Ms: pct(main, 0.95) });
      };
      requestAnimationFrame(tick);
    });
    const moveCamera = (k: number) => { captor.isMoving = true; cam.setState({ x: 0.5 + 0.1 * Math.sin(k / 10), y: 0.5 + 0.05 * Math.cos(k / 12), ratio: 1 + 0.3 * Math.sin(k / 15) }); };
    const rest = () => { captor.isMoving = false; cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); };

    // 0. The ceiling this browser sets: the explorer's canvases cleared and
    // composited every frame, nothing drawn on them.
    const ceiling = await phase(seconds * 1000, moveCamera);
    rest();

    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const kinds = ["person", "state", "organization", "group"] as const;
    const t0 = performance.now();
    const nodeList: GNode[] = [];
    for (let i = 0; i < nodes; i++) nodeList.push({ id: "n" + i, label: "Actor " + i, type: "actor", kind: kinds[i % 4], mediator: rnd() < 0.1, party: rnd() < 0.2, meetings: Math.floor(rnd() * 20) });
    // Communities of 50 (80% of edges inside one), like a real neighbourhood.
    const edgeList: GEdge[] = [];
    for (let j = 0; j < edges; j++) {
      const a = Math.floor(rnd() * nodes);
      const b = Math.floor(a / 50) * 50 + Math.floor(rnd() * 50) < nodes && rnd() < 0.8 ? Math.floor(a / 50) * 50 + Math.floor(rnd() * 50) : Math.floor(rnd() * nodes);
      edgeList.push({ id: "e" + j, source: "n" + a, target: "n" + Math.min(nodes - 1, b), type: "met", count: 1 + Math.floor(rnd() * 5) });
    }
    this.tune(nodes, edges);
    this.graph.import({
      nodes: nodeList.map((n) => ({ key: n.id, attributes: { ...nodeAttrs(n), size: 2 + (n.meetings ?? 0) / 4, x: rnd() * 1000, y: rnd() * 1000 } })),
      edges: edgeList.map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: edgeAttrs(e) })),
    });
    this.filters = { off: new Set(), place: "", from: "", to: "" };
    this.filterKey = "benchmark";
    this.computeVisible();
    const firstRender = await new Promise<number>((resolve) => {
      s.once("afterRender", () => resolve(performance.now() - t0));
      s.refresh();
    });
    this.updateButtons();

    // 1. The layout as the explorer runs it: positions stream in from the
    // worker and sigma redraws; it stops by itself (converged or out of time).
    const tl = performance.now();
    let layoutDoneMs = 0;
    const done = this.layout(1000000).then(() => { layoutDoneMs = performance.now() - tl; });
    const during = await phase(seconds * 1000, undefined, () => !this.layoutRunning);
    await Promise.race([done, new Promise((r) => setTimeout(r, 20000))]);
    const layout = { ...during, ...(this.lastLayout ?? { iterations: 0, ms: 0, reason: "still running" }), wallMs: Math.round(layoutDoneMs) };
    this.stopLayout();

    // 2. Panning and zooming with the mouse held down: the camera moves
    // every frame and sigma knows the view is moving.
    const pan = await phase(seconds * 1000, moveCamera);
    rest();

    // 3. Dragging a busy node in a circle, as the mouse does: the node is
    // hovered (its edges highlighted, the others hidden) and follows the
    // pointer every frame.
    const mouse = { x: 0, y: 0, original: new MouseEvent("mousemove") };
    let hub = "n0";
    this.graph.forEachNode((n) => { if (this.graph.degree(n) > this.graph.degree(hub)) hub = n; });
    const home = this.graph.getNodeAttributes(hub);
    s.emit("enterNode", { node: hub, event: mouse } as never);
    this.dragged = hub; this.dragMoved = true;
    const drag = await phase(seconds * 1000, (k) => this.moveNode(hub, home.x + 60 * Math.cos(k / 8), home.y + 60 * Math.sin(k / 8)));
    this.dragged = ""; this.dragMoved = false;
    s.emit("leaveNode", { node: hub, event: mouse } as never);
    this.graph.mergeNodeAttributes(hub, { x: home.x, y: home.y });

    // 4. Hover: from entering a node to the frame that highlights its
    // neighbourhood (every node and edge goes through the reducers).
    const hover: number[] = [];
    for (let i = 0; i < 7; i++) {
      const node = "n" + ((i * 613) % nodes);
      const t = performance.now();
      await new Promise<void>((r) => { s.once("afterRender", () => r()); s.emit("enterNode", { node, event: mouse } as never); });
      hover.push(performance.now() - t);
      await new Promise<void>((r) => { s.once("afterRender", () => r()); s.emit("leaveNode", { node, event: mouse } as never); });
    }
    s.off("afterRender", after);
    return {
      renderer: webglRenderer(), nodes: this.graph.order, edges: this.graph.size, bigMode: this.big,
      ceiling, firstRenderMs: Math.round(firstRender), layout, pan, drag, hoverP50Ms: pct(hover, 0.5), hoverWorstMs: Math.round(Math.max(...hover)),
      errors: [...errors],
    };
  }
}

interface Phase { fps: number; p95FrameMs: number; worstFrameMs: number; renders: number; mainP50Ms: number; mainP95Ms: number }

/** The WebGL renderer the browser uses (a GPU, or a software rasterizer
 * such as SwiftShader or Mesa's llvmpipe): benchmark figures depend on it. */
function webglRenderer(): string {
  const gl = document.createElement("canvas").getContext("webgl");
  if (!gl) return "no WebGL";
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/** Errors worth seeing in tests and bug reports. */
export const errors: string[] = [];
window.addEventListener("error", (e) => errors.push(e.message));
window.addEventListener("unhandledrejection", (e) => errors.push(String(e.reason)));

function isPrefix(a: string[], b: string[]) {
  return a.length <= b.length && a.every((x, i) => b[i] === x);
}
