/**
 * What every worked example shares: the field specs, parsing and validation of
 * the raw inputs (with messages as data, see messages.ts), the computed shape the
 * island renders, and TeX helpers for formulas with the numbers substituted.
 * Small on purpose: each example's island imports it with its own module only
 * (examples.ts for the chapter 4 calculators; example-adam.ts, example-attention.ts,
 * example-perplexity.ts, example-sampling.ts, example-positional-encoding.ts), so a page loads
 * only the code of the examples it shows.
 */
import type { Lang } from '../book/book';
import type { ExampleError } from './messages';
import { formatNumber, parseChoice, parseInteger, parseMatrix, parseNumber, parseNumberList, type MatrixParseError, type ParseError, type Parsed } from '../maths/numbers';

export type FieldKind = 'list' | 'number' | 'rate' | 'beta' | 'int' | 'choice' | 'matrix';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Default input text: the book's value. */
  default: string;
  label: Record<Lang, string>;
  /** TeX symbol of the field, for tables and formulas. */
  symbol?: string;
  min?: number;
  max?: number;
  choices?: readonly string[];
  choiceLabels?: Record<string, Record<Lang, string>>;
  /** An empty field is allowed and means "off" (its value is then absent). */
  optional?: boolean;
  /** Lists: at most this many values (default MAX_VALUES). */
  maxCount?: number;
}

export type RawValues = Record<string, string>;
export type FieldValue = number | number[] | number[][] | string;

/** The table of intermediate terms: one row per index, one number per column. */
export interface TermsTable {
  columns: string[]; // TeX
  rows: number[][];
  /** The number of the first row in the index column: 1 (default) or 0 (tokens, pairs of dimensions). */
  indexBase?: 0 | 1;
}

/** A matrix shown as a small table (attention): masked entries are null and shown blank. */
export interface MatrixView {
  /** Result key it shows (its <output> is in the results line). */
  key: string;
  /** The name of its (focusable) table in each language, e.g. "Attention weights". */
  label: Record<Lang, string>;
  /** TeX caption, e.g. "QK^\\top/\\sqrt{d_k}". */
  caption: string;
  rows: (number | null)[][];
  /** Shade each cell by its value in [0, 1] (attention weights). */
  heat?: boolean;
}

/** A number, a vector, a matrix (masked entries null) or a list of matrices (one per attention head). */
export type ResultValue = number | number[] | (number | null)[][] | number[][][];

export interface Computed {
  results: Record<string, ResultValue>;
  /** Intermediate values the prose and the errata may quote (not shown as outputs). */
  extras?: Record<string, number | number[]>;
  terms: TermsTable;
  /** Matrices to show as tables (attention). */
  matrices?: MatrixView[];
  /** The formula with the current numbers substituted, as TeX. */
  tex: string;
  /** Notes to show with the result (e.g. clipping). */
  notes: Note[];
}

export type Note =
  | { kind: 'clipped'; indices: number[]; epsilon: number }
  | { kind: 'rows-truncated'; shown: number; total: number }
  | { kind: 'matrix-truncated'; key: string; rows: number; cols: number; totalRows: number; totalCols: number }
  | { kind: 'masked' }
  | { kind: 'heads-truncated'; shown: number; total: number };

export type Outcome = { ok: true; value: Computed } | { ok: false; errors: ExampleError[] };

/** One example as the generic island sees it. */
export interface ExampleDef {
  name: string;
  /** The prefix of its URL parameters (`<param>.<field>`), when not its name (`pe` for positional-encoding). */
  param?: string;
  title: Record<Lang, string>;
  fields: FieldSpec[];
  compute(raw: RawValues): Outcome;
}

export function defaultsOf(fields: readonly FieldSpec[]): RawValues {
  return Object.fromEntries(fields.map((f) => [f.name, f.default]));
}

export function parseField(f: FieldSpec, text: string): Parsed<FieldValue, ParseError | MatrixParseError> {
  switch (f.kind) {
    case 'list':
      return parseNumberList(text, f.maxCount);
    case 'matrix':
      return parseMatrix(text);
    case 'number':
    case 'rate':
    case 'beta':
      return parseNumber(text);
    case 'int':
      return parseInteger(text, f.min ?? 1, f.max ?? 100);
    case 'choice':
      return parseChoice(text, f.choices ?? []);
  }
}

/** Parses and range-checks every field; errors name the field. */
export function parseFields(fields: readonly FieldSpec[], raw: RawValues): { values: Record<string, FieldValue>; errors: ExampleError[] } {
  const errors: ExampleError[] = [];
  const values: Record<string, FieldValue> = {};
  for (const f of fields) {
    const text = raw[f.name] ?? f.default;
    if (f.optional && text.trim() === '') continue;
    const p = parseField(f, text);
    if (!p.ok) {
      errors.push({ field: f.name, kind: 'parse', error: p.error });
      continue;
    }
    if (f.kind === 'rate' && !((p.value as number) > 0)) {
      errors.push({ field: f.name, kind: 'not-positive' });
      continue;
    }
    if (f.kind === 'beta' && !((p.value as number) >= 0 && (p.value as number) < 1)) {
      errors.push({ field: f.name, kind: 'beta-range' });
      continue;
    }
    values[f.name] = p.value;
  }
  return { values, errors };
}

