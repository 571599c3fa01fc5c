/**
 * Embeds for learning platforms: /<lang>/embed/<example>/ shows one example
 * alone, sized for an iframe, and tells its parent page its height:
 *   postMessage({ type: 'foundation-models-book:height', example, height }, '*')
 * (sent by src/components/EmbedHeight.astro, a classic inline script, so that it
 * also runs in a sandboxed iframe whose opaque origin cannot load the site's modules).
 *
 * The parent page's side is `parentSnippet`: the snippet the instructors' pages show,
 * which the unit tests run and the end-to-end tests build their course pages from.
 */
export const EMBED_MESSAGE_TYPE = 'foundation-models-book:height';

/** The heights a parent page accepts (px): a message outside them is ignored. */
export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 20000;
/** The iframe's height until the first message (and for good when no script runs in it). */
export const INITIAL_EMBED_HEIGHT = 600;

/** The examples that can be embedded, in book order. */
export const EMBEDDABLE = ['mse', 'cross-entropy', 'gd', 'sgd', 'momentum', 'adam', 'optimizer-playground', 'training', 'attention', 'positional-encoding', 'perplexity', 'sampling', 'tiny-lm'] as const;
export type Embeddable = (typeof EMBEDDABLE)[number];

/** An example name or an exercise id: what `example` of a height message can be. */
const EMBED_NAME_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface HeightMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  example: string;
  height: number;
}

export function heightMessage(example: string, height: number): HeightMessage {
  return { type: EMBED_MESSAGE_TYPE, example, height: Math.max(0, Math.ceil(height)) };
}

/**
 * True for a height message as an embed sends it, with a height a parent page
 * may apply (MIN_EMBED_HEIGHT to MAX_EMBED_HEIGHT); with `example`, only that
 * embed's. The same rules as the snippet's listener (`parentSnippet`).
 */
export function isHeightMessage(data: unknown, example?: string): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  if (d.type !== EMBED_MESSAGE_TYPE || typeof d.example !== 'string' || !EMBED_NAME_RE.test(d.example)) return false;
  if (example !== undefined && d.example !== example) return false;
  return typeof d.height === 'number' && d.height >= MIN_EMBED_HEIGHT && d.height <= MAX_EMBED_HEIGHT;
}

/** What a `message` listener reads of its event (a MessageEvent, or a test's stand-in). */
export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The data of a message, or null unless it comes from `expected.source` (the
 * window the listener talks to, e.g. an iframe's contentWindow), at
 * `expected.origin`, and has the expected shape. Every window `message` listener
 * of the site starts with it (src/lib/checks/message-listeners.test.ts checks); what it
 * returns is data, never HTML, a URL or a selector.
 */
export function acceptMessage<T>(event: MessageLike, expected: { origin: string; source: unknown }, isShape: (data: unknown) => data is T): T | null {
  if (event.origin !== expected.origin || event.source !== expected.source || expected.source == null) return null;
  return isShape(event.data) ? event.data : null;
}

/** The theme an embed uses: `?theme=light|dark`, else the reader's system preference. */
export function embedTheme(search: string, prefersLight: boolean): 'light' | 'dark' {
  const t = new URLSearchParams(search).get('theme');
  if (t === 'light' || t === 'dark') return t;
  return prefersLight ? 'light' : 'dark';
}

export interface SnippetOptions {
  /** The book's origin, e.g. "https://YOUR-HOST". */
  host: string;
  /** The embed's path and query, e.g. "/en/embed/mse/?mse.y=1,2". */
  path: string;
  /** The iframe's id on the course page. */
  id: string;
  /** The example name or exercise id the embed reports. */
  example: string;
  title: string;
  /** The iframe's sandbox flags, when the platform sandboxes it (e.g. "allow-scripts allow-same-origin"). */
  sandbox?: string;
}

/** An attribute value (the snippet's inputs are the docs' and the tests' own; a query's "&" stays as written). */
const attr = (s: string) => s.replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The iframe and the script a course page pastes (the instructors' pages show it,
 * with the site's own origin in place of https://YOUR-HOST once their script runs). The listener uses a message only when it comes from this
 * iframe (`event.source`), from the book's origin (`event.origin`: "null" in a
 * sandbox without allow-same-origin), names this embed and carries a height
 * within MIN_EMBED_HEIGHT..MAX_EMBED_HEIGHT; the height is only ever a number.
 */
export function parentSnippet(o: SnippetOptions): string {
  if (!EMBED_NAME_RE.test(o.example) || !EMBED_NAME_RE.test(o.id)) throw new Error(`parentSnippet: bad id or example ${JSON.stringify([o.id, o.example])}`);
  const sandbox = o.sandbox === undefined ? '' : ` sandbox="${attr(o.sandbox)}"`;
  return `<iframe id="${o.id}" title="${attr(o.title)}" style="width:100%;height:${INITIAL_EMBED_HEIGHT}px;border:0"${sandbox}
        src="${attr(o.host + o.path)}"></iframe>
<script>
  // The embed reports its height: resize the iframe to fit. Only a message from this
  // iframe, from the book's origin, naming this embed, with a plausible height counts.
  (function () {
    var frame = document.getElementById("${o.id}");
    var example = "${o.example}";
    // In a sandbox without allow-same-origin the embed's origin is "null".
    var sandboxed = frame.hasAttribute("sandbox") && !frame.sandbox.contains("allow-same-origin");
    var origin = sandboxed ? "null" : new URL(frame.src).origin;
    addEventListener("message", function (e) {
      var d = e.data;
      if (e.origin !== origin || e.source !== frame.contentWindow || !d) return;
      if (d.type !== "${EMBED_MESSAGE_TYPE}" || d.example !== example) return;
      if (typeof d.height !== "number" || !(d.height >= ${MIN_EMBED_HEIGHT} && d.height <= ${MAX_EMBED_HEIGHT})) return;
      frame.style.height = Math.ceil(d.height) + "px";
    });
  })();
</script>`;
}
