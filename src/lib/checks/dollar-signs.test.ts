/**
 * A dollar sign in prose starts inline maths (remark-math): "US$500 million … US$1 million" renders
 * as one formula. Money is written `US\$500`; this gate names every unescaped one, file and line.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
/** `US$`, or a `$` that opens an amount followed by a word of money ("$500 million"), not escaped. */
const MONEY = /(?<!\\)US\$|(?<![\\$])\$\d[\d,.]*\s*(?:million|billion|thousand|per\b|an hour|a month)/;

export function dollarProblems(file: string, src: string): string[] {
  return src.split('\n').flatMap((line, i) => (MONEY.test(line) ? [`${file}:${i + 1}: a dollar sign starts inline maths here; write money as US\\$…`] : []));
}

describe('dollar signs in prose', () => {
  it('flags money written with a bare $ (bad fixture) and accepts escaped money and real maths', () => {
    expect(dollarProblems('f.mdx', 'costs US$500 million and $2 billion')).toEqual(['f.mdx:1: a dollar sign starts inline maths here; write money as US\\$…']);
    expect(dollarProblems('f.mdx', 'costs US\\$500 million; $x = 2$ and $0.5$, $2$ or $$\na\n$$')).toEqual([]);
  });

  it('no chapter writes money with a bare $', () => {
    const problems = ['en', 'zh'].flatMap((lang) =>
      readdirSync(join(ROOT, 'content', lang))
        .filter((f) => f.endsWith('.mdx'))
        .flatMap((f) => dollarProblems(`content/${lang}/${f}`, readFileSync(join(ROOT, 'content', lang, f), 'utf8'))),
    );
    expect(problems).toEqual([]);
  });
});
