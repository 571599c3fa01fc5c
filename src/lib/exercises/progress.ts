/**
 * The reader's progress on the exercises, in localStorage only (never a cookie,
 * never sent anywhere): { "<exercise id>": "attempted" | "solved" }, oldest first.
 *
 * - Bounded: at most MAX_ENTRIES exercises (the oldest are dropped), and a stored
 *   value longer than MAX_STORED_CHARS is read from its end (the newest entries) only.
 * - A corrupted value is read entry by entry: the good entries are kept, the rest
 *   dropped, and the value rewritten without them (nothing else is ever wiped).
 * - Parsed once per change: every island of a page reads the same cached result.
 * - Writing says how it went (`SaveResult`): a full storage (QuotaExceededError)
 *   or a storage the browser refuses (an opaque origin, blocked third-party
 *   storage) is reported, so that the page can say so in its language.
 */
import { scopedKey } from '../book/paths';

export const PROGRESS_KEY = 'foundation-models-book:exercises';
/** The key of this copy of the site (under another base path on the same origin, another key). */
const storedKey = () => scopedKey(PROGRESS_KEY, import.meta.env.BASE_URL);
export const PROGRESS_EVENT = 'foundation-models-book:progress';

/** At most this many exercises are kept (the book has far fewer); beyond, the oldest go. */
export const MAX_ENTRIES = 200;
/** The longest stored value read; a longer one (not written by the book) is read from its end. */
export const MAX_STORED_CHARS = 64 * 1024;

export type ProgressState = 'attempted' | 'solved';
export type Progress = Record<string, ProgressState>;
/** How a write went: kept, not kept because the storage is full, or no storage here at all. */
export type SaveResult = 'saved' | 'full' | 'unavailable';

const ID_RE = /^ex-[1-9]\d{0,2}-[1-9]\d{0,2}$/;
/** One entry of a stored value, found even in a value that is no longer valid JSON. */
const ENTRY_RE = /"(ex-\d{1,3}-\d{1,3})"\s*:\s*"(attempted|solved)"/g;

export function isExerciseId(x: unknown): x is string {
  return typeof x === 'string' && ID_RE.test(x);
}

export function isState(x: unknown): x is ProgressState {
  return x === 'attempted' || x === 'solved';
}

/** The newest MAX_ENTRIES entries (insertion order is age: oldest first). */
export function capProgress(p: Progress): Progress {
  return capped(p).progress;
}

function capped(p: Progress): { progress: Progress; dropped: boolean } {
  const entries = Object.entries(p);
  if (entries.length <= MAX_ENTRIES) return { progress: p, dropped: false };
  return { progress: Object.fromEntries(entries.slice(-MAX_ENTRIES)) as Progress, dropped: true };
}

/** Sets an entry as the newest. */
function put(p: Progress, id: string, state: ProgressState): void {
  delete p[id];
  p[id] = state;
}

/** Parses stored text entry by entry. `repaired` is true when anything had to be dropped. */
export function parseProgress(text: string | null): { progress: Progress; repaired: boolean } {
  if (text === null) return { progress: {}, repaired: false };
  let repaired = false;
  let src = text;
  if (src.length > MAX_STORED_CHARS) {
    src = src.slice(-MAX_STORED_CHARS);
    repaired = true;
  }
  let entries: [string, unknown][];
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch {
    data = undefined;
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    entries = Object.entries(data as Record<string, unknown>);
  } else {
    // Not an object (truncated, overwritten, cut at MAX_STORED_CHARS): keep the entries still readable.
    repaired = true;
    entries = [...src.matchAll(ENTRY_RE)].map((m) => [m[1]!, m[2]!]);
  }
  const progress: Progress = {};
  for (const [k, v] of entries) {
    if (isExerciseId(k) && isState(v)) put(progress, k, v);
    else repaired = true;
  }
  const c = capped(progress);
  return { progress: c.progress, repaired: repaired || c.dropped };
}

/** The text stored for a progress. */
export function serializeProgress(p: Progress): string {
  return JSON.stringify(capped(p).progress);
}

/** The new state after an attempt: solved stays solved; the exercise becomes the newest entry. */
export function record(progress: Progress, id: string, outcome: ProgressState): Progress {
  if (!isExerciseId(id) || progress[id] === 'solved' || progress[id] === outcome) return progress;
  const next = { ...progress };
  put(next, id, outcome);
  return capped(next).progress;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function storage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // an opaque origin (sandboxed frame) or storage disabled
  }
}

/** True for the error a full storage throws (the names and codes of Chromium, Firefox and Safari). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** The last value read or written, and what it parsed to: islands re-read on every change. */
let cache: { s: StorageLike; raw: string | null; progress: Progress } | null = null;

/** The stored progress, or null when this page cannot read it (an opaque origin, storage blocked). Repairs a corrupted value. Never throws. */
export function readProgress(s: StorageLike | null = storage()): Progress | null {
  return read(s);
}

function read(s: StorageLike | null): Progress | null {
  if (!s) return null;
  let raw: string | null;
  try {
    raw = s.getItem(storedKey());
  } catch {
    return null;
  }
  if (cache && cache.s === s && cache.raw === raw) return { ...cache.progress };
  const { progress, repaired } = parseProgress(raw);
  let kept = raw;
  if (repaired) {
    kept = JSON.stringify(progress);
    try {
      s.setItem(storedKey(), kept);
    } catch {
      kept = raw; // not rewritten (storage full): the stored value stays as it was
    }
  }
  cache = { s, raw: kept, progress };
  return { ...progress };
}

/** Reads the progress, repairing a corrupted value in place. Never throws. */
export function loadProgress(s: StorageLike | null = storage()): Progress {
  return read(s) ?? {};
}

function write(p: Progress, s: StorageLike | null): SaveResult {
  if (!s) return 'unavailable';
  const text = serializeProgress(p);
  try {
    s.setItem(storedKey(), text);
  } catch (e) {
    return isQuotaError(e) ? 'full' : 'unavailable';
  }
  cache = { s, raw: text, progress: JSON.parse(text) as Progress };
  return 'saved';
}

export function saveProgress(p: Progress, s: StorageLike | null = storage()): SaveResult {
  const result = write(p, s);
  notify();
  return result;
}

/** Records an attempt and tells the other exercises on the page. */
export function recordAttempt(id: string, outcome: ProgressState, s: StorageLike | null = storage()): SaveResult {
  const current = read(s);
  if (current === null) return 'unavailable';
  const next = record(current, id, outcome);
  if (next === current) return 'saved'; // already stored
  return saveProgress(next, s);
}

export function resetProgress(s: StorageLike | null = storage()): SaveResult {
  let result: SaveResult = 'saved';
  try {
    if (!s) result = 'unavailable';
    else s.removeItem(storedKey());
  } catch {
    result = 'unavailable';
  }
  cache = null;
  notify();
  return result;
}

function notify(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(PROGRESS_EVENT));
}

/** Calls `f` when the progress changes (on this page or in another tab). Returns the unsubscribe. */
export function onProgress(f: () => void): () => void {
  const storageHandler = (e: StorageEvent) => {
    if (e.key === null || e.key === storedKey()) f();
  };
  window.addEventListener(PROGRESS_EVENT, f);
  window.addEventListener('storage', storageHandler);
  return () => {
    window.removeEventListener(PROGRESS_EVENT, f);
    window.removeEventListener('storage', storageHandler);
  };
}
