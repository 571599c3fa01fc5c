/**
 * Edits of a reading list, as the builder makes them: each returns a new list (the old one is
 * untouched). Pure.
 */
import { MAX_ITEMS, MAX_NOTE, MAX_TITLE } from './state';
import type { CourseList, CourseModule } from './types';

const copy = (list: CourseList): CourseModule[] => list.modules.map((m) => ({ ...m, items: [...m.items] }));
const ids = (list: CourseList) => new Set(list.modules.flatMap((m) => m.items.map((i) => i.id)));

/** Adds an id at the end of the last module (a first module when there is none); a duplicate or a 201st item is refused. */
export function addItem(list: CourseList, id: string): CourseList {
  const have = ids(list);
  if (have.has(id) || have.size >= MAX_ITEMS) return list;
  const modules = copy(list);
  if (modules.length === 0) modules.push({ items: [] });
  modules[modules.length - 1]!.items.push({ id });
  return { ...list, modules };
}

/**
 * Moves an item one place up (-1) or down (1); from the top or bottom of its module it goes to the
 * end of the previous module or the start of the next one (how items are regrouped). Nothing
 * moves past the ends of the list.
 */
export function moveItem(list: CourseList, mi: number, ii: number, dir: -1 | 1): CourseList {
  const modules = copy(list);
  const mod = modules[mi];
  const item = mod?.items[ii];
  if (!mod || !item) return list;
  const j = ii + dir;
  if (j >= 0 && j < mod.items.length) {
    mod.items[ii] = mod.items[j]!;
    mod.items[j] = item;
    return { ...list, modules };
  }
  const target = modules[mi + dir];
  if (!target) return list;
  mod.items.splice(ii, 1);
  if (dir === -1) target.items.push(item);
  else target.items.unshift(item);
  return { ...list, modules };
}

export function removeItem(list: CourseList, mi: number, ii: number): CourseList {
  const modules = copy(list);
  modules[mi]?.items.splice(ii, 1);
  return { ...list, modules };
}

/** Sets an item's note (cut to 500 characters; blank removes it). */
export function setNote(list: CourseList, mi: number, ii: number, note: string): CourseList {
  const modules = copy(list);
  const it = modules[mi]?.items[ii];
  if (!it) return list;
  modules[mi]!.items[ii] = note.trim() ? { id: it.id, note: [...note].slice(0, MAX_NOTE).join('') } : { id: it.id };
  return { ...list, modules };
}

/** Sets a module's title (cut to 200 characters; blank: the default "Week n"). */
export function setModuleTitle(list: CourseList, mi: number, title: string): CourseList {
  const modules = copy(list);
  const m = modules[mi];
  if (!m) return list;
  modules[mi] = title.trim() ? { ...m, title: [...title].slice(0, MAX_TITLE).join('') } : { items: m.items };
  return { ...list, modules };
}

export function addModule(list: CourseList): CourseList {
  return { ...list, modules: [...copy(list), { items: [] }] };
}

/** Removes a module with its items. */
export function removeModule(list: CourseList, mi: number): CourseList {
  const modules = copy(list);
  modules.splice(mi, 1);
  return { ...list, modules };
}
