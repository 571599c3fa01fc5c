/**
 * The instructors' page of each edition (/en/instructors/, /zh/instructors/):
 * its title, its sections (stable, language-neutral ids, the same in both
 * editions) and the embed snippets it shows (made by `parentSnippet`, the code
 * the embed tests run). The prose is in src/components/instructors/.
 */
import type { Lang } from './book';
import { withBase } from './paths';
import type { SnippetOptions } from './embed';

export const INSTRUCTORS_PATH = 'instructors/';

export const INSTRUCTORS_UI: Record<Lang, { title: string; description: string; link: string }> = {
  en: {
    title: 'For instructors',
    description: 'How to use the book in a course: links that never break, embeds, citations, seeded exercises, progress, reading lists for an LMS, PDFs and offline reading.',
    link: 'For instructors',
  },
  zh: {
    title: '教师指南',
    description: '如何在课程中使用本书：永不失效的链接、嵌入、引用、带种子的练习、学习进度、可导入学习管理系统的阅读清单、PDF 与离线阅读。',
    link: '教师指南',
  },
};

export interface InstructorSection {
  id: string;
  depth: 2 | 3;
  title: Record<Lang, string>;
}

/** The headings of the page, in order. */
export const INSTRUCTOR_SECTIONS: readonly InstructorSection[] = [
  { id: 'where-to-find', depth: 2, title: { en: 'Where to find what', zh: '资源一览' } },
  { id: 'linking', depth: 2, title: { en: 'Linking to the book', zh: '链接到本书' } },
  { id: 'embedding', depth: 2, title: { en: 'Embedding examples and exercises', zh: '嵌入示例与练习' } },
  { id: 'citing', depth: 2, title: { en: 'Citing the book', zh: '引用本书' } },
  { id: 'exercises-and-seeds', depth: 2, title: { en: 'Exercises and seeds', zh: '练习与种子' } },
  { id: 'progress', depth: 2, title: { en: 'Students’ progress', zh: '学生的学习进度' } },
  { id: 'course-kit', depth: 2, title: { en: 'The course kit: reading lists and exports', zh: '课程工具包：阅读清单与导出' } },
  { id: 'lms-import', depth: 2, title: { en: 'Importing into Moodle or Canvas', zh: '导入 Moodle 或 Canvas' } },
  { id: 'lms-moodle', depth: 3, title: { en: 'Moodle', zh: 'Moodle' } },
  { id: 'lms-canvas', depth: 3, title: { en: 'Canvas', zh: 'Canvas' } },
  { id: 'pdf-and-offline', depth: 2, title: { en: 'PDFs, print and offline reading', zh: 'PDF、打印与离线阅读' } },
  { id: 'inventories', depth: 2, title: { en: 'Link inventories: /links.json and objects.inv', zh: '链接清单：/links.json 与 objects.inv' } },
];

export function instructorSection(id: string): InstructorSection {
  const s = INSTRUCTOR_SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(`instructors' page: no section "${id}" in INSTRUCTOR_SECTIONS`);
  return s;
}

/** The host the snippets show; a script on the page puts the page's own origin in its place. */
export const SNIPPET_HOST = 'https://YOUR-HOST';

/** The two embed snippets of the page (an example, an exercise), in an edition, under a base path. */
export function instructorSnippets(lang: Lang, base: string): SnippetOptions[] {
  return [
    {
      host: SNIPPET_HOST,
      path: withBase(base, `${lang}/embed/mse/?mse.y=3,-0.5,2,7&mse.yhat=2.5,0,2,8`),
      id: 'fm-mse',
      example: 'mse',
      title: lang === 'zh' ? '均方误差（示例）' : 'Mean squared error (worked example)',
    },
    {
      host: SNIPPET_HOST,
      path: withBase(base, `${lang}/embed/exercise/ex-4-2/?ex.seed=7`),
      id: 'fm-ex',
      example: 'ex-4-2',
      title: lang === 'zh' ? '练习 4.2' : 'Exercise 4.2',
    },
  ];
}
