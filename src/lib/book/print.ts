/**
 * The print edition (/<lang>/print/, the source of `npm run pdf`): every chapter of
 * an edition in one document. Pure string functions over the chapters' rendered HTML.
 */

const ID_REF_ATTRS = ['id', 'for', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-errormessage'];

/** The id a chapter's title gets in the print edition (links to the chapter's page land there). */
export const chapterAnchor = (slug: string) => `chapter-${slug}`;

/**
 * Links of a chapter made to work inside one document: a link to a chapter of the same
 * edition (`/en/math/#mse`, `/en/math/`) becomes a fragment (`#mse`, `#chapter-math`); any
 * other site path becomes an absolute URL on `site`, so that the printed page shows where
 * it leads. `base` is the site's base path ("/" or "/book/"). In a local build (no
 * `site`, no SITE_URL) those paths stay as they are: no address is invented.
 */
export function printLinks(html: string, opts: { base: string; lang: string; slugs: readonly string[]; site: string | undefined }): string {
  const base = opts.base.endsWith('/') ? opts.base : `${opts.base}/`;
  const site = (opts.site ?? '').replace(/\/$/, '');
  return html.replace(/(<a\b[^>]*?\shref)="([^"]*)"/g, (m, pre: string, href: string) => {
    if (!href.startsWith('/')) return m;
    const hashAt = href.indexOf('#');
    const path = (hashAt === -1 ? href : href.slice(0, hashAt)).replace(/\?.*$/, '');
    const frag = hashAt === -1 ? '' : href.slice(hashAt + 1);
    const inEdition = path.startsWith(`${base}${opts.lang}/`) ? path.slice(`${base}${opts.lang}/`.length).replace(/\/$/, '') : undefined;
    if (inEdition !== undefined && opts.slugs.includes(inEdition)) {
      return `${pre}="#${frag || chapterAnchor(inEdition)}"`;
    }
    return `${pre}="${site}${href}"`;
  });
}

/**
 * Ids already used by earlier chapters (`seen`) are renamed `<prefix>-<id>` in this
 * chapter, with every reference to them (same-page `href="#…"`, `for`, `aria-*`), so that
 * the whole edition in one page has no duplicate id. Heading, equation and example ids
 * are unique in the book, so they never change. Adds this chapter's ids to `seen`.
 */
export function uniqueIds(html: string, prefix: string, seen: Set<string>): string {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const clash = new Set(ids.filter((id) => seen.has(id)));
  const rename = (id: string) => (clash.has(id) ? `${prefix}-${id}` : id);
  const attrs = new RegExp(`(\\s(?:${ID_REF_ATTRS.join('|')}))="([^"]*)"`, 'g');
  const out =
    clash.size === 0
      ? html
      : html
          .replace(attrs, (_m, attr: string, value: string) => `${attr}="${value.split(/\s+/).filter(Boolean).map(rename).join(' ')}"`)
          .replace(/(\shref)="#([^"]+)"/g, (_m, attr: string, id: string) => `${attr}="#${rename(id)}"`);
  for (const id of ids) seen.add(rename(id));
  return out;
}

export interface TocHeading {
  depth: number;
  id: string;
  text: string;
}

/** The h2 and h3 headings of a chapter's rendered HTML, with their numbers as shown ("4.1.1 Mean squared error"). */
export function headingsOf(html: string): TocHeading[] {
  const out: TocHeading[] = [];
  for (const m of html.matchAll(/<h([23])\b[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const text = m[3]!
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
    out.push({ depth: Number(m[1]), id: m[2]!, text });
  }
  return out;
}

/**
 * A chapter's static HTML made for paper (the print edition only; a chapter printed from
 * its own page keeps its exercises without solutions):
 * - every `<details>` is open: worked solutions, model answers and tables print in full;
 * - each tab panel starts with its tab's label (the print stylesheet hides the tab list;
 *   the panel shown first on screen is the one printed);
 * - the settings a lab shows in read-only fields (`<input readonly>`, `<select disabled>`)
 *   become text (`<output class="print-field">`), so that no form field is printed.
 */
export function printStatic(html: string): string {
  const tabLabels = new Map<string, string>();
  for (const m of html.matchAll(/<a\b[^>]*\brole="tab"[^>]*>([\s\S]*?)<\/a>/g)) {
    const id = /\sid="([^"]+)"/.exec(m[0])?.[1];
    if (id) tabLabels.set(id, m[1]!.replace(/<[^>]+>/g, '').trim());
  }
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return html
    .replace(/<details\b(?![^>]*\sopen\b)/g, '<details open')
    .replace(/<div\b[^>]*\brole="tabpanel"[^>]*>/g, (tag) => {
      const label = tabLabels.get(attr(tag, 'aria-labelledby') ?? '');
      return label ? `${tag}<p class="print-tab-label">${label}</p>` : tag;
    })
    .replace(/<input\b[^>]*\sreadonly\b[^>]*>/g, (tag) => `<output class="print-field">${attr(tag, 'value') ?? ''}</output>`)
    .replace(/<select\b[^>]*\sdisabled\b[^>]*>([\s\S]*?)<\/select>/g, (_m, options: string) => {
      const selected = /<option\b[^>]*\sselected\b[^>]*>([\s\S]*?)<\/option>/.exec(options) ?? /<option\b[^>]*>([\s\S]*?)<\/option>/.exec(options);
      return `<output class="print-field">${selected?.[1] ?? ''}</output>`;
    });
}
