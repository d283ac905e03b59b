// The API client: JSON shapes from graph/views.go and errors as
// {error:{code,message}}.

export type Kind = "person" | "state" | "organization" | "group";
export interface ActorRef { id: string; name: string; kind: Kind; posts?: string[] }
export interface PlaceRef { id: string; name: string }
export interface NegotiationRef { id: string; topic: string }
export type Status = "held" | "planned" | "cancelled" | "denied" | string;
export interface Report {
  sourceId: string; title?: string; publisher?: string; url?: string; published?: string; evidence?: string;
  status?: Status; attribution?: string; // what this source says of the meeting, and on whose word
}
export interface MeetingView {
  id: string; date?: string; place?: PlaceRef; status: string; mode: string;
  negotiation?: NegotiationRef; participants: ActorRef[]; evidence?: string; sources: Report[];
  sourceCount?: number; // independent sources: distinct publishers
}
export interface Counterpart { actor: ActorRef; count: number; meetings: MeetingView[] }
export interface MetResult {
  actor: ActorRef; counterparts: Counterpart[]; // a page of counterparts, most meetings first
  counterpartTotal: number; counterpartLimit: number; counterpartOffset: number;
  meetings: number; limit: number; offset: number; truncated: boolean;
}
export interface ActorHit extends ActorRef { aliases: string[]; meetings: number; score?: number }
export interface Page<T> { items: T[]; total: number; limit: number; offset: number }
export interface Profile extends ActorRef {
  aliases: string[];
  positions: { title: string; organization: ActorRef; start?: string; end?: string; sources: string[] }[];
  holders: { title: string; person: ActorRef }[];
  affiliations: ActorRef[]; members: ActorRef[];
  negotiations: { negotiation: NegotiationRef; role: string }[];
  meetings: number; counterparts: { actor: ActorRef; count: number }[];
  sources: number; firstSeen?: string; lastSeen?: string;
}
export interface PlaceView extends PlaceRef { meetings: number; first?: string; last?: string }
export interface NegotiationView extends NegotiationRef {
  topics: string[]; parties: ActorRef[]; mediators: ActorRef[]; meetings: number; first?: string; last?: string;
}
export interface GNode { id: string; label: string; type: string; kind?: Kind; mediator?: boolean; party?: boolean; meetings?: number; date?: string }
export interface GEdge { id: string; source: string; target: string; type: string; count?: number; places?: string[]; last?: string; title?: string }
/** truncated: a cap left something out — neighbours (nodesTruncated) or
 * the weaker met edges among the nodes (edgesTruncated). */
export interface Subgraph { nodes: GNode[]; edges: GEdge[]; truncated: boolean; nodesTruncated?: boolean; edgesTruncated?: boolean }
export interface CypherResult { columns: string[]; rows: unknown[][]; truncated: boolean; graph: Subgraph; warnings?: string[] }

export interface SourceRef { id: string; title?: string; publisher?: string; url?: string; published?: string }
export interface BusyActor extends ActorRef { meetings: number }
export interface BusyNegotiation extends NegotiationRef { parties: ActorRef[]; meetings: number }
export interface Overview {
  counts: { persons: number; states: number; organizations: number; groups: number; meetings: number; places: number; negotiations: number; sources: number };
  newest?: string; sources: SourceRef[]; actors: BusyActor[]; places: PlaceView[]; negotiations: BusyNegotiation[]; meetings: MeetingView[];
}
export interface TimeBucket { key: string; count: number; coarse: number }
export interface Timeline { bucket: "day" | "month" | "year"; buckets: TimeBucket[]; undated: number; total: number }

export interface Me { user: string; role: "analyst" | "editor" | string; auth: boolean }
export interface MergeInfo { id: string; keep: string; gone: string; goneName: string; by: string; at: string; undone: boolean; undoneBy?: string; undoneAt?: string }
export interface RecordOut {
  id: string; source: { url?: string; title?: string; publisher?: string; published?: string };
  actors: { name: string; kind: Kind; aliases?: string[]; positions?: { title: string; organization: string; start?: string; end?: string }[]; affiliation?: string }[];
  negotiations: { topic: string; parties: string[]; mediators: string[] }[] | null;
  meetings: { participants: string[]; place: string | null; date: string | null; status: Status; mode: string; evidence: string; attribution?: string }[] | null;
}

