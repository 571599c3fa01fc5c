import { describe, expect, it } from 'vitest';
import { addItem, addModule, moveItem, removeItem, removeModule, setModuleTitle, setNote } from './edit';
import { courseIds, DEFAULT_VARIANTS } from './state';
import type { CourseList } from './types';

const list = (...mods: string[][]): CourseList => ({ title: '', variants: DEFAULT_VARIANTS, modules: mods.map((m) => ({ items: m.map((id) => ({ id })) })) });
const shape = (l: CourseList) => l.modules.map((m) => m.items.map((i) => i.id));

describe('reading-list edits', () => {
  it('adds at the end of the last module, never twice, never past 200', () => {
    expect(shape(addItem(list(), 'a'))).toEqual([['a']]);
    expect(shape(addItem(list(['a'], []), 'b'))).toEqual([['a'], ['b']]);
    const l = list(['a']);
    expect(addItem(l, 'a')).toBe(l);
    const full = list(Array.from({ length: 200 }, (_, i) => `s-${i}`));
    expect(courseIds(addItem(full, 'x'))).toHaveLength(200);
  });
  it('moves within a module, across module borders, and not past the ends', () => {
    const l = list(['a', 'b'], [], ['c']);
    expect(shape(moveItem(l, 0, 1, -1))).toEqual([['b', 'a'], [], ['c']]);
    expect(shape(moveItem(l, 0, 1, 1))).toEqual([['a'], ['b'], ['c']]);
    expect(shape(moveItem(l, 2, 0, -1))).toEqual([['a', 'b'], ['c'], []]);
    expect(moveItem(l, 0, 0, -1)).toBe(l);
    expect(moveItem(l, 2, 0, 1)).toBe(l);
    expect(shape(l)).toEqual([['a', 'b'], [], ['c']]);
  });
  it('removes items and modules, sets and clears notes and module titles', () => {
    const l = list(['a', 'b'], ['c']);
    expect(shape(removeItem(l, 0, 0))).toEqual([['b'], ['c']]);
    expect(shape(removeModule(l, 0))).toEqual([['c']]);
    expect(shape(addModule(l))).toEqual([['a', 'b'], ['c'], []]);
    const noted = setNote(l, 0, 1, 'x'.repeat(600));
    expect(noted.modules[0]!.items[1]!.note).toHaveLength(500);
    expect(setNote(noted, 0, 1, '  ').modules[0]!.items[1]).toEqual({ id: 'b' });
    expect(setModuleTitle(l, 1, 'Lab').modules[1]).toEqual({ title: 'Lab', items: [{ id: 'c' }] });
    expect(setModuleTitle(setModuleTitle(l, 1, 'Lab'), 1, '').modules[1]).toEqual({ items: [{ id: 'c' }] });
  });
});
