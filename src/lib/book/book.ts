/**
 * The book's outline: one list, used by the sidebar, the landing page, the
 * parity check and the tests. Chapter numbers come from here, never from prose.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

export interface Chapter {
  slug: string;
  /** Chapter number in the book, or null for the appendices (errata, glossary). */
  number: number | null;
  title: Record<Lang, string>;
}

export const CHAPTERS: readonly Chapter[] = [
  { slug: 'background', number: 1, title: { en: 'Background', zh: '背景介绍' } },
  { slug: 'core-concepts', number: 2, title: { en: 'Core Concepts and Connections', zh: '核心概念与联系' } },
  { slug: 'algorithms', number: 3, title: { en: 'Core Algorithm Principles and Steps', zh: '核心算法原理与具体操作步骤' } },
  { slug: 'math', number: 4, title: { en: 'Mathematical Models and Formulas', zh: '数学模型和公式' } },
  { slug: 'practice', number: 5, title: { en: 'Project Practice: Code and Explanation', zh: '项目实践：代码实例和详细解释' } },
  { slug: 'applications', number: 6, title: { en: 'Application Scenarios', zh: '应用场景' } },
  { slug: 'resources', number: 7, title: { en: 'Tools and Resources', zh: '工具和资源推荐' } },
  { slug: 'society', number: 8, title: { en: 'Foundation Models in Society', zh: '基础模型与社会' } },
  { slug: 'outlook', number: 9, title: { en: 'Outlook: Trends and Challenges', zh: '展望：发展趋势与挑战' } },
  { slug: 'faq', number: 10, title: { en: 'Frequently Asked Questions', zh: '常见问题与解答' } },
  { slug: 'references', number: 11, title: { en: 'Further Reading and References', zh: '扩展阅读与参考资料' } },
  { slug: 'errata', number: null, title: { en: 'Errata: What This Edition Corrects', zh: '勘误：本版更正了什么' } },
  { slug: 'glossary', number: null, title: { en: 'Glossary', zh: '术语表' } },
];

export const BOOK = {
  title: {
    en: 'The Socio-Technical Nature of Foundation Models',
    zh: '基础模型的社会技术性质',
  },
  author: {
    en: 'Zen and the Art of Computer Programming',
    zh: '禅与计算机程序设计艺术',
  },
  keywords: {
    en: ['foundation models', 'socio-technical nature', 'artificial intelligence', 'technological development', 'impact'],
    zh: ['基础模型', '社会技术性质', '人工智能', '技术发展', '影响力'],
  },
  abstract: {
    en: 'This book explores the nature and influence of foundation models in their socio-technical setting. By analyzing their basic principles, technical architecture, social impact and future trends, it shows how foundation models shape our socio-technical landscape, and the challenges and opportunities they face.',
    zh: '本书探讨基础模型在社会技术环境中的性质与影响。通过分析基础模型的基本原理、技术架构、社会影响以及未来发展趋势，揭示基础模型如何塑造我们的社会技术格局，以及它们面临的挑战和机遇。',
  },
} as const;

export function chapterLabel(ch: Chapter, lang: Lang): string {
  if (ch.number === null) return ch.title[lang];
  return lang === 'zh' ? `${ch.number}. ${ch.title.zh}` : `${ch.number}. ${ch.title.en}`;
}

export function chapterBySlug(slug: string): Chapter | undefined {
  return CHAPTERS.find((c) => c.slug === slug);
}
