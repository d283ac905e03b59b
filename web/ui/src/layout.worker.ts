// ForceAtlas2 off the main thread: the page posts positions and edges, the
// worker runs the layout in small batches and posts positions back, so
// the canvas stays responsive at thousands of nodes. It stops by itself
// when the layout has converged (nodes barely move, relative to the size
// of the drawing) or when its time budget is spent; positions are posted
// at most every `interval` ms so a big graph is not redrawn for nothing.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

interface Start {
  type: "start"; run: number; xy: Float32Array; fixed: Uint8Array; edges: Uint32Array; weights: Float32Array; iterations: number;
  budgetMs?: number;   // stop after this long (default: no limit)
  interval?: number;   // post positions at most this often, in ms (default 0: every batch)
  converge?: boolean;  // stop once converged (default true)
}
let running = 0;

self.onmessage = (e: MessageEvent<Start | { type: "stop" }>) => {
  const msg = e.data;
  if (msg.type === "stop") { running = 0; return; }
  const run = (running = msg.run);
  const n = msg.xy.length / 2;
  const g = new Graph({ type: "undirected", multi: false });
  for (let i = 0; i < n; i++) g.addNode(i, { x: msg.xy[2 * i], y: msg.xy[2 * i + 1], fixed: msg.fixed[i] === 1 });
  for (let j = 0; j < msg.edges.length; j += 2) {
    const a = msg.edges[j], b = msg.edges[j + 1];
    if (a === b) continue;
    const w = msg.weights[j / 2] || 1;
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, "weight", (x: number) => x + w);
    else g.addEdge(a, b, { weight: w });
  }
  const settings = {
    ...forceAtlas2.inferSettings(g),
    barnesHutOptimize: n > 400,
    gravity: 1, scalingRatio: 8, strongGravityMode: false, edgeWeightInfluence: 0.5,
  };
  let done = 0;
  const batch = n > 2000 ? 2 : 10;
  const t0 = performance.now();
  let lastPost = 0, calm = 0;
  const prev = new Float32Array(n * 2);
  const snapshot = () => { g.forEachNode((key, a) => { const i = Number(key); prev[2 * i] = a.x; prev[2 * i + 1] = a.y; }); };
  snapshot();
  const step = () => {
    if (running !== run) return;
    forceAtlas2.assign(g, { iterations: batch, settings, getEdgeWeight: "weight" });
    done += batch;
    // Convergence: the mean move per iteration against the drawing's extent.
    let moved = 0, minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    g.forEachNode((key, a) => {
      const i = Number(key);
      moved += Math.hypot(a.x - prev[2 * i], a.y - prev[2 * i + 1]);
      if (a.x < minX) minX = a.x; if (a.x > maxX) maxX = a.x; if (a.y < minY) minY = a.y; if (a.y > maxY) maxY = a.y;
    });
    snapshot();
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    const rel = moved / n / batch / extent;
    calm = rel < 0.0004 ? calm + 1 : 0;
    const elapsed = performance.now() - t0;
    const reason = done >= msg.iterations ? "iterations" : msg.converge !== false && calm >= 3 && done >= 30 ? "converged"
      : msg.budgetMs && elapsed > msg.budgetMs ? "budget" : "";
    const now = performance.now();
    if (reason || now - lastPost >= (msg.interval ?? 0)) {
      lastPost = now;
      const out = new Float32Array(n * 2);
      g.forEachNode((key, a) => { const i = Number(key); out[2 * i] = a.x; out[2 * i + 1] = a.y; });
      (self as unknown as Worker).postMessage({ type: "tick", run, xy: out, done: !!reason, reason, iterations: done, ms: Math.round(elapsed), movement: rel }, [out.buffer]);
    }
    if (!reason) setTimeout(step, 0);
  };
  step();
};
