// Reading partners: members grouped into pods for a period. Pure and deterministic: the same
// members, seed and history give the same pods on every machine. Pods avoid pairs who have
// met before (while that is avoidable), then keep members with nearby clocks together.
import { intlOffset, type ZoneOffset } from './calendar.js';
import { handleKey } from './shape.js';

export const MIN_POD_SIZE = 2;
export const MAX_POD_SIZE = 6;

export interface PodMember {
  handle: string;
  timezone: string;
}

export interface Pod {
  /** Handles, sorted. */
  members: string[];
  /** The mentor who looks after this pod (see assignMentors). */
  mentor?: string;
}

export interface AssignOptions {
  /** Pods hold at most `size` members (2 to 6), as evenly as possible. */
  size: number;
  seed: string;
  period: number;
  /** Earlier rounds: a pair that met there is kept apart while that is avoidable. */
  history?: readonly { pods: readonly Pod[] }[];
  /** The instant whose UTC offsets say who is near whom (the period's first day): DST moves zones. */
  at: number;
  offsetOf?: ZoneOffset;
}

export interface Assignment {
  pods: Pod[];
  /** Pairs that had met before and share a pod again because no other grouping avoided it. */
  repeats: [string, string][];
  /** A lone member (a cohort of one) has no pod. */
  unassigned: string[];
}

/**
 * Pod sizes for `n` members: ⌈n/size⌉ pods that differ by at most one member, none above
 * `size`; except that no pod has fewer than 2, so with size 2 an odd member makes one pod of 3.
 */
export function podSizes(n: number, size: number): number[] {
  if (n < MIN_POD_SIZE) return [];
  let pods = Math.ceil(n / size);
  if (Math.floor(n / pods) < MIN_POD_SIZE) pods = Math.floor(n / MIN_POD_SIZE);
  const base = Math.floor(n / pods);
  return Array.from({ length: pods }, (_, i) => base + (i < n % pods ? 1 : 0));
}

const REPEAT = 1_000_000; // outweighs any gain in clock distance a swap can make
const EXACT_UP_TO = 40; // members; above this the search is greedy, then improved by swaps
const SEARCH_STEPS = 50_000;
const DAY_MINUTES = 1440;

/** A 53-bit string hash (cyrb53): the seed's tie-breaker, the same on every machine. */
function hash(text: string): number {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function assignPods(members: readonly PodMember[], o: AssignOptions): Assignment {
  if (!Number.isInteger(o.size) || o.size < MIN_POD_SIZE || o.size > MAX_POD_SIZE) throw new RangeError(`pod size ${o.size} is not from ${MIN_POD_SIZE} to ${MAX_POD_SIZE}`);
  const byKey = new Map<string, PodMember>();
  for (const m of members) if (!byKey.has(handleKey(m.handle))) byKey.set(handleKey(m.handle), m);
  const people = [...byKey.values()];
  const offsetOf = o.offsetOf ?? intlOffset;
  const offsets = people.map((m) => {
    const offset = offsetOf(o.at, m.timezone);
    return Number.isFinite(offset) ? offset : 0;
  });
  const rank = people.map((m) => hash(`${o.seed}\u0000${o.period}\u0000${handleKey(m.handle)}`));
  const order = people.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]! || rank[a]! - rank[b]! || (handleKey(people[a]!.handle) < handleKey(people[b]!.handle) ? -1 : 1));
  const sizes = podSizes(people.length, o.size);
  if (!sizes.length) return { pods: [], repeats: [], unassigned: people.map((m) => m.handle) };

  const index = new Map(people.map((m, i) => [handleKey(m.handle), i]));
  const met = new Map<number, number>();
  const pairKey = (a: number, b: number) => (a < b ? a * people.length + b : b * people.length + a);
  for (const round of o.history ?? [])
    for (const pod of round.pods) {
      const ids = pod.members.map((h) => index.get(handleKey(h))).filter((i): i is number => i !== undefined);
      for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) met.set(pairKey(ids[x]!, ids[y]!), (met.get(pairKey(ids[x]!, ids[y]!)) ?? 0) + 1);
    }
  const distance = (a: number, b: number) => {
    const d = Math.abs(offsets[a]! - offsets[b]!) % DAY_MINUTES;
    return Math.min(d, DAY_MINUTES - d);
  };
  const cost = (a: number, b: number) => (met.get(pairKey(a, b)) ?? 0) * REPEAT + distance(a, b);

  const start = (people.length <= EXACT_UP_TO && exactSearch(order, sizes, (a, b) => met.has(pairKey(a, b)), distance)) || greedy(order, sizes, cost);
  const pods = improve(start, cost);
  const repeats: [string, string][] = [];
  const result = pods.map((ids) => {
    const handles = ids.map((i) => people[i]!.handle).sort((a, b) => (handleKey(a) < handleKey(b) ? -1 : 1));
    for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) if (met.has(pairKey(ids[x]!, ids[y]!))) repeats.push([people[ids[x]!]!.handle, people[ids[y]!]!.handle].sort() as [string, string]);
    return { members: handles };
  });
  return { pods: result, repeats: repeats.sort(), unassigned: [] };
}

