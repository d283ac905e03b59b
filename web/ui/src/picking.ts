// Sigma draws every node and edge program twice a frame: on screen, and
// into an offscreen "picking" layer that maps a pixel under the mouse to
// the node or edge there. While the view pans, zooms or a node is dragged,
// nobody hovers, so the picking pass is wasted work; without a GPU it is
// a third of a frame. Programs wrapped here skip it for the renderers
// marked as moving, and GraphView redraws once the movement stops so that
// hover and click find what they point at again.
import type Sigma from "sigma";
import type { RenderParams } from "sigma/types";
import type { ProgramInfo } from "sigma/rendering";

/** Renderers whose node (or edge) picking pass is skipped for now. */
export const skipNodePicking = new WeakSet<Sigma>();
export const skipEdgePicking = new WeakSet<Sigma>();

type ProgramCtor = new (...args: any[]) => { renderer: Sigma; pickProgram: ProgramInfo | null; render(params: RenderParams): void };

/** The program class, drawing its picking pass only when the renderer is
 * not in `skip`. */
export function optionalPicking<T extends ProgramCtor>(Base: T, skip: WeakSet<Sigma>): T {
  return class extends Base {
    render(params: RenderParams) {
      if (!skip.has(this.renderer)) return super.render(params);
      const pick = this.pickProgram;
      this.pickProgram = null;
      try { super.render(params); } finally { this.pickProgram = pick; }
    }
  };
}
