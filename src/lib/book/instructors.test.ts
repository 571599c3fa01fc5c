import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { INSTRUCTOR_SECTIONS, instructorSection, instructorSnippets } from './instructors';
import { parentSnippet } from './embed';

const prose = (lang: 'En' | 'Zh') => readFileSync(new URL(`../../components/instructors/Instructors${lang}.astro`, import.meta.url), 'utf8');
const ids = (src: string) => [...src.matchAll(/<H id="([^"]+)" lang="(en|zh)" \/>/g)].map((m) => `${m[1]}:${m[2]}`);

describe("the instructors' page", () => {
  it('both editions have every section of INSTRUCTOR_SECTIONS, once, in order, each in its own language', () => {
    const all = INSTRUCTOR_SECTIONS.map((s) => s.id);
    expect(ids(prose('En'))).toEqual(all.map((id) => `${id}:en`));
    expect(ids(prose('Zh'))).toEqual(all.map((id) => `${id}:zh`));
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });
  it('an unknown section fails the build', () => {
    expect(() => instructorSection('nope')).toThrow(/no section "nope"/);
  });
  it('its snippets are the embed snippets, under the base path', () => {
    const [mse, ex] = instructorSnippets('zh', '/book/');
    expect(mse!.path).toBe('/book/zh/embed/mse/?mse.y=3,-0.5,2,7&mse.yhat=2.5,0,2,8');
    expect(ex!.path).toBe('/book/zh/embed/exercise/ex-4-2/?ex.seed=7');
    expect(parentSnippet(ex!)).toContain('var example = "ex-4-2";');
  });
});
