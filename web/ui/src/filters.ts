// The graph's filter sidebar, which doubles as its legend: kind (shape)
// and role (colour) checkboxes hide and show nodes; place and period
// narrow the meetings drawn. Everything lives in the URL (off=, place=,
// from=, to=), so the table, timeline and map share the place and period.
import { api } from "./api";
import { h, clear, debounce } from "./dom";
import { COLORS, EDGE_COLORS, KIND_SHAPE } from "./graph";

const EDGE_LEGEND: [string, string][] = [["met", "met (width: how often)"], ["mediator", "mediates"], ["party", "party to"],
  ["position", "holds a post in"], ["affiliation", "affiliated with"]];
import { state, update, type State } from "./state";

const KINDS = ["person", "state", "organization", "group", "negotiation"] as const;
const ROLES: [string, string][] = [["mediator", "mediator"], ["party", "party"], ["both", "mediator and party"], ["other", "no role"]];
const PARTIAL = "\\d{4}(-\\d{2}(-\\d{2})?)?";

export class FilterSidebar {
  private boxes = new Map<string, HTMLInputElement>();
  private from: HTMLInputElement;
  private to: HTMLInputElement;
  private place: HTMLInputElement;

  constructor(root: HTMLElement) {
    const toggle = (key: string, label: (Node | string)[], group: string) => {
      const box = h("input", { type: "checkbox", value: key, name: group, checked: true, onchange: () => this.commit() }) as HTMLInputElement;
      this.boxes.set(key, box);
      return h("label", { class: "check" }, box, ...label);
    };
    this.from = h("input", { name: "from", placeholder: "YYYY[-MM[-DD]]", pattern: PARTIAL, "aria-label": "Period from", onchange: () => this.commit() }) as HTMLInputElement;
    this.to = h("input", { name: "to", placeholder: "YYYY[-MM[-DD]]", pattern: PARTIAL, "aria-label": "Period to", onchange: () => this.commit() }) as HTMLInputElement;
    this.place = h("input", { name: "place", placeholder: "anywhere", list: "filter-places", "aria-label": "Place", onchange: () => this.commit() }) as HTMLInputElement;
    const places = h("datalist", { id: "filter-places" });
    root.append(
      h("h2", { class: "side-title" }, "Filters"),
      h("fieldset", null, h("legend", null, "Kind ", h("span", { class: "muted small" }, "(shape)")),
        ...KINDS.map((k) => toggle(k, [h("span", { class: "glyph shape-" + KIND_SHAPE[k], "aria-hidden": "true" }), " " + k], "kind"))),
      h("fieldset", null, h("legend", null, "Role ", h("span", { class: "muted small" }, "(colour)")),
        ...ROLES.map(([k, label]) => toggle(k, [h("span", { class: "swatch", style: `background:${COLORS[k as keyof typeof COLORS]}`, "aria-hidden": "true" }), " " + label], "role"))),
      h("fieldset", null, h("legend", null, "Period of meetings"),
        h("label", { class: "field" }, h("span", null, "From"), this.from),
        h("label", { class: "field" }, h("span", null, "To"), this.to),
        h("p", { class: "muted small" }, "Or brush the dates on the Timeline.")),
      h("fieldset", null, h("legend", null, "Place of meetings"), h("label", { class: "field" }, h("span", null, "Place"), this.place), places),
      h("button", { type: "button", class: "button", "data-action": "reset-filters", onclick: () => update({ off: [], from: "", to: "", place: "" }) }, "Reset filters"),
      h("div", { class: "legend-note" },
        h("p", null, h("strong", null, "Edges")),
        h("ul", { class: "plain edge-legend" }, EDGE_LEGEND.map(([type, label]) =>
          h("li", { "data-edge-type": type }, h("span", { class: "edge-sample", style: `background:${EDGE_COLORS[type]}`, "aria-hidden": "true" }), " ", label))),
        h("p", null, h("span", { class: "edge-sample thick", "aria-hidden": "true" }), " edge width = meetings"),
        h("p", null, "Hover an edge for its meetings. Shift+click nodes to pick several; drag a node to pin it.")),
    );
    suggestPlaces(this.place, places);
  }

  private commit() {
    const off = [...this.boxes].filter(([, b]) => !b.checked).map(([k]) => k);
    if (!this.from.checkValidity() || !this.to.checkValidity()) return;
    update({ off, from: this.from.value.trim(), to: this.to.value.trim(), place: this.place.value.trim() });
  }

  sync(st: State = state()) {
    for (const [k, b] of this.boxes) b.checked = !st.off.includes(k);
    if (document.activeElement !== this.from) this.from.value = st.from;
    if (document.activeElement !== this.to) this.to.value = st.to;
    if (document.activeElement !== this.place) this.place.value = st.place;
  }
}

/** Fills a place input's datalist as the analyst types (the 20 best
 * matches), instead of fetching every place up front. */
export function suggestPlaces(input: HTMLInputElement, list: HTMLDataListElement) {
  let last = "";
  const fill = debounce(async () => {
    const q = input.value.trim();
    if (q === last) return;
    last = q;
    try {
      const page = await api.placesLike(q, 20);
      if (input.value.trim() === q) clear(list, page.items.map((x) => h("option", { value: x.name }, `${x.meetings} meeting${x.meetings === 1 ? "" : "s"}`)));
    } catch { /* suggestions are optional */ }
  }, 150);
  input.addEventListener("input", fill);
  input.addEventListener("focus", fill);
}
