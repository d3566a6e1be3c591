import { describe, expect, it } from 'vitest';
import { intlOffset } from '../../src/domain/calendar.js';
import { assignPods, podSizes, type AssignOptions, type Pod, type PodMember } from '../../src/domain/pods.js';

const JAN = Date.parse('2026-01-15T12:00:00Z');
const JUL = Date.parse('2026-07-15T12:00:00Z');
const inZone = (zone: string, ...handles: string[]) => handles.map((handle) => ({ handle, timezone: zone }));
const vn = (n: number, prefix = 'm') => inZone('Asia/Ho_Chi_Minh', ...Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`));
const assign = (members: PodMember[], over: Partial<AssignOptions> = {}) => assignPods(members, { size: 2, seed: 'dec-2026', period: 1, at: JAN, ...over });
const groups = (pods: Pod[]) => pods.map((p) => p.members.join(' ')).sort();
const pairsOf = (pods: readonly Pod[]) => pods.flatMap((p) => p.members.flatMap((a, i) => p.members.slice(i + 1).map((b) => [a, b].sort().join('+'))));

/** Runs k rounds in a row, each with the ones before as history; returns every pod and every repeat. */
function rounds(members: PodMember[], size: number, k: number, seed = 's') {
  const history: { pods: Pod[] }[] = [];
  let repeats = 0;
  for (let period = 1; period <= k; period++) {
    const a = assignPods(members, { size, seed, period, history, at: JAN });
    repeats += a.repeats.length;
    history.push({ pods: a.pods });
  }
  return { history, repeats };
}

/** Brute force: is there a grouping into these sizes in which nobody meets again? (The oracle for small cohorts.) */
function avoidable(handles: string[], sizes: number[], met: Set<string>): boolean {
  const free = new Set(handles);
  const left = [...sizes];
  const rec = (): boolean => {
    const a = [...free][0];
    if (a === undefined) return true;
    free.delete(a);
    for (const size of [...new Set(left)]) {
      const pod = [a];
      const choose = (from: string[]): boolean => {
        if (pod.length === size) {
          left.splice(left.indexOf(size), 1);
          if (rec()) return true;
          left.push(size);
          return false;
        }
        for (const [i, c] of from.entries()) {
          if (pod.some((p) => met.has([p, c].sort().join('+')))) continue;
          free.delete(c); pod.push(c);
          if (choose(from.slice(i + 1))) return true;
          pod.pop(); free.add(c);
        }
        return false;
      };
      if (choose([...free])) return true;
    }
    free.add(a);
    return false;
  };
  return rec();
}

describe('podSizes', () => {
  it.each([
    [0, 2, []], [1, 4, []], [2, 2, [2]], [3, 2, [3]], [4, 2, [2, 2]], [7, 2, [3, 2, 2]], [5, 4, [3, 2]], [5, 6, [5]],
    [8, 6, [4, 4]], [13, 6, [5, 4, 4]], [12, 3, [3, 3, 3, 3]], [11, 3, [3, 3, 3, 2]], [100, 6, [...Array(15).fill(6), 5, 5]],
  ])('%i members, size %i → %j', (n, size, sizes) => {
    expect(podSizes(n, size)).toEqual(sizes);
  });

  it('never a pod under 2 nor (but for size 2) over the size', () => {
    for (let size = 2; size <= 6; size++)
      for (let n = 2; n <= 60; n++) {
        const s = podSizes(n, size);
        expect(s.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.min(...s)).toBeGreaterThanOrEqual(2);
        expect(Math.max(...s)).toBeLessThanOrEqual(size === 2 ? 3 : size);
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
      }
  });
});

describe('assignPods: the edges', () => {
  it('an empty cohort has no pods', () => expect(assign([])).toEqual({ pods: [], repeats: [], unassigned: [] }));
  it('a cohort of one has no pod, and says who is left out', () => expect(assign(vn(1))).toEqual({ pods: [], repeats: [], unassigned: ['m1'] }));
  it('two members are one pod whatever the size', () => expect(groups(assign(vn(2), { size: 6 }).pods)).toEqual(['m1 m2']));
  it('the same handle twice (in any case) is one member', () => expect(groups(assign([...vn(2), { handle: 'M1', timezone: 'UTC' }]).pods)).toEqual(['m1 m2']));

  it('7 members with size 2: three pods, one of them of 3', () => {
    const a = assign(vn(7));
    expect(a.pods.map((p) => p.members.length).sort()).toEqual([2, 2, 3]);
    expect(a.pods.flatMap((p) => p.members).sort()).toEqual(vn(7).map((m) => m.handle).sort());
  });

  it.each([1, 7, 1.5, Number.NaN])('refuses a size of %s', (size) => {
    expect(() => assign(vn(4), { size })).toThrow(RangeError);
  });
});

describe('assignPods: deterministic', () => {
  const members = [...vn(9), ...inZone('Europe/Berlin', 'b1', 'b2', 'b3'), ...inZone('America/New_York', 'n1', 'n2')];
  it('the same members, seed and history give the same pods, in whatever order the members come', () => {
    const a = assign(members, { size: 3 });
    expect(assign([...members].reverse(), { size: 3 })).toEqual(a);
    expect(assign(members, { size: 3 })).toEqual(a);
  });

  it('another seed or another period groups a one-zone cohort differently', () => {
    const base = groups(assign(vn(12), { size: 3 }).pods);
    expect(['a', 'b', 'c'].some((seed) => groups(assign(vn(12), { size: 3, seed }).pods).join() !== base.join())).toBe(true);
    expect([2, 3, 4].some((period) => groups(assign(vn(12), { size: 3, period }).pods).join() !== base.join())).toBe(true);
  });
});

describe('assignPods: no pair meets twice while that is avoidable', () => {
  it.each([
    // With pairs, a round without repeats always exists while rounds ≤ n/2 (Dirac's theorem).
    ['8 members in pairs, 4 rounds', 8, 2, 4],
    ['10 members in pairs, 5 rounds', 10, 2, 5],
    ['6 members in pairs, 5 rounds (everyone meets everyone once)', 6, 2, 5],
    ['9 members in threes, 4 rounds (the most there can be)', 9, 3, 4],
    ['12 members in threes, 3 rounds', 12, 3, 3],
    ['30 members in fours, 4 rounds', 30, 4, 4],
    ['41 members in fours, 4 rounds (beyond the exact search)', 41, 4, 4],
    ['400 members in fives, 4 rounds', 400, 5, 4],
  ])('%s', (_, n, size, k) => {
    const { history, repeats } = rounds(vn(n), size, k);
    const pairs = history.flatMap((r) => pairsOf(r.pods));
    expect(repeats).toBe(0);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('4 members in pairs have only 3 groupings: the 4th round repeats 2 pairs, and says which', () => {
    const { history } = rounds(vn(4), 2, 3);
    const fourth = assign(vn(4), { history, period: 4 });
    expect(fourth.repeats).toHaveLength(2);
    expect(fourth.repeats.map((p) => p.join('+')).sort()).toEqual(pairsOf(fourth.pods).sort());
  });

  it('against brute force: whenever a round without repeats exists, it is the one chosen', () => {
    for (const [n, size] of [[6, 2], [7, 2], [8, 3], [9, 3], [10, 4], [11, 3]] as const) {
      for (const seed of ['x', 'y', 'z']) {
        const members = vn(n);
        const history: { pods: Pod[] }[] = [];
        for (let period = 1; period <= 6; period++) {
          const a = assignPods(members, { size, seed, period, history, at: JAN });
          const met = new Set(history.flatMap((r) => pairsOf(r.pods)));
          if (avoidable(members.map((m) => m.handle), podSizes(n, size), met)) expect(a.repeats, `${n}/${size}/${seed} round ${period}`).toEqual([]);
          else expect(a.repeats.length).toBeGreaterThan(0);
          history.push({ pods: a.pods });
        }
      }
    }
  });
});

describe('assignPods: nearby clocks together', () => {
  it('two zones far apart make two pods', () => {
    const members = [...inZone('Asia/Ho_Chi_Minh', 'v1', 'v2', 'v3', 'v4'), ...inZone('America/New_York', 'n1', 'n2', 'n3', 'n4')];
    expect(groups(assign(members, { size: 4 }).pods)).toEqual(['n1 n2 n3 n4', 'v1 v2 v3 v4']);
  });

  it('avoiding a repeat comes before clocks: last round\'s pairs are split across zones', () => {
    const members = [...inZone('Asia/Ho_Chi_Minh', 'v1', 'v2'), ...inZone('America/New_York', 'n1', 'n2')];
    const first = assign(members);
    expect(groups(first.pods)).toEqual(['n1 n2', 'v1 v2']);
    const second = assign(members, { period: 2, history: [first] });
    expect(second.repeats).toEqual([]);
    expect(second.pods.every((p) => p.members.some((h) => h.startsWith('v')) && p.members.some((h) => h.startsWith('n')))).toBe(true);
  });

  it('clocks are compared around the day: UTC+14 and UTC−11 are an hour apart', () => {
    const members = [...inZone('Pacific/Kiritimati', 'kir'), ...inZone('Pacific/Pago_Pago', 'pago'), ...inZone('Europe/London', 'lon'), ...inZone('Africa/Lagos', 'lag')];
    expect(groups(assign(members).pods)).toEqual(['kir pago', 'lag lon']);
  });

  // Phoenix keeps UTC−7 all year: in winter it shares Denver's clock, in summer Los Angeles'.
  const west = [...inZone('America/Phoenix', 'phx'), ...inZone('America/Los_Angeles', 'la'), ...inZone('America/Denver', 'den'), ...inZone('Asia/Kolkata', 'kol')];
  it.each([
    ['January', JAN, ['den phx', 'kol la']],
    ['July', JUL, ['kol den'.split(' ').sort().join(' '), 'la phx']],
    ['just before Denver springs forward (2026-03-08 09:00Z)', Date.parse('2026-03-08T08:59:00Z'), ['den phx', 'kol la']],
    ['after Los Angeles springs forward too (10:00Z)', Date.parse('2026-03-08T10:00:00Z'), ['den kol', 'la phx']],
    ['after both fall back (2026-11-01 09:00Z)', Date.parse('2026-11-01T09:00:00Z'), ['den phx', 'kol la']],
  ])('DST moves who is near whom: %s', (_, at, expected) => {
    expect(groups(assign(west, { at }).pods)).toEqual(expected);
  });

  it('takes the offset function it is given, and a zone it can not read counts as UTC', () => {
    const offsets: Record<string, number> = { A: 0, B: 600, C: 10, D: 590 };
    const members = ['a', 'b', 'c', 'd'].map((h) => ({ handle: h, timezone: h.toUpperCase() }));
    expect(groups(assign(members, { offsetOf: (_, zone) => offsets[zone]! }).pods)).toEqual(['a c', 'b d']);
    expect(groups(assign(members, { offsetOf: (t, zone) => (zone === 'B' || zone === 'D' ? intlOffset(t, 'Asia/Tokyo') : Number.NaN) }).pods)).toEqual(['a c', 'b d']);
  });
});
