/**
 * The examples' state in the URL, for course links: query parameters named
 * `<example>.<field>` (e.g. `?mse.y=3,-0.5,2,7&mse.yhat=2.5,0,2,8#mse`).
 * Values are data only: they are parsed and validated like typed input and
 * never inserted into the page as HTML.
 */

/** The fields of one example found in a query string; unknown parameters are ignored. */
export function readParams(search: string, example: string, fields: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = params.get(`${example}.${f}`);
    if (v !== null) out[f] = v;
  }
  return out;
}

/**
 * The URL with one example's fields set (other parameters and the fragment
 * kept). Commas stay readable: `1,2,3`, not `1%2C2%2C3`.
 */
export function writeParams(href: string, example: string, values: Record<string, string>): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const [f, v] of Object.entries(values)) params.set(`${example}.${f}`, v.replace(/\s+/g, ''));
  const query = [...params]
    .map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(v)}`)
    .join('&');
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

function encodeComponent(s: string): string {
  return encodeURIComponent(s).replace(/%2C/gi, ',');
}
