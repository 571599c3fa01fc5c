/**
 * The PDF download links. The build cannot know whether `npm run pdf` will run, so
 * the landing page and the covers carry an empty slot, `<span data-pdf-slot="en">`,
 * and `npm run pdf` fills it once the file exists (fillPdfSlots): the link is there
 * exactly when the PDF is. Pure.
 */
import type { Lang } from './book.ts';

/** dist/pdf/<PDF_NAME>-<lang>.pdf */
export const PDF_NAME = 'foundation-models-book';

export const PDF_LABEL: Record<Lang, { download: string; lang: string }> = {
  en: { download: 'Download the PDF', lang: 'English edition' },
  zh: { download: '下载 PDF', lang: '中文版' },
};

export function pdfPath(base: string, lang: Lang): string {
  return `${base.replace(/\/?$/, '/')}pdf/${PDF_NAME}-${lang}.pdf`;
}

const SLOT = /<span([^>]*)\sdata-pdf-slot="(en|zh)"([^>]*)>[\s\S]*?<\/span>/g;

/** Fills every empty (or already filled) slot with the link to that edition's PDF and its size. */
export function fillPdfSlots(html: string, base: string, sizes: Partial<Record<Lang, number>>): string {
  return html.replace(SLOT, (m, pre: string, lang: Lang, post: string) => {
    const size = sizes[lang];
    if (size === undefined) return m;
    const mb = (size / 1024 / 1024).toFixed(1);
    const text = lang === 'zh' ? `${PDF_LABEL.zh.download}（${mb} MB）` : `${PDF_LABEL.en.download} (${mb} MB)`;
    return `<span${pre} data-pdf-slot="${lang}"${post}><a href="${pdfPath(base, lang)}" download hreflang="${lang === 'zh' ? 'zh-CN' : 'en'}">${text}</a></span>`;
  });
}
