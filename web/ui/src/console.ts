// The Cypher console: CodeMirror 6 with the Cypher mode, completion of
// labels, relationship types and properties (from db.labels() and
// friends), example queries, results as a table and as a drawing.
import { EditorView, basicSetup } from "codemirror";
import { keymap, Decoration, type DecorationSet } from "@codemirror/view";
import { EditorState, Prec, StateEffect, StateField } from "@codemirror/state";
import { StreamLanguage } from "@codemirror/language";
import { autocompletion, type CompletionContext, type Completion } from "@codemirror/autocomplete";
import { cypher as cypherMode } from "@codemirror/legacy-modes/mode/cypher";
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { cypher, ApiError, type CypherResult } from "./api";
import { h, clear, stateBox, errMsg } from "./dom";
import { merge } from "./graph";
import { NodeShapeProgram } from "./shapes";
import { state, update } from "./state";

export const EXAMPLES: { title: string; query: string }[] = [
  { title: "Who met whom in Paris", query: `// Who met whom in Paris, newest first
MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)-[:HELD_IN]->(:Place {name: 'Paris'}),
      (b:Actor)-[:ATTENDED]->(m)
WHERE a.name < b.name
RETURN a.name AS actor, b.name AS met, m.date AS date, a, b, m
ORDER BY m.date DESC` },
  { title: "Who met William Burns", query: `// Who met William Burns, where and when
MATCH (p:Person {name: 'William Burns'})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other)
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN other.name AS met, m.date AS date, pl.name AS place
ORDER BY m.date DESC` },
  { title: "Mediators and parties of each negotiation", query: `// Mediators and parties of each negotiation
MATCH (n:Negotiation)
OPTIONAL MATCH (med)-[:MEDIATES]->(n)
OPTIONAL MATCH (party)-[:PARTY_TO]->(n)
RETURN n.topic AS negotiation, collect(DISTINCT med.name) AS mediators, collect(DISTINCT party.name) AS parties` },
  { title: "Shortest path between two officials", query: `// Shortest connection between two officials (bounded)
MATCH (a:Person {name: 'William Burns'}), (b:Person {name: 'Mohammed bin Abdulrahman bin Jassim Al Thani'})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN p` },
  { title: "Meetings and their sources", query: `// Every meeting with its evidence and source
MATCH (m:Meeting)-[r:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN m.date AS date, pl.name AS place, r.evidence AS evidence, s.publisher AS publisher
ORDER BY date DESC LIMIT 50` },
];

