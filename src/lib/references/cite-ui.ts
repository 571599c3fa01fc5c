/** The Cite panel's words, in both languages (src/scripts/cite-panel.ts). */
import type { Lang } from '../book/book';

export const CITE_UI: Record<
  Lang,
  {
    panel: string;
    copy: (f: string) => string;
    copied: (f: string) => string;
    failed: string;
    close: string;
    accessed: (d: string) => string;
    /** While citeproc formats APA and GB/T (the first time takes a moment). */
    formatting: string;
    /** Before APA's in-text citation, which names the section. */
    inText: string;
  }
> = {
  en: {
    panel: 'Cite this section',
    copy: (f) => `Copy ${f}`,
    copied: (f) => `${f} copied`,
    failed: 'Copy failed: select the text and copy it',
    close: 'Close',
    accessed: (d) => `Stable link of this edition, accessed ${d}.`,
    formatting: 'Formatting…',
    inText: 'In the text:',
  },
  zh: {
    panel: '引用本节',
    copy: (f) => `复制 ${f}`,
    copied: (f) => `已复制 ${f}`,
    failed: '复制失败：请选中文本后自行复制',
    close: '关闭',
    accessed: (d) => `本版的稳定链接，访问日期 ${d}。`,
    formatting: '正在排版…',
    inText: '文内引用：',
  },
};
