// The search box: suggestions as you type (names and aliases), arrows to
// move, Enter to pick, Esc to close, "/" anywhere to focus. ARIA combobox.
import { api, type ActorHit } from "./api";
import { h, clear, debounce } from "./dom";
import { state, update } from "./state";

export interface SearchOptions {
  id?: string;            // the input's id ("search" for the top bar)
  label?: string;         // accessible name
  placeholder?: string;
  onPick?: (hit: ActorHit) => void; // default: open the actor in the current view
  slash?: boolean;        // "/" focuses this box
}

/** An actor search box (ARIA combobox). The top bar's opens what is
 * picked; others (the merge form) hand the pick to onPick. Returns the input. */
export function mountSearch(root: HTMLElement, opts: SearchOptions = {}) {
  const id = opts.id ?? "search";
  const listId = id === "search" ? "suggestions" : id + "-suggestions";
  const input = h("input", {
    type: "search", id, placeholder: opts.placeholder ?? "Search actors: a name or alias (press /)", autocomplete: "off", spellcheck: "false",
    role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": listId, "aria-label": opts.label ?? "Search actors",
  }) as HTMLInputElement;
  const list = h("ul", { id: listId, role: "listbox", class: "suggestions", hidden: true, "aria-label": "Suggestions" });
  root.append(input, list);
  let hits: ActorHit[] = [];
  let active = -1;
  let ctrl: AbortController | undefined;

  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) input.setAttribute("aria-activedescendant", listId + "-" + i); else input.removeAttribute("aria-activedescendant");
  };
  const pick = (hit: ActorHit) => {
    close();
    input.value = hit.name;
    input.dataset.actor = hit.id;
    if (opts.onPick) { opts.onPick(hit); return; }
    const st = state();
    update({ actor: hit.id, sel: "", expand: [], hide: [], view: st.view === "table" || st.view === "timeline" ? st.view : "graph" });
    input.blur();
  };
  const render = (q: string) => {
    clear(list);
    if (!hits.length) {
      list.append(h("li", { class: "none", role: "option", "aria-disabled": "true" }, `No actor matches “${q}”`));
    }
    hits.forEach((hit, i) => {
      const alias = hit.aliases?.find((a) => a.toLowerCase().includes(q.toLowerCase()) && !hit.name.toLowerCase().includes(q.toLowerCase()));
      list.append(h("li", { id: listId + "-" + i, role: "option", "aria-selected": "false", class: "suggestion",
        onmousedown: (e: Event) => { e.preventDefault(); pick(hit); } },
        h("span", { class: "glyph shape-" + ({ person: "circle", state: "square", organization: "diamond", group: "triangle" }[hit.kind] ?? "circle") }),
        h("span", { class: "name" }, hit.name),
        alias ? h("span", { class: "muted" }, ` (${alias})`) : null,
        h("span", { class: "kind" }, `${hit.kind} · ${hit.meetings} meeting${hit.meetings === 1 ? "" : "s"}`)));
    });
    list.hidden = false; input.setAttribute("aria-expanded", "true");
    highlight(hits.length ? 0 : -1);
  };
  const lookup = debounce(async (q: string) => {
    ctrl?.abort(); ctrl = new AbortController();
    try {
      const page = await api.actors(q, 8, ctrl.signal);
      if (input.value.trim() !== q) return;
      hits = page.items; render(q);
    } catch (err) {
      if ((err as Error).name === "AbortError") return;
      clear(list, h("li", { class: "none", role: "option", "aria-disabled": "true" }, "Search failed: " + (err as Error).message));
      list.hidden = false;
    }
  }, 120);

  input.addEventListener("input", () => {
    delete input.dataset.actor;
    const q = input.value.trim();
    if (!q) { hits = []; close(); return; }
    lookup(q);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && hits.length) { e.preventDefault(); if (list.hidden) render(input.value.trim()); else highlight((active + 1) % hits.length); }
    else if (e.key === "ArrowUp" && hits.length) { e.preventDefault(); highlight((active - 1 + hits.length) % hits.length); }
    else if (e.key === "Enter") { e.preventDefault(); if (!list.hidden && active >= 0 && hits[active]) pick(hits[active]); }
    else if (e.key === "Escape") { close(); }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  if (opts.slash !== false && id === "search") document.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement;
    if (e.key === "/" && !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t.isContentEditable || t.closest(".cm-editor"))) {
      e.preventDefault(); input.focus(); input.select();
    }
  });
  return input;
}
