/**
 * Build-time HTML for the islands' server render, kept out of their serialized
 * props.
 *
 * Astro serializes an island's props into the page (`<astro-island props=…>`)
 * for hydration. The worked examples' formulas and the exercises' solutions are
 * KaTeX HTML rendered at build time (KaTeX is not loaded in the browser until a
 * reader changes a value); as props they were in the page twice, once rendered
 * and once escaped (chapter 4 on 2026-11-30: 324 KB of its 891 KB). The Astro component that
 * places an island stores that HTML here under a key (`provide`), and the
 * island's server render reads it (`take`). In the browser this store is
 * empty: the island renders an empty `dangerouslySetInnerHTML` in those places,
 * which Preact's hydration leaves as the server rendered it (it does not diff
 * props while hydrating, nor later while the value stays the same); the island
 * sets real HTML once the reader changes something.
 *
 * A key names one language's value (`<lang>:<name>`), so that concurrent page
 * renders read what they stored.
 */
const store = new Map<string, unknown>();

export function provide(key: string, value: unknown): void {
  if (import.meta.env.SSR) store.set(key, value);
}

export function take<T>(key: string): T | undefined {
  return import.meta.env.SSR ? (store.get(key) as T | undefined) : undefined;
}
