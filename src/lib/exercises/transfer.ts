/**
 * Progress codes: the reader's progress as a short text to copy from one place and
 * paste in another (no server). Browsers keep the storage of an embedded page apart
 * for each site that embeds it (storage partitioning), so progress made in an
 * exercise embedded in a course page is not the book's; a code carries it over, and
 * to another browser too.
 *
 *   fmb1:1-4a,4-2s:7c0f9a12
 *
 * "fmb" and the version (1), the entries oldest first ("<chapter>-<n>" and a for
 * attempted, s for solved), and 8 hex digits of FNV-1a (32 bits) over everything
 * before the last colon, which catches a code cut short or changed. Reading is
 * strict: bounded length, one exact grammar, the right version and checksum, no
 * duplicate, at most MAX_ENTRIES entries; white space (a line wrapped by a mail
 * program) is ignored. Pure; the words of the page's panel are here too.
 */
import type { Lang } from '../book/book';
import { MAX_ENTRIES, capProgress, isExerciseId, isState, readProgress, saveProgress, type Progress, type SaveResult, type StorageLike } from './progress';

export const CODE_PREFIX = 'fmb';
export const CODE_VERSION = 1;
/** The longest code read (a full book's code is about 8 characters per exercise). */
export const MAX_CODE_CHARS = 4096;

export type DecodeError = 'empty' | 'too-long' | 'not-a-code' | 'version' | 'damaged' | 'too-many';
export type Decoded = { ok: true; progress: Progress } | { ok: false; error: DecodeError };

/** FNV-1a, 32 bits, of the UTF-16 code units (codes are ASCII), as 8 hex digits. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const ENTRY_RE = /^ex-([1-9]\d{0,2})-([1-9]\d{0,2})$/;
const CODE_ENTRY_RE = /^([1-9]\d{0,2})-([1-9]\d{0,2})([as])$/;

/** The code of a progress (entries that are not exercise ids are left out). */
export function encodeProgress(p: Progress): string {
  const entries: string[] = [];
  for (const [id, state] of Object.entries(p)) {
    const m = ENTRY_RE.exec(id);
    if (!m || (state !== 'attempted' && state !== 'solved')) continue;
    entries.push(`${m[1]}-${m[2]}${state === 'solved' ? 's' : 'a'}`);
  }
  const body = `${CODE_PREFIX}${CODE_VERSION}:${entries.slice(-MAX_ENTRIES).join(',')}`;
  return `${body}:${checksum(body)}`;
}

/** Reads a pasted code, strictly. Never throws; what it returns is data only. */
export function decodeProgress(text: string): Decoded {
  if (typeof text !== 'string') return { ok: false, error: 'not-a-code' };
  // Bound the work before anything else: white space may double a code at most.
  if (text.length > 2 * MAX_CODE_CHARS) return { ok: false, error: 'too-long' };
  const code = text.replace(/\s+/g, '');
  if (code === '') return { ok: false, error: 'empty' };
  if (code.length > MAX_CODE_CHARS) return { ok: false, error: 'too-long' };
  const head = /^fmb(\d{1,3}):/.exec(code);
  if (!head) return { ok: false, error: 'not-a-code' };
  if (head[1] !== String(CODE_VERSION)) return { ok: false, error: 'version' };
  const parts = code.split(':');
  if (parts.length !== 3 || !/^[0-9a-f]{8}$/.test(parts[2]!)) return { ok: false, error: 'damaged' };
  const body = `${parts[0]}:${parts[1]}`;
  if (checksum(body) !== parts[2]) return { ok: false, error: 'damaged' };
  const items = parts[1] === '' ? [] : parts[1]!.split(',');
  if (items.length > MAX_ENTRIES) return { ok: false, error: 'too-many' };
  const progress: Progress = {};
  for (const item of items) {
    const m = CODE_ENTRY_RE.exec(item);
    if (!m) return { ok: false, error: 'not-a-code' };
    const id = `ex-${m[1]}-${m[2]}`;
    if (!isExerciseId(id) || id in progress) return { ok: false, error: 'not-a-code' };
    progress[id] = m[3] === 's' ? 'solved' : 'attempted';
  }
  return { ok: true, progress };
}

/**
 * `incoming` merged into `current` (an imported code): solved wins over attempted,
 * nothing is ever downgraded; a changed exercise becomes the newest entry. With
 * `known`, ids not in it are left out and counted.
 */
export function mergeProgress(current: Progress, incoming: Progress, known?: ReadonlySet<string>): { progress: Progress; changed: number; ignored: number } {
  const next = { ...current };
  let changed = 0;
  let ignored = 0;
  for (const [id, state] of Object.entries(incoming)) {
    if (!isExerciseId(id) || !isState(state) || (known && !known.has(id))) {
      ignored++;
      continue;
    }
    if (next[id] === 'solved' || next[id] === state) continue;
    delete next[id];
    next[id] = state;
    changed++;
  }
  return { progress: capProgress(next), changed, ignored };
}

