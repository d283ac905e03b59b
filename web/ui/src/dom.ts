// Tiny DOM helpers: elements are built, never assembled from HTML strings,
// so text from the database is never parsed as markup.
type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v as EventListener);
      else if (k === "class") el.className = String(v);
      else if (v === true) el.setAttribute(k, "");
      else el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

export function clear(el: Element, ...children: Child[]) {
  el.replaceChildren();
  append(el, children);
}

export function $(sel: string, root: ParentNode = document): HTMLElement {
  const el = root.querySelector(sel);
  if (!el) throw new Error("missing element " + sel);
  return el as HTMLElement;
}

/** A designed state: loading, empty or error. */
export function stateBox(kind: "loading" | "empty" | "error", title: string, detail?: string): HTMLElement {
  return h("div", { class: "state state-" + kind, role: kind === "error" ? "alert" : "status" },
    kind === "loading" ? h("span", { class: "spinner", "aria-hidden": "true" }) : null,
    h("strong", null, title), detail ? h("p", null, detail) : null);
}

/** A date as the analyst reads it: a day, month or year as stored, and a
 * period ("1973-10-20/1973-10-22") as a range that does not repeat what
 * both ends share ("1973-10-20 – 10-22", "1973-12-30 – 1974-01-02"). */
export function fmtDate(d?: string): string {
  if (!d) return "undated";
  const [a, b] = d.split("/");
  if (!b) return a;
  if (a === b) return a;
  if (a.slice(0, 4) !== b.slice(0, 4) || a.length !== b.length) return `${a} – ${b}`;
  return `${a} – ${b.slice(5)}`;
}

export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number) {
  let t: number | undefined;
  return (...a: A) => { window.clearTimeout(t); t = window.setTimeout(() => fn(...a), ms); };
}

export function errMsg(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
