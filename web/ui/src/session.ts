// Who the explorer speaks for (GET /api/me): editors see the write
// actions (merge, undo a merge, add an article); analysts do not.
import { api, type Me } from "./api";

let me: Me | undefined;
const waiting: ((m: Me) => void)[] = [];

export function currentUser(): Me | undefined { return me; }
export function isEditor(): boolean { return me?.role === "editor"; }

export async function loadMe(): Promise<Me | undefined> {
  try {
    me = await api.me();
  } catch {
    return undefined; // 401 opens the sign-in dialog; network errors show the health banner
  }
  document.body.dataset.role = me.role;
  for (const w of waiting.splice(0)) w(me);
  return me;
}

/** Runs fn once the session is known (now, if it already is). */
export function onMe(fn: (m: Me) => void) {
  if (me) fn(me); else waiting.push(fn);
}
