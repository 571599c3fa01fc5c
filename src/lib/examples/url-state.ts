/**
 * Examples' state in the URL, for course links: query parameters named
 * `<example>.<field>` (e.g. `?mse.y=3,-0.5,2,7&mse.yhat=2.5,0,2,8#mse`,
 * `?playground.lr=0.1`, `?training.epochs=3`). Values are data only: they are
 * parsed and validated like typed input and never inserted into the page as HTML.
 *
 * One reader and one writer for every island (calculators, playground, training lab).
 */

type Query = string | URLSearchParams;

function paramsOf(query: Query): URLSearchParams {
  return new URLSearchParams(typeof query === 'string' ? query : query.toString());
}

/**
 * The decoded name of one raw query segment ("a%2Eb=1" → "a.b", "+" read as a
 * space), or null when its percent-encoding is malformed ("%E0%A4%A", "%",
 * "%ZZ"): such a parameter is nobody's, and is kept or skipped, never thrown on.
 */
export function queryKey(segment: string): string | null {
  const eq = segment.indexOf('=');
  const raw = (eq === -1 ? segment : segment.slice(0, eq)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The raw segments of a query ("?a=1&&b" → ["a=1", "b"]), each exactly as written. */
export function querySegments(query: Query): string[] {
  const text = typeof query === 'string' ? query : query.toString();
  return text.replace(/^\?/, '').split('&').filter((p) => p !== '');
}

/**
 * The values of the parameters `<prefix><name(key)>` present in the query, by key.
 * Unknown parameters are ignored.
 */
export function readPrefixed<K extends string>(
  query: Query,
  prefix: string,
  keys: readonly K[],
  name: (key: K) => string = (k) => k,
): Partial<Record<K, string>> {
  const params = paramsOf(query);
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = params.get(prefix + name(k));
    if (v !== null) out[k] = v;
  }
  return out;
}

/**
 * The query (without "?") with each `<prefix><name(key)>` set to its value, or
 * removed when the value is null; other parameters are kept. With `moveToEnd`,
 * ours follow the others, in the order given. Commas stay readable (`1,2,3`).
 */
export function writePrefixed<K extends string>(
  query: Query,
  prefix: string,
  values: readonly (readonly [K, string | null])[],
  options: { name?: (key: K) => string; moveToEnd?: boolean } = {},
): string {
  const name = options.name ?? ((k: K) => k);
  // Other parameters are kept exactly as written (a malformed one included), not
  // re-encoded through URLSearchParams; ours are set like URLSearchParams.set: in
  // place of the first occurrence, later ones dropped, else appended.
  const ours = new Map(values.map(([k, v]) => [prefix + name(k), v] as const));
  const encode = (key: string, v: string) => new URLSearchParams([[key, v]]).toString().replace(/%2C/gi, ',');
  const written = new Set<string>();
  const out: string[] = [];
  for (const segment of querySegments(query)) {
    const key = queryKey(segment);
    if (key === null || !ours.has(key)) {
      out.push(segment);
      continue;
    }
    const v = ours.get(key)!;
    if (options.moveToEnd || v === null || written.has(key)) continue;
    out.push(encode(key, v));
    written.add(key);
  }
  for (const [key, v] of ours) if (v !== null && !written.has(key)) out.push(encode(key, v));
  return out.join('&');
}

/** A calculator's fields found in a query string. */
export function readParams(search: string, example: string, fields: readonly string[]): Record<string, string> {
  return readPrefixed(search, `${example}.`, fields) as Record<string, string>;
}

/** The URL with one calculator's fields set (spaces removed; other parameters and the fragment kept). */
export function writeParams(href: string, example: string, values: Record<string, string>): string {
  const url = new URL(href);
  const query = writePrefixed(
    url.search,
    `${example}.`,
    Object.entries(values).map(([f, v]) => [f, v.replace(/\s+/g, '')] as const),
  );
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}
