/**
 * The reading list's export formats, keyed as the builder's `data-export` controls name them,
 * in display order. Every function is pure and synchronous: an `ExportInput` in, one file out.
 */
import type { ExportFile, ExportInput } from './types';
import { exportBibtex } from './export-bibtex';
import { exportGift } from './export-gift';
import { exportHtml } from './export-html';
import { exportImscc } from './export-imscc';
import { exportMarkdown } from './export-markdown';
import { exportMoodleXml } from './export-moodle-xml';

export const EXPORT_FORMATS = ['markdown', 'html', 'bibtex', 'imscc', 'moodle-xml', 'gift'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORTS: Record<ExportFormat, (input: ExportInput) => ExportFile> = {
  markdown: exportMarkdown,
  html: exportHtml,
  bibtex: exportBibtex,
  imscc: exportImscc,
  'moodle-xml': exportMoodleXml,
  gift: exportGift,
};
