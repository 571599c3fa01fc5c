/**
 * The playground's settings in the URL (`playground.<field>` parameters), read and written. Part of
 * the optimizer playground (src/lib/playground/index.ts). Pure; no DOM.
 */
import { readPrefixed, writePrefixed } from '../examples/url-state';
import { applyField } from './controls';
import { type Settings, defaultSettings, type Field, FIELDS, type FieldError, type Checked, parseField } from './settings';
import { type SurfaceId } from './surfaces';

export const URL_PREFIX = 'playground.';
/** Parameters are written in the order of the fields. */
const URL_ORDER: readonly Field[] = FIELDS;

/** A field's name in the URL: its own, except the momentum form ("playground.momentum"). */
const urlName = (field: Field): string => (field === 'form' ? 'momentum' : field);

/** The URL parameter name for a field ("playground.lr"; the momentum form is "playground.momentum"). */
export function urlParam(field: Field): string {
  return URL_PREFIX + urlName(field);
}

export interface UrlParse {
  settings: Settings;
  /** One per rejected parameter; the default (or `base`) value was kept for it. */
  errors: FieldError[];
  /** True if any playground.* parameter was present. */
  present: boolean;
}

/**
 * Reads `playground.*` parameters. Unknown parameters are ignored; a bad one
 * is reported and the value from `base` (the defaults) kept. When the surface
 * changes and no start is given, the start is that surface's default.
 */
export function parseUrlState(search: string | URLSearchParams, base: Settings = defaultSettings()): UrlParse {
  const raw = readPrefixed(search, URL_PREFIX, URL_ORDER, urlName);
  let s: Settings = { ...base, opts: [...base.opts], start: [base.start[0], base.start[1]] };
  const errors: FieldError[] = [];
  const parse = parseField as (f: Field, text: string, surface?: SurfaceId) => Checked<unknown>;
  // In URL_ORDER: the surface comes before the start point, which is checked against its view.
  for (const f of URL_ORDER) {
    const text = raw[f];
    if (text === undefined) continue;
    const r = parse(f, text, s.surface);
    if (r.ok) s = applyField(s, f, r.value);
    else errors.push(r.error);
  }
  return { settings: s, errors, present: Object.keys(raw).length > 0 };
}

/** The text of one setting as it appears in the URL and in the text fields. */
export function fieldText(s: Settings, f: Field): string {
  switch (f) {
    case 'surface':
      return s.surface;
    case 'form':
      return s.form;
    case 'opt':
      return s.opts.join(',');
    case 'start':
      return `${String(s.start[0])},${String(s.start[1])}`;
    default:
      return String(s[f]);
  }
}

/**
 * Writes the settings into a query string: every playground.* parameter is set,
 * other parameters are kept in their order. Returns the query without "?".
 */
export function serializeUrlState(s: Settings, existing: string | URLSearchParams = ''): string {
  return writePrefixed(
    existing,
    URL_PREFIX,
    URL_ORDER.map((f) => [f, fieldText(s, f)] as const),
    { name: urlName, moveToEnd: true },
  );
}

/** The full address for the settings: path, query (others kept) and #fragment. */
export function settingsHref(s: Settings, loc: { pathname: string; search: string; hash: string }): string {
  const q = serializeUrlState(s, loc.search);
  return `${loc.pathname}${q ? `?${q}` : ''}${loc.hash}`;
}
