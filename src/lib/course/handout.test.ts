import { describe, expect, it } from 'vitest';
import { handoutHref, handoutIds, toHide } from './handout';

class N {
  constructor(
    public name: string,
    public children: N[] = [],
  ) {}
}
const holds = (a: N, b: N): boolean => a === b || a.children.some((c) => holds(c, b));
const TREE = { children: (n: N) => n.children, contains: holds, isTitle: (n: N) => n.name.startsWith('title') };

describe('handout', () => {
  it('links to the print edition with the ids and the title', () => {
    expect(handoutHref('/', 'en', ['momentum', 'ex-4-2'], 'Optimizers & co')).toBe('/en/print/?handout=momentum,ex-4-2&title=Optimizers%20%26%20co');
    expect(handoutHref('/book/', 'zh', ['math'], ' ')).toBe('/book/zh/print/?handout=math');
    expect(handoutHref('/', 'en', [], 'x')).toBe('');
  });
  it('reads the ids, well-formed and once each; none asked: the whole book', () => {
    expect(handoutIds('?handout=momentum,<b>,momentum,ex-4-2')).toEqual(['momentum', 'ex-4-2']);
    expect(handoutIds('?title=x')).toBeNull();
  });
  it('hides everything but the kept nodes, their ancestors and the chapter titles', () => {
    const sub = new N('sub');
    const kept = new N('kept', [new N('inside')]);
    const title4 = new N('title4');
    const sec = new N('sec', [new N('h2'), kept, sub]);
    const ch4 = new N('ch4', [title4, sec, new N('other-sec')]);
    const ch5 = new N('ch5', [new N('title5'), new N('sec5')]);
    const whole = new N('ch6', [new N('title6'), new N('sec6')]);
    const hidden = toHide([ch4, ch5, whole], new Set([kept, whole]), TREE);
    expect(hidden.map((n) => n.name)).toEqual(['h2', 'sub', 'other-sec', 'ch5']);
  });
});
