/**
 * Headings that a component writes into a chapter (not `## … {/*id*\/}` lines of
 * the MDX): the link inventory must know them like any other heading, so that
 * their ids are in the ledger of published ids, `/links.json`, `objects.inv`
 * and `/go/`, and are unique in the book (src/lib/book/link-ids.ts).
 *
 * Every component that renders a heading with an id inside a chapter is listed
 * here, with the headings it renders; the component takes its ids and titles
 * from the same function, so the two cannot drift. The built pages are checked
 * against the inventory (src/lib/book/inventory.test.ts: every h2–h4 id of a chapter
 * page is a target of `/links.json`).
 */
import type { Lang } from './book';
import { contentModel } from './content-model';
import { REFERENCES } from '../../data/references';
import { referenceGroups } from '../references/reference-groups';

export interface ComponentHeading {
  id: string;
  /** The component that renders it. */
  component: string;
  depth: 2 | 3 | 4;
  title: Record<Lang, string>;
}

/** Component name (as written in the MDX: `<ReferenceList />`) → the headings it renders. */
export const COMPONENT_HEADINGS: Record<string, () => ComponentHeading[]> = {
  // The bibliography: one h3 per kind of work (src/components/ReferenceList.astro).
  ReferenceList: () => referenceGroups(REFERENCES).map((g) => ({ id: g.id, component: 'ReferenceList', depth: 3, title: g.title })),
};

/** Where a component with headings is used in a page: the headings, and the id of the MDX heading before it. */
export interface ComponentUse {
  component: string;
  /** The id of the last `## … {/*id*\/}` heading before the component, if any. */
  after: string | undefined;
  headings: ComponentHeading[];
}

/** The components of COMPONENT_HEADINGS used in an MDX source (outside code fences), in order. */
export function componentUses(src: string, registry: Record<string, () => ComponentHeading[]> = COMPONENT_HEADINGS): ComponentUse[] {
  return contentModel(src)
    .tags.filter((t) => /^[A-Z]/.test(t.name) && Object.hasOwn(registry, t.name))
    .map((t) => ({ component: t.name, after: t.after, headings: registry[t.name]!() }));
}
