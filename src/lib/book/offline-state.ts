/**
 * What pages learn from the service worker of offline reading: the state of each edition's copy
 * (src/lib/book/offline.ts decides it), the message that asks for it and the check of the answer, and
 * which edition a short link opens offline. Apart from src/lib/book/offline.ts so that the script every
 * page loads (the notice of an unfinished update, src/scripts/offline-notice.ts) stays small.
 */
import type { Lang } from './book.ts';

/**
 * - saved: a complete copy of the current version;
 * - older: a complete copy of another version only (an update is pending);
 * - saving: no complete copy, a save in progress (another tab, or the service worker);
 * - interrupted: no complete copy, the leftover of a save that did not finish;
 * - none.
 */
export type EditionState = 'saved' | 'older' | 'saving' | 'interrupted' | 'none';
export const EDITION_STATES: readonly EditionState[] = ['saved', 'older', 'saving', 'interrupted', 'none'];

/** Offline, a short link opens the reader's preferred edition when it is saved, else an edition that is. */
export function offlineLang(preferred: Lang, saved: readonly Lang[]): Lang {
  return saved.length === 0 || saved.includes(preferred) ? preferred : saved[0]!;
}

/** Pages ask the service worker about the copies with this message (on a MessageChannel port). */
export const STATE_REQUEST = 'fm-book:offline-state';
export interface StateReply {
  /** The service worker's version of the site. */
  version: string;
  editions: Record<Lang, EditionState>;
}
/** Validates the service worker's answer (undefined when it is not one). */
export function parseStateReply(data: unknown): StateReply | undefined {
  const o = data as Partial<StateReply> | null;
  if (!o || typeof o.version !== 'string' || !/^[0-9a-f]+$/.test(o.version) || !o.editions || typeof o.editions !== 'object') return undefined;
  const e = o.editions as Record<string, unknown>;
  const ok = (x: unknown): x is EditionState => typeof x === 'string' && (EDITION_STATES as readonly string[]).includes(x);
  if (!ok(e.en) || !ok(e.zh)) return undefined;
  return { version: o.version, editions: { en: e.en, zh: e.zh } };
}

