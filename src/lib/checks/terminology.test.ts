/**
 * The terminology gate: no chapter (content/en, content/zh) and no reader-facing
 * string in src/ uses a name that the glossary lists as a variant. Failures
 * name file:line, the variant and the glossary's term.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, type GlossaryEntry } from '../../data/glossary';
import { findTermVariants, formatVariantHit, proseOnly } from './terminology';

const ROOT = new URL('../../../', import.meta.url).pathname;

function walk(dir: string, keep: (p: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, keep) : keep(p) ? [p] : [];
  });
}

/** errata.ts quotes the original verbatim: its `original` strings are not the book's prose. */
export function withoutOriginalQuotes(src: string): string {
  return src.replace(/original:\s*(\n\s*)?'(?:[^'\\]|\\.)*'/g, (m) => m.replace(/[^\n]/g, ' '));
}

describe('terminology: the glossary is the single source of each term', () => {
  it('every glossary variant differs from every preferred name', () => {
    for (const e of GLOSSARY) {
      for (const lang of ['en', 'zh'] as const) {
        for (const v of e.variants?.[lang] ?? []) {
          const clash = GLOSSARY.find((o) => o[lang].toLowerCase() === v.toLowerCase());
          expect(clash, `glossary "${e.id}": variant "${v}" is the preferred ${lang} name of "${clash?.id}"`).toBeUndefined();
        }
      }
    }
  });

  it('no chapter uses a variant (content/en, content/zh)', () => {
    const hits = (['en', 'zh'] as const).flatMap((lang) =>
      walk(join(ROOT, 'content', lang), (p) => p.endsWith('.mdx')).flatMap((p) =>
        findTermVariants(relative(ROOT, p), readFileSync(p, 'utf8'), lang, GLOSSARY),
      ),
    );
    expect(hits.map(formatVariantHit)).toEqual([]);
  });

  it('no reader-facing string in src/ uses a variant', () => {
    const files = walk(join(ROOT, 'src'), (p) => /\.(ts|astro|tsx)$/.test(p) && !/\.(test|bench)\.ts$/.test(p))
      .filter((p) => !p.endsWith('/data/glossary.ts') && !p.endsWith('/lib/checks/terminology.ts'));
    const hits = files.flatMap((p) => {
      let text = readFileSync(p, 'utf8');
      if (p.endsWith('/data/errata.ts')) text = withoutOriginalQuotes(text);
      return (['en', 'zh'] as const).flatMap((lang) => findTermVariants(relative(ROOT, p), text, lang, GLOSSARY));
    });
    expect(hits.map(formatVariantHit)).toEqual([]);
  });
});

describe('terminology: the check itself (fixtures)', () => {
  const glossary: GlossaryEntry[] = [
    { id: 'batch-size', en: 'batch size', zh: '批量大小', variants: { en: ['batchsize'], zh: ['批大小'] }, definition: { en: '', zh: '' } },
    { id: 'optimizer', en: 'optimizer', zh: '优化器', variants: { en: ['optimiser'] }, definition: { en: '', zh: '' } },
    // A variant that is part of another term's correct name must not match inside it.
    { id: 'epoch', en: 'epoch', zh: '轮次', variants: { zh: ['轮数'] }, definition: { en: '', zh: '' } },
    { id: 'epoch-count', en: 'number of epochs', zh: '训练轮数上限', definition: { en: '', zh: '' } },
  ];

  it('fails on a planted variant, naming file, line and the preferred term', () => {
    const text = '---\ntitle: x\n---\n默认的批量大小为 32。\n默认的批大小为 32。\n';
    const hits = findTermVariants('content/zh/fixture.mdx', text, 'zh', glossary);
    expect(hits.map(formatVariantHit)).toEqual([
      'content/zh/fixture.mdx:5: "批大小" is not the book\'s term; use the glossary\'s "批量大小" (term "batch-size")',
    ]);
  });

  it('never matches the preferred term itself, nor a variant inside an allowed name', () => {
    expect(findTermVariants('a.mdx', '批量大小、批量大小。训练轮数上限为 100。', 'zh', glossary)).toEqual([]);
    expect(findTermVariants('a.mdx', '训练轮数为 10。', 'zh', glossary).map((h) => h.variant)).toEqual(['轮数']);
  });

  it('matches English variants at word starts, any case, and not inside words or code', () => {
    const text = 'The Optimisers differ.\nA reoptimiser is fine.\nCall `optimiser()` here.\n{/* optimiser */}\n';
    const hits = findTermVariants('content/en/fixture.mdx', text, 'en', glossary);
    expect(hits.map((h) => `${h.line}:${h.variant}`)).toEqual(['1:optimiser']);
  });

  it('ignores fenced code blocks and keeps line numbers', () => {
    const text = '```python\nbatchsize = 32\n```\nThe batchsize is 32.\n';
    expect(proseOnly(text).split('\n')).toHaveLength(text.split('\n').length);
    expect(findTermVariants('b.mdx', text, 'en', glossary).map((h) => h.line)).toEqual([4]);
  });

  it('skips the original quotes of errata.ts but not the corrections', () => {
    const src = "  original: '默认批大小',\n  correction: { zh: '批大小' },\n  original:\n      '批大小',\n";
    const hits = findTermVariants('src/data/errata.ts', withoutOriginalQuotes(src), 'zh', glossary);
    expect(hits.map((h) => h.line)).toEqual([2]);
  });
});
