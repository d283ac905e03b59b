// ForceAtlas2 off the main thread: the page posts positions and edges, the
// worker runs the layout in small batches and posts positions back, so
// the canvas stays responsive at thousands of nodes.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

interface Start { type: "start"; run: number; xy: Float32Array; fixed: Uint8Array; edges: Uint32Array; weights: Float32Array; iterations: number }
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
  const step = () => {
    if (running !== run) return;
    forceAtlas2.assign(g, { iterations: batch, settings, getEdgeWeight: "weight" });
    done += batch;
    const out = new Float32Array(n * 2);
    g.forEachNode((key, a) => { const i = Number(key); out[2 * i] = a.x; out[2 * i + 1] = a.y; });
    (self as unknown as Worker).postMessage({ type: "tick", run, xy: out, done: done >= msg.iterations }, [out.buffer]);
    if (done < msg.iterations) setTimeout(step, 0);
  };
  step();
};
