import { describe, expect, it } from 'vitest';
import { fillPdfSlots, pdfPath } from './pdf-links';

describe('fillPdfSlots', () => {
  it('puts the link and size into the slot, again on a second run, and leaves editions without a PDF alone', () => {
    const html = '<p><span class="pdf" data-pdf-slot="en"></span> <span data-pdf-slot="zh"></span></p>';
    const once = fillPdfSlots(html, '/book/', { en: 3 * 1024 * 1024 });
    expect(once).toBe('<p><span class="pdf" data-pdf-slot="en"><a href="/book/pdf/foundation-models-book-en.pdf" download hreflang="en">Download the PDF (3.0 MB)</a></span> <span data-pdf-slot="zh"></span></p>');
    expect(fillPdfSlots(once, '/book/', { en: 3 * 1024 * 1024 })).toBe(once);
    expect(fillPdfSlots(html, '/', { zh: 1024 * 1024 })).toContain('<a href="/pdf/foundation-models-book-zh.pdf" download hreflang="zh-CN">下载 PDF（1.0 MB）</a>');
  });
  it('pdfPath', () => {
    expect(pdfPath('/', 'en')).toBe('/pdf/foundation-models-book-en.pdf');
  });
});
