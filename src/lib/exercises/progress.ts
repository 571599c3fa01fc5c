/**
 * The reader's progress on the exercises, in localStorage only (never a cookie,
 * never sent anywhere): { "<exercise id>": "attempted" | "solved" }.
 * A corrupted entry is ignored and repaired (rewritten without the bad parts).
 */
export const PROGRESS_KEY = 'foundation-models-book:exercises';
export const PROGRESS_EVENT = 'foundation-models-book:progress';

export type ProgressState = 'attempted' | 'solved';
export type Progress = Record<string, ProgressState>;

const ID_RE = /^ex-\d+-\d+$/;

/** Parses stored text. `repaired` is true when anything had to be dropped. */
export function parseProgress(text: string | null): { progress: Progress; repaired: boolean } {
  if (text === null) return { progress: {}, repaired: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { progress: {}, repaired: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { progress: {}, repaired: true };
  const progress: Progress = {};
  let repaired = false;
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (ID_RE.test(k) && (v === 'attempted' || v === 'solved')) progress[k] = v;
    else repaired = true;
  }
  return { progress, repaired };
}

/** The new state after an attempt: solved stays solved. */
export function record(progress: Progress, id: string, outcome: ProgressState): Progress {
  if (progress[id] === 'solved') return progress;
  return { ...progress, [id]: outcome };
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
    return null; // storage disabled
  }
}

/** Reads the progress, repairing a corrupted entry in place. Never throws. */
export function loadProgress(s: StorageLike | null = storage()): Progress {
  if (!s) return {};
  try {
    const raw = s.getItem(PROGRESS_KEY);
    const { progress, repaired } = parseProgress(raw);
    if (repaired) s.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return progress;
  } catch {
    return {};
  }
}

export function saveProgress(p: Progress, s: StorageLike | null = storage()): void {
  try {
    s?.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    /* storage full or disabled: progress is not kept */
  }
  notify();
}

/** Records an attempt and tells the other exercises on the page. */
export function recordAttempt(id: string, outcome: ProgressState, s: StorageLike | null = storage()): Progress {
  const next = record(loadProgress(s), id, outcome);
  saveProgress(next, s);
  return next;
}

export function resetProgress(s: StorageLike | null = storage()): void {
  try {
    s?.removeItem(PROGRESS_KEY);
  } catch {
    /* nothing kept */
  }
  notify();
}

function notify(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(PROGRESS_EVENT));
}

/** Calls `f` when the progress changes (on this page or in another tab). Returns the unsubscribe. */
export function onProgress(f: () => void): () => void {
  const storageHandler = (e: StorageEvent) => {
    if (e.key === null || e.key === PROGRESS_KEY) f();
  };
  window.addEventListener(PROGRESS_EVENT, f);
  window.addEventListener('storage', storageHandler);
  return () => {
    window.removeEventListener(PROGRESS_EVENT, f);
    window.removeEventListener('storage', storageHandler);
  };
}
