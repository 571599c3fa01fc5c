/**
 * Strict parsing of the numbers readers type or put in a URL, and the one way
 * numbers are formatted for display. Pure; no DOM.
 */

export const MAX_VALUES = 10_000;

export type ParseErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'too-many'
  | 'not-finite'
  | 'not-integer'
  | 'out-of-range'
  | 'not-in-choices';

/** Errors only matrices have (kept apart so that ParseErrorCode's users stay exhaustive). */
export type MatrixErrorCode = 'empty-row' | 'ragged' | 'too-many-rows' | 'too-many-cols';

export interface ParseError {
  code: ParseErrorCode;
  /** 1-based position of the offending item in a list, if any. */
  index?: number;
  /** The offending text (shown to the reader as text, never as HTML). */
  token?: string;
  min?: number;
  max?: number;
  choices?: readonly string[];
  /** Matrices: 1-based row of the offending item or row. */
  row?: number;
  /** Ragged matrices: the row's number of values, and row 1's. */
  count?: number;
  expected?: number;
}

export interface MatrixParseError extends Omit<ParseError, 'code'> {
  code: ParseErrorCode | MatrixErrorCode;
}

export type Parsed<T, E = ParseError> = { ok: true; value: T } | { ok: false; error: E };

/**
 * The one normalisation every number parser applies first, so that numbers
 * typed the way a Chinese reader types them are read: full-width ASCII forms
 * (U+FF01–FF5E: digits, "．", "－", "＋", "，", "；", "［", "ｅ" — what NFKC maps
 * them to), the ideographic space, the minus sign KaTeX prints (U+2212) and the
 * other dash-like minus variants → "-", "、" (and the small commas) → ",".
 * Deliberately not full NFKC: that would turn "3²" into "32" and "①" into "1".
 * Idempotent; ASCII text is returned unchanged.
 */
export function normalizeNumberText(text: string): string {
  if (!/[^\u0020-\u007e]/.test(text)) return text; // printable ASCII: nothing to do
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => c.normalize('NFKC'))
    .replace(/\u3000/g, ' ')
    .replace(/[\u2010-\u2013\u2212\ufe63\u2796]/g, '-')
    .replace(/\ufe62/g, '+')
    .replace(/[\u3001\ufe50\ufe51]/g, ',')
    .replace(/\ufe54/g, ';');
}

// A plain decimal number: optional sign, digits with optional fraction, optional exponent.
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses one number. Rejects "", "1,5", "0x10", "Infinity", "NaN", "1e999". */
export function parseNumber(text: string): Parsed<number> {
  const t = normalizeNumberText(text).trim();
  if (t === '') return { ok: false, error: { code: 'empty' } };
  if (!NUMBER_RE.test(t)) return { ok: false, error: { code: 'not-a-number', token: clip(t) } };
  const v = Number(t);
  if (!Number.isFinite(v)) return { ok: false, error: { code: 'not-finite', token: clip(t) } };
  return { ok: true, value: v };
}

/**
 * Parses a comma-separated list of numbers ("1, 2.5, -3e-2"). Square brackets
 * around the list are allowed (readers copy "[1, 2, 3]" from the text).
 */
export function parseNumberList(text: string, max = MAX_VALUES): Parsed<number[]> {
  let t = normalizeNumberText(text).trim();
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1).trim();
  if (t === '') return { ok: false, error: { code: 'empty' } };
  const parts = t.split(',');
  if (parts.length > max) return { ok: false, error: { code: 'too-many', max } };
  const out = new Array<number>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const p = parseNumber(parts[i]!);
    if (!p.ok) return { ok: false, error: { ...p.error, index: i + 1, token: p.error.token ?? '' } };
    out[i] = p.value;
  }
  return { ok: true, value: out };
}

/** Matrices are at most 64 × 64. */
export const MAX_MATRIX = 64;

/**
 * Parses a matrix typed as rows separated by ";" and values by "," ("1,0;0,1;1,1").
 * Errors name the row: a non-number (row and item), an empty row, a row whose
 * length differs from row 1's (ragged), more than `max` rows or values in a row.
 */
export function parseMatrix(text: string, max = MAX_MATRIX): Parsed<number[][], MatrixParseError> {
  const t = normalizeNumberText(text).trim();
  if (t === '') return { ok: false, error: { code: 'empty' } };
  const parts = t.split(';');
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop(); // a trailing ";"
  if (parts.length > max) return { ok: false, error: { code: 'too-many-rows', max, count: parts.length } };
  const rows: number[][] = [];
  for (let r = 0; r < parts.length; r++) {
    const p = parseNumberList(parts[r]!, max);
    if (!p.ok) {
      const code: MatrixParseError['code'] = p.error.code === 'empty' ? 'empty-row' : p.error.code === 'too-many' ? 'too-many-cols' : p.error.code;
      return { ok: false, error: { ...p.error, code, row: r + 1 } };
    }
    if (r > 0 && p.value.length !== rows[0]!.length) {
      return { ok: false, error: { code: 'ragged', row: r + 1, count: p.value.length, expected: rows[0]!.length } };
    }
    rows.push(p.value);
  }
  return { ok: true, value: rows };
}

/** The URL/input text of a matrix: "1,0;0,1". */
export function formatMatrixInput(m: readonly (readonly number[])[]): string {
  return m.map((r) => r.join(',')).join(';');
}

export function inRange(v: number, min: number, max: number): Parsed<number> {
  if (v < min || v > max) return { ok: false, error: { code: 'out-of-range', min, max, token: String(v) } };
  return { ok: true, value: v };
}

export function parseInteger(text: string, min: number, max: number): Parsed<number> {
  const p = parseNumber(text);
  if (!p.ok) return p;
  if (!Number.isInteger(p.value)) return { ok: false, error: { code: 'not-integer', token: clip(normalizeNumberText(text).trim()) } };
  return inRange(p.value, min, max);
}

export function parseChoice<T extends string>(text: string, choices: readonly T[]): Parsed<T> {
  const t = normalizeNumberText(text).trim();
  if ((choices as readonly string[]).includes(t)) return { ok: true, value: t as T };
  return { ok: false, error: { code: 'not-in-choices', token: clip(t), choices } };
}

function clip(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

/**
 * Display format: at most `digits` significant digits, trailing zeros removed,
 * no exponent for ordinary magnitudes. -0 prints as 0.
 */
export function formatNumber(v: number, digits = 6): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e-4 && abs < 1e9) {
    const s = v.toPrecision(digits);
    const fixed = s.includes('e') ? String(Number(s)) : s;
    return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  }
  const [m, e] = v.toExponential(digits - 1).split('e');
  const mant = m!.includes('.') ? m!.replace(/\.?0+$/, '') : m!;
  return `${mant}e${e!.replace('+', '')}`;
}

/** Formats a vector as "[0.999, 2.001]". */
export function formatVector(v: readonly number[], digits = 6): string {
  return `[${v.map((x) => formatNumber(x, digits)).join(', ')}]`;
}

/** The machine-readable form used in `data-value`: shortest round-trip text, or a JSON array (a matrix: a JSON array of rows, masked entries null). */
export function dataValue(v: number | readonly number[] | readonly (readonly (number | null)[])[] | readonly (readonly (readonly number[])[])[]): string {
  return Array.isArray(v) ? JSON.stringify(v) : String(v);
}