/**
 * Never a NaN or ±Infinity as a result: overflow is an error on `field`. Masked (null) entries are
 * allowed. `larger`: the result grows as the field's values shrink (perplexity of a tiny
 * probability), so the message asks for larger values, not smaller ones.
 */
export function finiteOutcome(value: Computed, field: string, larger = false): Outcome {
  for (const r of Object.values(value.results)) {
    const xs = (Array.isArray(r) ? r.flat(2) : [r]) as (number | null)[];
    if (xs.some((x) => x !== null && !Number.isFinite(x))) return { ok: false, errors: [{ field, kind: 'overflow', ...(larger ? { larger } : {}) }] };
  }
  return { ok: true, value };
}

export const MAX_ROWS = 12;

export function table(columns: string[], cols: number[][]): TermsTable {
  const len = cols[0]!.length;
  const rows: number[][] = [];
  for (let i = 0; i < Math.min(len, MAX_ROWS); i++) rows.push(cols.map((c) => c[i]!));
  return { columns, rows };
}

/**
 * A matrix as its table shows it: at most MAX_ROWS rows and MAX_ROWS columns (the top-left block;
 * row and column numbers stay those of the full matrix), with a note when it is cut. The results
 * (`<output data-value>`) keep every entry. At the documented maximum of 64 × 64, three full tables
 * were 12,288 cells (37,000 elements) and an 0.8 s main-thread task on each input.
 */
export function matrixView(view: MatrixView): { view: MatrixView; notes: Note[] } {
  const rows = view.rows.length;
  const cols = view.rows[0]?.length ?? 0;
  if (rows <= MAX_ROWS && cols <= MAX_ROWS) return { view, notes: [] };
  return {
    view: { ...view, rows: view.rows.slice(0, MAX_ROWS).map((r) => r.slice(0, MAX_ROWS)) },
    notes: [{ kind: 'matrix-truncated', key: view.key, rows: Math.min(rows, MAX_ROWS), cols: Math.min(cols, MAX_ROWS), totalRows: rows, totalCols: cols }],
  };
}

export function truncNote(len: number): Note[] {
  return len > MAX_ROWS ? [{ kind: 'rows-truncated', shown: MAX_ROWS, total: len }] : [];
}

/** A number in TeX, parenthesised when negative. */
export function n(x: number): string {
  const s = formatNumber(x);
  if (s.includes('e')) return `(${s.replace(/e(-?\d+)$/, ' \\times 10^{$1}')})`;
  return x < 0 ? `(${s})` : s;
}

export const MAX_TEX_ITEMS = 6;

/** "a₁ + a₂ + … + aₙ" with only the shown items built (lists may hold 10,000 values). */
/** The items of "a₁ + a₂ + … + aₙ", with only the shown ones built (lists may hold 10,000 values). */
export function sumItems(count: number, item: (i: number) => string): string[] {
  if (count <= MAX_TEX_ITEMS) return Array.from({ length: count }, (_, i) => item(i));
  return [item(0), item(1), item(2), '\\cdots', item(count - 2), item(count - 1)];
}

export function sumTex(count: number, item: (i: number) => string, sep = ' + '): string {
  return sumItems(count, item).join(sep);
}

/**
 * `lhs` times a bracketed sum, `perLine` items a line, as lines of an aligned
 * block (the first line carries `lhs`, which holds the alignment point `&`), so
 * that the whole computation fits the column at desktop widths.
 */
export function bigSum(lhs: string, items: string[], perLine: number, sep = ' + '): string[] {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(sep));
  return lines.map((l, i) => {
    const open = i === 0 ? `${lhs}\\Big(` : `&\\qquad${sep}`;
    const close = i === lines.length - 1 ? '\\Big)' : '';
    return `${open}${l}${close}`;
  });
}

/** Lines (each with one alignment point `&`) as a TeX aligned block. */
export function aligned(lines: string[]): string {
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}

export function vec(xs: readonly number[]): string {
  const show = xs.length <= MAX_TEX_ITEMS ? xs.map(n) : [...xs.slice(0, 3).map(n), '\\ldots', ...xs.slice(-2).map(n)];
  return `[${show.join(', ')}]`;
}

/** A matrix in TeX (bmatrix); large ones are shortened with dots. Masked entries print as −∞. */
export function mat(rows: readonly (readonly (number | null)[])[]): string {
  const cell = (x: number | null) => (x === null ? '-\\infty' : n(x));
  const line = (r: readonly (number | null)[]) =>
    (r.length <= MAX_TEX_ITEMS ? r.map(cell) : [...r.slice(0, 3).map(cell), '\\cdots', ...r.slice(-2).map(cell)]).join(' & ');
  const width = Math.min(rows[0]?.length ?? 0, MAX_TEX_ITEMS);
  const body =
    rows.length <= MAX_TEX_ITEMS
      ? rows.map(line)
      : [...rows.slice(0, 3).map(line), Array.from({ length: width }, () => '\\vdots').join(' & '), ...rows.slice(-2).map(line)];
  return `\\begin{bmatrix} ${body.join(' \\\\ ')} \\end{bmatrix}`;
}
