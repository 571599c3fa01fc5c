/**
 * Accessible names of controls: a name must say what the control does or
 * what it moves through. A name that is only a symbol ("‹", "×", "+", "θ"),
 * only digits, or only a position ("Next", "上一个") says neither to a
 * screen-reader user who meets the control out of its visual context.
 * Used by the unit tests (the labs' words in both languages) and by the
 * end-to-end tests (the names the browser computes, from an ARIA snapshot).
 */

export type NameProblem = 'empty' | 'symbol' | 'position';

/**
 * Words that name only a position. Compared with the name after lower-casing
 * and removing everything that is not a letter (so "Next ›" and "« Previous"
 * count too).
 */
const POSITION_ONLY = new Set([
  'previous', 'prev', 'next', 'back', 'forward', 'first', 'last', 'up', 'down', 'left', 'right', 'more', 'less', 'close', 'open',
  '上一个', '下一个', '上一页', '下一页', '前一个', '后一个', '第一个', '最后一个', '上一步', '下一步', '更多', '关闭', '打开', '上', '下', '左', '右',
]);

/**
 * What is wrong with an accessible name, or null when it is fine. A name
 * passes when it holds a word: two letters in a row (Latin, Greek …) or a
 * Chinese character, and is not only a position word.
 */
export function controlNameProblem(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (!/\p{L}{2,}|\p{Script=Han}/u.test(trimmed)) return 'symbol';
  const letters = trimmed.toLowerCase().replace(/[^\p{L}]+/gu, '');
  if (POSITION_ONLY.has(letters)) return 'position';
  return null;
}

/** The roles of controls a reader operates (the ones whose names are checked). */
const CONTROL_ROLES = new Set([
  'button', 'link', 'checkbox', 'radio', 'switch', 'combobox', 'listbox', 'textbox', 'searchbox', 'spinbutton', 'slider', 'tab', 'menuitem',
]);

export interface NamedControl {
  role: string;
  name: string;
}

/**
 * The controls of an ARIA snapshot (Playwright's `locator.ariaSnapshot()`,
 * YAML lines such as `- button "Next test digit" [disabled]` or
 * `- spinbutton "Epochs": "3"`), with their names ('' when unnamed).
 */
export function snapshotControls(snapshot: string): NamedControl[] {
  const out: NamedControl[] = [];
  for (const line of snapshot.split('\n')) {
    const m = /^\s*- ([a-z]+)(?: "((?:[^"\\]|\\.)*)")?(?=[\s:[]|$)/.exec(line);
    if (!m || !CONTROL_ROLES.has(m[1]!)) continue;
    out.push({ role: m[1]!, name: m[2] === undefined ? '' : (JSON.parse(`"${m[2]}"`) as string) });
  }
  return out;
}
