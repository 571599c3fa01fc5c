/**
 * The glossary: one list, rendered on the glossary page of both editions and
 * used by <Term id="…"> in the chapters (the first use of a term shows the
 * other language's name and links here). Anchors are `term-<id>`.
 */
export interface GlossaryEntry {
  /** Stable id, lower-case kebab-case, e.g. "gradient-descent". */
  id: string;
  en: string;
  zh: string;
  /** Other English names readers may search for (abbreviations, synonyms). */
  aliases?: string[];
  definition: { en: string; zh: string };
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'foundation-model',
    en: 'foundation model',
    zh: '基础模型',
    definition: {
      en: 'A model trained on broad data at scale that can be adapted to a wide range of downstream tasks.',
      zh: '在大规模、广泛的数据上训练，可适配到多种下游任务的模型。',
    },
  },
];