/**
 * A grouping in which no pair has met, if there is one (within a step budget): pods are
 * filled in clock order, each from the first member left, trying the nearest clocks first.
 */
function exactSearch(order: readonly number[], sizes: readonly number[], hasMet: (a: number, b: number) => boolean, distance: (a: number, b: number) => number): number[][] | undefined {
  const free = new Set(order);
  const left = new Map<number, number>();
  for (const s of sizes) left.set(s, (left.get(s) ?? 0) + 1);
  const pods: number[][] = [];
  let steps = 0;
  const fill = (): boolean => {
    const anchor = order.find((i) => free.has(i));
    if (anchor === undefined) return true;
    free.delete(anchor);
    const candidates = order.filter((i) => free.has(i) && !hasMet(anchor, i)).sort((a, b) => distance(anchor, a) - distance(anchor, b));
    const pod = [anchor];
    const choose = (from: number, size: number): boolean => {
      if (++steps > SEARCH_STEPS) return false;
      if (pod.length === size) {
        pods.push([...pod]);
        left.set(size, left.get(size)! - 1);
        if (fill()) return true;
        left.set(size, left.get(size)! + 1);
        pods.pop();
        return false;
      }
      for (let i = from; i < candidates.length && steps <= SEARCH_STEPS; i++) {
        const c = candidates[i]!;
        if (!free.has(c) || pod.some((p) => hasMet(p, c))) continue;
        free.delete(c);
        pod.push(c);
        if (choose(i + 1, size)) return true;
        pod.pop();
        free.add(c);
      }
      return false;
    };
    // Pod sizes differ by one at most: the anchor's pod may be either size.
    for (const size of [...left.keys()].sort((a, b) => b - a)) if (left.get(size)! > 0 && choose(0, size)) return true;
    free.add(anchor);
    return false;
  };
  return fill() ? pods : undefined;
}

/** Pods filled in clock order, each member taken from the next few who cost least with the pod so far. */
function greedy(order: readonly number[], sizes: readonly number[], cost: (a: number, b: number) => number): number[][] {
  const rest = [...order];
  return sizes.map((size) => {
    const pod = [rest.shift()!];
    while (pod.length < size) {
      let best = 0, bestCost = Infinity;
      for (let i = 0; i < Math.min(rest.length, 32); i++) {
        let c = 0;
        for (const p of pod) c += cost(p, rest[i]!);
        if (c < bestCost) {
          best = i;
          bestCost = c;
        }
      }
      pod.push(rest.splice(best, 1)[0]!);
    }
    return pod;
  });
}

/** Swaps members between pods while a swap lowers the cost; in large cohorts, between pods near in clock order. */
function improve(pods: number[][], cost: (a: number, b: number) => number): number[][] {
  const reach = pods.length <= 40 ? pods.length : 8;
  const withPod = (pod: readonly number[], who: number, skip: number) => {
    let c = 0;
    for (const p of pod) if (p !== skip) c += cost(who, p);
    return c;
  };
  for (let pass = 0, improved = true; improved && pass < 50; pass++) {
    improved = false;
    for (let i = 0; i < pods.length; i++)
      for (let j = i + 1; j < Math.min(pods.length, i + 1 + reach); j++) {
        const P = pods[i]!, Q = pods[j]!;
        for (let x = 0; x < P.length; x++)
          for (let y = 0; y < Q.length; y++) {
            const a = P[x]!, b = Q[y]!;
            const delta = withPod(P, b, a) + withPod(Q, a, b) - withPod(P, a, a) - withPod(Q, b, b);
            if (delta < 0) {
              P[x] = b;
              Q[y] = a;
              improved = true;
            }
          }
      }
  }
  return pods;
}
