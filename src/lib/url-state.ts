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
  const params = paramsOf(query);
  if (options.moveToEnd) for (const [k] of values) params.delete(prefix + name(k));
  for (const [k, v] of values) {
    if (v === null) params.delete(prefix + name(k));
    else params.set(prefix + name(k), v);
  }
  return params.toString().replace(/%2C/gi, ',');
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
