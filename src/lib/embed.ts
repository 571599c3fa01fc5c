/**
 * Embeds for learning platforms: /<lang>/embed/<example>/ shows one example
 * alone, sized for an iframe, and tells its parent page its height:
 *   postMessage({ type: 'foundation-models-book:height', example, height }, '*')
 */
export const EMBED_MESSAGE_TYPE = 'foundation-models-book:height';

/** The examples that can be embedded, in book order. */
export const EMBEDDABLE = ['mse', 'cross-entropy', 'gd', 'sgd', 'momentum', 'adam', 'optimizer-playground', 'training', 'attention', 'perplexity'] as const;
export type Embeddable = (typeof EMBEDDABLE)[number];

export interface HeightMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  example: string;
  height: number;
}

export function heightMessage(example: string, height: number): HeightMessage {
  return { type: EMBED_MESSAGE_TYPE, example, height: Math.max(0, Math.ceil(height)) };
}

/** True for a message sent by an embed (for parent pages that listen). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d.type === EMBED_MESSAGE_TYPE && typeof d.example === 'string' && typeof d.height === 'number' && Number.isFinite(d.height);
}

/** The theme an embed uses: `?theme=light|dark`, else the reader's system preference. */
export function embedTheme(search: string, prefersLight: boolean): 'light' | 'dark' {
  const t = new URLSearchParams(search).get('theme');
  if (t === 'light' || t === 'dark') return t;
  return prefersLight ? 'light' : 'dark';
}

/** The iframe snippet instructors paste (also shown in the README). */
export function iframeSnippet(src: string, example: string, title: string): string {
  return `<iframe src="${src}" title="${title}" data-example="${example}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}