/** Merges an imported progress into the stored one (`mergeProgress`) and says how the write went. */
export function importProgress(incoming: Progress, known?: ReadonlySet<string>, s?: StorageLike | null): { result: SaveResult; changed: number; ignored: number } {
  const current = readProgress(s);
  if (current === null) return { result: 'unavailable', changed: 0, ignored: 0 };
  const { progress, changed, ignored } = mergeProgress(current, incoming, known);
  return { result: changed ? saveProgress(progress, s) : 'saved', changed, ignored };
}

/** The words of the progress panel (the progress page and the exercise embeds), in both languages. */
export const TRANSFER_TEXT = {
  en: {
    title: 'Move your progress',
    embedTitle: 'Your progress on this site',
    pageNote:
      'Exercises you answer where the book is embedded in another site (a course page, for example) are kept by your browser for that site alone, so they are not listed here. To bring them here, open “Your progress on this site” under the embedded exercise, copy its progress code and import it below. A code carries your progress to another browser too.',
    embedNote: 'Your browser keeps the progress you make here for this site alone: the book’s own progress page does not see it. To carry it over, copy this code and import it on the book’s progress page.',
    progressPage: 'The book’s progress page',
    exportLabel: 'Your progress code',
    copy: 'Copy code',
    copied: 'Code copied.',
    copyManual: 'The code is selected: copy it with Ctrl+C (⌘C on a Mac).',
    importLabel: 'Paste a progress code',
    import: 'Import',
    imported: (changed: number, ignored: number) =>
      `Imported: ${changed === 1 ? '1 exercise' : `${changed} exercises`} updated.` + (ignored ? ` ${ignored === 1 ? '1 exercise is' : `${ignored} exercises are`} not in this book and ${ignored === 1 ? 'was' : 'were'} left out.` : ''),
    nothingNew: (ignored: number) => 'Nothing new: this browser already has that progress.' + (ignored ? ` ${ignored === 1 ? '1 exercise is' : `${ignored} exercises are`} not in this book.` : ''),
    errors: {
      empty: 'Paste a progress code first.',
      'too-long': 'That text is too long to be a progress code.',
      'not-a-code': 'That is not a progress code of this book.',
      version: 'That code was made by another version of the book and cannot be read here.',
      damaged: 'That code is incomplete or was changed: copy the whole code again.',
      'too-many': 'That code lists more exercises than a progress code can hold.',
    } satisfies Record<DecodeError, string>,
    saveFailed: {
      full: 'Not imported: this browser’s storage for this site is full.',
      unavailable: 'Not imported: this browser does not let this page store anything (an embedded page with storage blocked, for example).',
    } satisfies Record<Exclude<SaveResult, 'saved'>, string>,
  },
  zh: {
    title: '转移你的进度',
    embedTitle: '你在此网站上的进度',
    pageNote:
      '在嵌入了本书的其他网站（例如课程页面）中完成的练习，浏览器只为那个网站单独保存，所以不会列在这里。要把它们转到这里，请打开嵌入练习下方的“你在此网站上的进度”，复制进度码，然后在下面导入。进度码也可以把你的进度带到另一个浏览器。',
    embedNote: '浏览器只为这个网站单独保存你在这里的进度：本书自己的进度页面看不到它。要转移进度，请复制这个进度码，然后在本书的进度页面导入。',
    progressPage: '本书的进度页面',
    exportLabel: '你的进度码',
    copy: '复制进度码',
    copied: '进度码已复制。',
    copyManual: '进度码已选中：请按 Ctrl+C（Mac 上按 ⌘C）复制。',
    importLabel: '粘贴进度码',
    import: '导入',
    imported: (changed: number, ignored: number) => `已导入：更新了 ${changed} 道练习。` + (ignored ? `有 ${ignored} 道练习不在本书中，已略过。` : ''),
    nothingNew: (ignored: number) => '没有新内容：这个浏览器已经有这些进度。' + (ignored ? `有 ${ignored} 道练习不在本书中。` : ''),
    errors: {
      empty: '请先粘贴进度码。',
      'too-long': '这段文字太长，不是进度码。',
      'not-a-code': '这不是本书的进度码。',
      version: '这个进度码来自本书的另一个版本，这里无法读取。',
      damaged: '这个进度码不完整或被改动过：请重新复制完整的进度码。',
      'too-many': '这个进度码列出的练习超过了进度码能容纳的数量。',
    } satisfies Record<DecodeError, string>,
    saveFailed: {
      full: '未导入：此浏览器为本网站提供的存储空间已满。',
      unavailable: '未导入：此浏览器不允许这个页面保存数据（例如嵌入在其他网站中且存储被阻止时）。',
    } satisfies Record<Exclude<SaveResult, 'saved'>, string>,
  },
} satisfies Record<Lang, unknown>;
