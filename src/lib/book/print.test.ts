import { describe, expect, it } from 'vitest';
import { headingsOf, printLinks, printStatic, uniqueIds } from './print';

describe('printLinks', () => {
  const opts = { base: '/', lang: 'en', slugs: ['math', 'background'], site: 'https://book.example.org' };
  it('turns links into the same edition into fragments of the one document', () => {
    expect(printLinks('<a href="/en/math/#mse">x</a>', opts)).toBe('<a href="#mse">x</a>');
    expect(printLinks('<a class="c" href="/en/background/">x</a>', opts)).toBe('<a class="c" href="#chapter-background">x</a>');
    expect(printLinks('<a href="/en/math/?mse.y=1#example-mse">x</a>', opts)).toBe('<a href="#example-mse">x</a>');
  });
  it('makes other site paths absolute, leaves external links and fragments alone', () => {
    expect(printLinks('<a href="/zh/math/#mse">x</a>', opts)).toBe('<a href="https://book.example.org/zh/math/#mse">x</a>');
    expect(printLinks('<a href="/parallel/math/">x</a>', opts)).toBe('<a href="https://book.example.org/parallel/math/">x</a>');
    expect(printLinks('<a href="https://arxiv.org/abs/2108.07258">x</a><a href="#eq-mse">y</a>', opts)).toBe('<a href="https://arxiv.org/abs/2108.07258">x</a><a href="#eq-mse">y</a>');
  });
  it('leaves other site paths relative in a local build (no SITE_URL)', () => {
    expect(printLinks('<a href="/zh/math/#mse">x</a><a href="/en/math/#mse">y</a>', { ...opts, site: undefined })).toBe('<a href="/zh/math/#mse">x</a><a href="#mse">y</a>');
  });
  it('respects a base path', () => {
    expect(printLinks('<a href="/book/en/math/#mse">x</a>', { ...opts, base: '/book/' })).toBe('<a href="#mse">x</a>');
  });
});

describe('uniqueIds', () => {
  it('renames ids an earlier chapter used, with their references, and keeps the others', () => {
    const seen = new Set<string>();
    const a = '<span id="term-tip-x-1"></span><h2 id="mse">M</h2>';
    expect(uniqueIds(a, 'background', seen)).toBe(a);
    const b = '<a aria-describedby="term-tip-x-1" href="#term-tip-x-1">t</a><span id="term-tip-x-1"></span><h2 id="gd">G</h2><a href="#mse">m</a>';
    expect(uniqueIds(b, 'math', seen)).toBe(
      '<a aria-describedby="math-term-tip-x-1" href="#math-term-tip-x-1">t</a><span id="math-term-tip-x-1"></span><h2 id="gd">G</h2><a href="#mse">m</a>',
    );
    expect(seen.has('math-term-tip-x-1')).toBe(true);
  });
});

describe('headingsOf', () => {
  it('reads h2 and h3 with their text as shown', () => {
    expect(headingsOf('<h2 id="losses">4.1 Loss &amp; <em>risk</em></h2><p>x</p><h3 id="mse">4.1.1 MSE</h3><h4 id="d">d</h4>')).toEqual([
      { depth: 2, id: 'losses', text: '4.1 Loss & risk' },
      { depth: 3, id: 'mse', text: '4.1.1 MSE' },
    ]);
  });
});

describe('printStatic', () => {
  it('opens every <details>, labels each tab panel, and turns read-only fields into text', () => {
    const html =
      '<details class="exercise-solution"><summary>Worked solution</summary><p>x</p></details><details open><summary>T</summary></details>' +
      '<ul role="tablist"><li><a role="tab" href="#tab-panel-0-0" id="tab-0-0" aria-selected="true">Python</a></li><li><a role="tab" href="#tab-panel-0-1" id="tab-0-1">JS</a></li></ul>' +
      '<div id="tab-panel-0-0" aria-labelledby="tab-0-0" role="tabpanel">A</div><div id="tab-panel-0-1" aria-labelledby="tab-0-1" role="tabpanel" hidden>B</div>' +
      '<label><span>Epochs</span><input readonly type="number" name="e" value="10" min="1"/></label>' +
      '<label><span>Data</span><select disabled name="d"><option value="a">digits</option><option selected value="r">random</option></select></label>' +
      '<input type="text" name="free">';
    expect(printStatic(html)).toBe(
      '<details open class="exercise-solution"><summary>Worked solution</summary><p>x</p></details><details open><summary>T</summary></details>' +
        '<ul role="tablist"><li><a role="tab" href="#tab-panel-0-0" id="tab-0-0" aria-selected="true">Python</a></li><li><a role="tab" href="#tab-panel-0-1" id="tab-0-1">JS</a></li></ul>' +
        '<div id="tab-panel-0-0" aria-labelledby="tab-0-0" role="tabpanel"><p class="print-tab-label">Python</p>A</div><div id="tab-panel-0-1" aria-labelledby="tab-0-1" role="tabpanel" hidden><p class="print-tab-label">JS</p>B</div>' +
        '<label><span>Epochs</span><output class="print-field">10</output></label>' +
        '<label><span>Data</span><output class="print-field">random</output></label>' +
        '<input type="text" name="free">',
    );
  });
});
