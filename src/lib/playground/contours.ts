/**
 * Contour lines of a surface (marching squares), as SVG paths. Part of the optimizer playground
 * (src/lib/playground/index.ts). Pure; no DOM.
 */
import { type Mapping, r1 } from './plot';
import { type SurfaceId, SURFACE_INFO, loss } from './surfaces';

export interface Contours {
  levels: number[];
  /** One SVG path per level (several polylines each), in the mapping's units. */
  paths: string[];
}

/** The contour levels drawn for a surface: geometric for the bowl and Rosenbrock, symmetric and linear for the saddle. */
export function contourLevels(surface: SurfaceId, kappa: number, count = 12): number[] {
  const v = SURFACE_INFO[surface].view;
  const corners = [
    loss(surface, kappa, v.xMin, v.yMin),
    loss(surface, kappa, v.xMin, v.yMax),
    loss(surface, kappa, v.xMax, v.yMin),
    loss(surface, kappa, v.xMax, v.yMax),
  ];
  if (surface === 'saddle') {
    const top = Math.max(...corners.map(Math.abs));
    const half = Math.floor(count / 2);
    const out: number[] = [];
    for (let i = -half; i <= half; i++) if (i !== 0) out.push((top * i) / (half + 0.5));
    return out;
  }
  // Up to 70% of the largest value in view (the corner), so even the top level is a visible line.
  const hi = 0.7 * Math.max(...corners);
  // From 1/1000 of the largest value in view up to it: an even spread on a log scale.
  const lo = hi / 1000;
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(lo * (hi / lo) ** (i / (count - 1)));
  return out;
}

/**
 * Marching squares on an nx × ny grid over the view. Segments are joined into
 * polylines through the grid edges they share, so each level is a short path string.
 */
export function contours(
  surface: SurfaceId,
  kappa: number,
  m: Mapping,
  nx = 96,
  levels = contourLevels(surface, kappa),
): Contours {
  const v = m.view;
  const ny = Math.max(2, Math.round((nx * (v.yMax - v.yMin)) / (v.xMax - v.xMin)));
  const gx = (i: number) => v.xMin + ((v.xMax - v.xMin) * i) / nx;
  const gy = (j: number) => v.yMin + ((v.yMax - v.yMin) * j) / ny;
  const f = new Float64Array((nx + 1) * (ny + 1));
  for (let j = 0; j <= ny; j++) for (let i = 0; i <= nx; i++) f[j * (nx + 1) + i] = loss(surface, kappa, gx(i), gy(j));
  const at = (i: number, j: number) => f[j * (nx + 1) + i]!;
  // Edge ids: horizontal edge (i,j)-(i+1,j) → 2·(j·(nx+1)+i); vertical (i,j)-(i,j+1) → 2·(…)+1.
  const hEdge = (i: number, j: number) => 2 * (j * (nx + 1) + i);
  const vEdge = (i: number, j: number) => 2 * (j * (nx + 1) + i) + 1;
  const paths: string[] = [];
  for (const level of levels) {
    const point = new Map<number, [number, number]>();
    const edgePoint = (e: number): [number, number] => {
      let p = point.get(e);
      if (p) return p;
      const k = e >> 1;
      const i = k % (nx + 1);
      const j = (k - i) / (nx + 1);
      const [i1, j1] = e & 1 ? [i, j + 1] : [i + 1, j];
      const a = at(i, j);
      const b = at(i1, j1);
      const t = a === b ? 0.5 : (level - a) / (b - a);
      const x = gx(i) + (gx(i1) - gx(i)) * t;
      const y = gy(j) + (gy(j1) - gy(j)) * t;
      p = [m.px(x), m.py(y)];
      point.set(e, p);
      return p;
    };
    const adj = new Map<number, number[]>();
    const link = (a: number, b: number) => {
      (adj.get(a) ?? adj.set(a, []).get(a)!).push(b);
      (adj.get(b) ?? adj.set(b, []).get(b)!).push(a);
    };
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const c0 = at(i, j) > level ? 1 : 0; // bottom-left
        const c1 = at(i + 1, j) > level ? 1 : 0; // bottom-right
        const c2 = at(i + 1, j + 1) > level ? 1 : 0; // top-right
        const c3 = at(i, j + 1) > level ? 1 : 0; // top-left
        const code = c0 | (c1 << 1) | (c2 << 2) | (c3 << 3);
        if (code === 0 || code === 15) continue;
        const bottom = hEdge(i, j);
        const top = hEdge(i, j + 1);
        const left = vEdge(i, j);
        const right = vEdge(i + 1, j);
        switch (code) {
          case 1:
          case 14:
            link(left, bottom);
            break;
          case 2:
          case 13:
            link(bottom, right);
            break;
          case 3:
          case 12:
            link(left, right);
            break;
          case 4:
          case 11:
            link(right, top);
            break;
          case 6:
          case 9:
            link(bottom, top);
            break;
          case 7:
          case 8:
            link(left, top);
            break;
          case 5:
          case 10: {
            // Saddle cell: decide by the center value.
            const center = (at(i, j) + at(i + 1, j) + at(i + 1, j + 1) + at(i, j + 1)) / 4 > level;
            if ((code === 5) === center) {
              link(left, top);
              link(bottom, right);
            } else {
              link(left, bottom);
              link(right, top);
            }
            break;
          }
        }
      }
    }
    // Walk the chains: start from ends (degree 1) first, then the remaining closed loops.
    const used = new Set<string>();
    const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
    const out: string[] = [];
    const walk = (startEdge: number) => {
      const pts: [number, number][] = [edgePoint(startEdge)];
      let cur = startEdge;
      for (;;) {
        const next = (adj.get(cur) ?? []).find((n) => !used.has(key(cur, n)));
        if (next === undefined) break;
        used.add(key(cur, next));
        pts.push(edgePoint(next));
        cur = next;
      }
      if (pts.length > 1) out.push(pts.map((p, idx) => `${idx === 0 ? 'M' : 'L'}${r1(p[0])} ${r1(p[1])}`).join(''));
    };
    for (const [e, ns] of adj) if (ns.length === 1 && !used.has(key(e, ns[0]!))) walk(e);
    for (const [e, ns] of adj) if (ns.some((n) => !used.has(key(e, n)))) walk(e);
    paths.push(out.join(''));
  }
  return { levels, paths };
}
