import { describe, expect, it } from 'vitest';
import { countText, prose, readingMinutes, sectionMinutes, sectionSource } from './reading-time';

const SRC = `---
title: T
---
import X from '~/x';

Intro words here.

## A {/*a*/}

One two three $x^2$ <Term id="t">four</Term> [five](/en/math/#a).

$$
y = mx + b
$$

\`\`\`python
## not a heading {/*fake*/}
code code code
\`\`\`

### A1 {/*a1*/}

Six seven.

## B {/*b*/}

中文字 English 词。
`;

describe('reading time', () => {
  it('takes a section with its subsections, up to the next heading of its level', () => {
    expect(sectionSource(SRC, 'a')).toContain('Six seven.');
    expect(sectionSource(SRC, 'a')).not.toContain('English');
    expect(sectionSource(SRC, 'a1')).toBe('### A1 {/*a1*/}\n\nSix seven.\n');
    expect(sectionSource(SRC, 'nope')).toBe('');
  });
  it('counts prose only: no code, formulas, imports, comments, tags or link addresses', () => {
    expect(countText(prose(sectionSource(SRC, 'a')))).toEqual({ words: 1 + 5 + 2 + 1, han: 0 }); // "A", One..five, "A1", Six seven
    expect(countText('中文字 English 词。')).toEqual({ words: 1, han: 4 });
  });
  it('is words ÷ 200 (English), Han ÷ 300 + words ÷ 200 (Chinese), rounded up, at least 1', () => {
    expect(readingMinutes({ words: 200, han: 0 }, 'en')).toBe(1);
    expect(readingMinutes({ words: 201, han: 0 }, 'en')).toBe(2);
    expect(readingMinutes({ words: 0, han: 900 }, 'zh')).toBe(3);
    expect(readingMinutes({ words: 100, han: 750 }, 'zh')).toBe(3);
    expect(readingMinutes({ words: 0, han: 0 }, 'en')).toBe(0);
    expect(sectionMinutes(SRC, 'en', 'b')).toBe(1);
  });
});
