import { expect, test } from 'vitest';
import { citationMeta } from './citation-meta';

test('citation_* tags of a chapter page (en)', () => {
  expect(citationMeta('en', 'Mathematical Models and Formulas', 'https://h.example/en/math/')).toEqual([
    ['citation_title', 'Mathematical Models and Formulas'],
    ['citation_inbook_title', 'The Socio-Technical Nature of Foundation Models'],
    ['citation_author', 'Zen and the Art of Computer Programming'],
    ['citation_publication_date', '2026/12/06'],
    ['citation_edition', '3'],
    ['citation_language', 'en'],
    ['citation_public_url', 'https://h.example/en/math/'],
  ]);
});

test('citation_* tags of the cover page (zh): the book itself', () => {
  const tags = citationMeta('zh', '基础模型的社会技术性质', 'https://h.example/zh/');
  expect(tags[0]).toEqual(['citation_title', '基础模型的社会技术性质']);
  expect(tags.map(([n]) => n)).not.toContain('citation_inbook_title');
  expect(tags).toContainEqual(['citation_author', '禅与计算机程序设计艺术']);
  expect(tags).toContainEqual(['citation_language', 'zh-CN']);
});