export class ApiError extends Error {
  constructor(public status: number, public code: string, message: string) { super(message); }
}

async function parse<T>(res: Response): Promise<T> {
  const body = await res.text();
  let json: any = undefined;
  try { json = body ? JSON.parse(body) : undefined; } catch { /* not JSON */ }
  if (!res.ok) {
    const e = json?.error;
    if (res.status === 401) window.dispatchEvent(new CustomEvent("parley:unauthenticated"));
    throw new ApiError(res.status, e?.code ?? "http_" + res.status, e?.message ?? (res.statusText || "request failed"));
  }
  return json as T;
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") u.set(k, String(v));
  const s = u.toString();
  return s ? "?" + s : "";
}

export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch("/api" + path + qs(params), { headers: { Accept: "application/json" }, signal });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(0, "network", "the Parley server is unreachable");
  }
  return parse<T>(res);
}

export async function cypher(query: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<CypherResult> {
  let res: Response;
  try {
    res = await fetch("/api/cypher", {
      method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, params }), signal,
    });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(0, "network", "the Parley server is unreachable");
  }
  return parse<CypherResult>(res);
}

export async function post<T>(path: string, body: unknown, params: Record<string, string | undefined> = {}, contentType = "application/json"): Promise<T> {
  let res: Response;
  try {
    res = await fetch("/api" + path + qs(params), {
      method: "POST", headers: { "Content-Type": contentType, Accept: "application/json" },
      body: contentType === "application/json" ? JSON.stringify(body ?? {}) : String(body),
    });
  } catch {
    throw new ApiError(0, "network", "the Parley server is unreachable");
  }
  return parse<T>(res);
}

export async function login(user: string, password: string): Promise<void> {
  const res = await fetch("/api/login", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ user, password }) });
  await parse(res);
}

export const api = {
  health: () => get<{ status: string }>("/health"),
  actors: (q: string, limit = 8, signal?: AbortSignal) => get<Page<ActorHit>>("/actors", { q, limit }, signal),
  actor: (id: string, asOf = "") => get<Profile>("/actors/" + encodeURIComponent(id), { asOf }),
  graph: (actor: string, depth = 1, limit = 200, asOf = "") => get<Subgraph>("/graph", { actor, depth, limit, asOf }),
  meetings: (p: Record<string, string | number | undefined>) => get<Page<MeetingView>>("/meetings", p),
  meeting: (id: string) => get<MeetingView>("/meetings/" + encodeURIComponent(id)),
  met: (p: Record<string, string | undefined>) => get<MetResult>("/met", p),
  placesFor: (f: Record<string, string>) => get<Page<PlaceView>>("/places", { ...f, limit: 1000 }),
  placesLike: (q: string, limit = 20) => get<Page<PlaceView>>("/places", { q, limit }),
  places: (limit = 1000, asOf = "") => get<Page<PlaceView>>("/places", { limit, asOf }),
  negotiationsLike: (q: string, limit = 20) => get<Page<NegotiationView>>("/negotiations", { q, limit }),
  negotiations: (limit = 1000, asOf = "") => get<Page<NegotiationView>>("/negotiations", { limit, asOf }),
  me: () => get<Me>("/me"),
  overview: (limit = 8) => get<Overview>("/overview", { limit }),
  timeline: (p: Record<string, string | undefined>) => get<Timeline>("/timeline", p),
  merges: (limit = 100) => get<Page<MergeInfo>>("/merges", { limit }),
  merge: (keep: string, gone: string) => post<MergeInfo>("/merges", { keep, gone }),
  undoMerge: (id: string) => post<MergeInfo>("/merges/" + encodeURIComponent(id) + "/undo", {}),
  preview: (body: { id: string; text: string; published: string; title: string; publisher: string; url: string }) => post<import("./ingest").Preview>("/extract", body),
  postRecord: (rec: unknown) => post<{ id: string; actors: number; meetings: number; merged: number }>("/records", rec),
};