const KEYWORDS = ["MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "ORDER BY", "LIMIT", "SKIP", "DISTINCT", "UNWIND", "AS", "AND", "OR", "NOT", "IN", "CONTAINS", "STARTS WITH", "ENDS WITH", "IS NULL", "IS NOT NULL", "CALL", "YIELD", "UNION", "CASE", "WHEN", "THEN", "ELSE", "END", "count", "collect", "shortestPath", "allShortestPaths", "size", "coalesce", "toLower", "labels", "type", "nodes", "relationships", "length"];

let schema: Promise<{ labels: string[]; rels: string[]; props: string[] }> | undefined;
function loadSchema() {
  if (!schema) {
    const col = async (q: string) => { try { return (await cypher(q)).rows.map((r) => String(r[0])); } catch { return []; } };
    schema = Promise.all([col("CALL db.labels()"), col("CALL db.relationshipTypes()"), col("CALL db.propertyKeys()")])
      .then(([labels, rels, props]) => ({ labels, rels, props }));
  }
  return schema;
}

async function complete(ctx: CompletionContext) {
  const s = await loadSchema();
  const label = ctx.matchBefore(/:\s*`?\w*$/);
  if (label) {
    const from = label.from + label.text.search(/\w|$/);
    // After "[" (or "[r") it is a relationship; after "(" a label.
    const before = ctx.state.sliceDoc(Math.max(0, label.from - 40), label.from);
    const rel = /\[[^\]\(\)]*$/.test(before) || /\|\s*$/.test(before);
    const opts: Completion[] = rel
      ? s.rels.map((r) => ({ label: r, type: "type", detail: "relationship" }))
      : [...s.labels.map((l) => ({ label: l, type: "class", detail: "label" })), ...s.rels.map((r) => ({ label: r, type: "type", detail: "relationship" }))];
    return { from, options: opts, validFor: /^\w*$/ };
  }
  const prop = ctx.matchBefore(/\.\w*$/);
  if (prop) return { from: prop.from + 1, options: s.props.map((p) => ({ label: p, type: "property" })), validFor: /^\w*$/ };
  const word = ctx.matchBefore(/\w+$/);
  if (!word && !ctx.explicit) return null;
  return { from: word ? word.from : ctx.pos, options: [
    ...KEYWORDS.map((k) => ({ label: k, type: "keyword" })),
    ...s.props.map((p) => ({ label: p, type: "property", boost: -1 })),
  ] };
}

function cell(v: unknown): Node | string {
  if (v === null || v === undefined) return h("span", { class: "muted" }, "null");
  if (Array.isArray(v)) return h("span", null, "[", ...v.flatMap((x, i) => [i ? ", " : "", cell(x)]), "]");
  if (typeof v === "object") {
    const o = v as Record<string, any>;
    if (o._labels) return h("span", { class: "chip chip-node" }, `(:${(o._labels as string[]).join(":")} ${o.name ?? o.topic ?? o.title ?? o.date ?? o._id})`);
    if (o._type) return h("span", { class: "chip chip-rel" }, `[:${o._type}${o.title ? " " + o.title : ""}]`);
    if (o.nodes && o.relationships) return h("span", { class: "chip" }, `path of ${o.relationships.length} hop${o.relationships.length === 1 ? "" : "s"}: `, ...(o.nodes as any[]).flatMap((n, i) => [i ? " — " : "", String(n.name ?? n.topic ?? n.date ?? n._id)]));
    return JSON.stringify(v);
  }
  return String(v);
}

// The error marker: the token a syntax error points at, underlined, and
// its line tinted; cleared by the next edit.
const setError = StateEffect.define<{ from: number; to: number } | null>();
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    if (tr.docChanged) return Decoration.none;
    for (const e of tr.effects) {
      if (!e.is(setError)) continue;
      if (!e.value) return Decoration.none;
      const line = tr.state.doc.lineAt(e.value.from);
      return Decoration.set([
        Decoration.line({ class: "cm-error-line" }).range(line.from),
        Decoration.mark({ class: "cm-error-mark", attributes: { title: "The error is here" } }).range(e.value.from, e.value.to),
      ]);
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Where a Neo4j error message says the error is ("line 2, column 5"), as
 * a range over the word there in the editor's text; null when it says nothing. */
export function errorRange(message: string, doc: string): { from: number; to: number } | null {
  const m = /line (\d+), column (\d+)/.exec(message);
  if (!m) return null;
  const lines = doc.split("\n");
  const line = Number(m[1]), col = Number(m[2]);
  if (line < 1 || line > lines.length) return null;
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.min(col - 1, lines[line - 1].length);
  const word = /^[\p{L}\p{N}_$`]+|^./u.exec(doc.slice(start));
  return { from: start, to: Math.min(doc.length, start + (word ? word[0].length : 1)) };
}

export class ConsoleView {
  private editor: EditorView;
  private out = h("div", { class: "console-out" });
  private tableBox = h("div", { class: "console-table" });
  private graphBox = h("div", { class: "console-graph", role: "img", "aria-label": "Drawing of the query result" });
  private meta = h("div", { class: "console-meta", "aria-live": "polite" });
  readonly graph = new Graph({ multi: true, type: "mixed" });
  private sigma?: Sigma;
  private ran = "";
  private ctrl?: AbortController;
  rows = 0;
  running = false;

  constructor(root: HTMLElement) {
    const run = () => { this.submit(); return true; };
    this.editor = new EditorView({
      parent: h("div"),
      state: EditorState.create({
        doc: state().q || EXAMPLES[0].query,
        extensions: [
          Prec.highest(keymap.of([{ key: "Mod-Enter", run }, { key: "Shift-Enter", run }])),
          basicSetup, StreamLanguage.define(cypherMode),
          autocompletion({ override: [complete], activateOnTyping: true }),
          EditorView.contentAttributes.of({ "aria-label": "Cypher query" }),
          errorField,
        ],
      }),
    });
    const examples = h("select", { class: "tool", "aria-label": "Example queries", onchange: (e: Event) => {
      const sel = e.target as HTMLSelectElement; const ex = EXAMPLES[Number(sel.value)];
      if (ex) this.editor.dispatch({ changes: { from: 0, to: this.editor.state.doc.length, insert: ex.query } });
      sel.value = ""; this.editor.focus();
    } }, h("option", { value: "" }, "Examples…"), ...EXAMPLES.map((x, i) => h("option", { value: String(i) }, x.title)));
    clear(root,
      h("h2", { class: "view-title" }, "Cypher console ", h("span", { class: "muted small" }, "read-only · Ctrl+Enter runs")),
      h("div", { class: "console-editor" }, this.editor.dom),
      h("div", { class: "toolbar" }, h("button", { type: "button", class: "button primary", "data-action": "run", onclick: () => this.submit() }, "▶ Run"), examples, this.meta),
      this.out);
    clear(this.out, stateBox("empty", "Run a query", "Pick an example or write Cypher; labels, relationship types and properties complete as you type."));
    void loadSchema();
  }

  private submit() {
    const q = this.editor.state.doc.toString();
    if (q === state().q) { this.ran = ""; void this.sync(); } else update({ q });
  }

  async sync() {
    const st = state();
    if (st.view !== "console") return;
    if (st.q && st.q !== this.editor.state.doc.toString()) this.editor.dispatch({ changes: { from: 0, to: this.editor.state.doc.length, insert: st.q } });
    if (!st.q || st.q === this.ran) return;
    this.ran = st.q;
    this.ctrl?.abort(); this.ctrl = new AbortController();
    this.running = true;
    clear(this.meta, h("span", { class: "spinner", "aria-hidden": "true" }), " running…");
    const t0 = performance.now();
    try {
      this.editor.dispatch({ effects: setError.of(null) });
      const res = await cypher(st.q, {}, this.ctrl.signal);
      this.show(res, performance.now() - t0);
    } catch (err) {
      if ((err as Error).name === "AbortError") return;
      const refused = err instanceof ApiError && err.status === 400;
      this.rows = 0; this.graph.clear();
      clear(this.meta);
      const range = err instanceof ApiError ? errorRange(err.message, this.editor.state.doc.toString()) : null;
      if (range) this.editor.dispatch({ effects: setError.of(range), selection: { anchor: range.from }, scrollIntoView: true });
      clear(this.out, h("div", { class: "state state-error refusal", role: "alert" },
        h("strong", null, refused ? "Query refused" : err instanceof ApiError && err.status === 504 ? "Query timed out" : "Query failed"),
        h("p", null, errMsg(err)), err instanceof ApiError ? h("code", null, err.code) : null));
    } finally { this.running = false; }
  }

  private show(res: CypherResult, ms: number) {
    this.rows = res.rows.length;
    clear(this.meta, `${res.rows.length} row${res.rows.length === 1 ? "" : "s"} · ${res.graph.nodes.length} nodes drawn · ${Math.round(ms)} ms`,
      res.truncated ? h("span", { class: "badge badge-warn" }, "truncated: more rows exist") : null);
    const warnings = res.warnings?.length ? h("div", { class: "warnings", role: "note" }, h("strong", null, "Warnings"), h("ul", null, res.warnings.map((w) => h("li", null, w)))) : null;
    clear(this.tableBox, res.rows.length
      ? h("table", { class: "data", "aria-label": "Query result" }, h("thead", null, h("tr", null, res.columns.map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", null, res.rows.map((r) => h("tr", null, r.map((v) => h("td", null, cell(v)))))))
      : stateBox("empty", "No rows", "The query matched nothing."));
    clear(this.out, warnings, h("div", { class: "console-results" }, this.tableBox, this.graphBox));
    this.draw(res);
  }

  private draw(res: CypherResult) {
    this.graph.clear();
    merge(this.graph, res.graph);
    const n = this.graph.order;
    this.graph.forEachNode((node, _a) => {
      const i = this.graph.nodes().indexOf(node);
      this.graph.mergeNodeAttributes(node, { x: Math.cos((2 * Math.PI * i) / Math.max(1, n)) * 100, y: Math.sin((2 * Math.PI * i) / Math.max(1, n)) * 100 });
    });
    if (n > 1 && n <= 2000) forceAtlas2.assign(this.graph, { iterations: n > 500 ? 50 : 150, settings: { ...forceAtlas2.inferSettings(this.graph), gravity: 1, barnesHutOptimize: n > 400 } });
    if (!this.sigma) {
      this.sigma = new Sigma(this.graph, this.graphBox, {
        allowInvalidContainer: true, defaultNodeType: "shape", nodeProgramClasses: { shape: NodeShapeProgram },
        labelFont: "system-ui, sans-serif", labelSize: 12, labelRenderedSizeThreshold: 4, renderEdgeLabels: true,
        edgeLabelSize: 10, edgeLabelColor: { color: "#64748b" },
      });
      this.sigma.on("clickNode", ({ node }) => {
        const a = this.graph.getNodeAttributes(node);
        if (a.nodeType === "actor") update({ view: "graph", actor: node, sel: "", expand: [], hide: [] });
        else if (a.nodeType === "meeting") update({ meeting: node });
      });
    }
    this.sigma.refresh();
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.graphBox.hidden = n === 0;
  }
}
