import { describe, expect, it } from 'vitest';
import { LANGS } from '../book/book';
import { controlNameProblem, snapshotControls } from './control-names';
import { TEXT } from '../training/text';
import { STRINGS } from '../playground/strings';
import { CALC_UI } from '../examples/messages';
import { EX_UI } from '../exercises/ui';
import { resultOf } from '../examples/example-registry';

describe('controlNameProblem', () => {
  it('refuses a name that is empty, only a symbol, only digits or a lone letter', () => {
    for (const name of ['', '  ', '‹', '›', '×', '+', '−', '«', '→', '1', '12', 'θ', 'Q', 'x²', '…']) expect(controlNameProblem(name), name).not.toBeNull();
    expect(controlNameProblem('')).toBe('empty');
    expect(controlNameProblem('×')).toBe('symbol');
  });
  it('refuses a name that is only a position, in either language', () => {
    for (const name of ['Previous', 'Next', 'next ›', '« Prev', 'Back', '上一个', '下一个', '下一页']) expect(controlNameProblem(name), name).toBe('position');
  });
  it('accepts names that say what the control does or moves through', () => {
    for (const name of ['Previous test digit', 'Next test digit', '上一个测试数字', '下一个测试数字', 'Train', '训练', '停止', 'Adam', 'SGD (noisy gradient)', 'Momentum β slider', 'α (learning rate)']) {
      expect(controlNameProblem(name), name).toBeNull();
    }
  });
});

describe('snapshotControls', () => {
  it('reads roles and names from an ARIA snapshot, unnamed controls as ""', () => {
    const yaml = [
      '- figure:',
      '  - button "Next test digit"',
      '  - button "Stop" [disabled]',
      '  - button',
      '  - spinbutton "Epochs": "3"',
      '  - combobox "Data":',
      '    - option "handwritten digits" [selected]',
      '  - img "Drawing pad"',
      '  - button "say \\"hi\\""',
      '  - slider "×"',
    ].join('\n');
    expect(snapshotControls(yaml)).toEqual([
      { role: 'button', name: 'Next test digit' },
      { role: 'button', name: 'Stop' },
      { role: 'button', name: '' },
      { role: 'spinbutton', name: 'Epochs' },
      { role: 'combobox', name: 'Data' },
      { role: 'button', name: 'say "hi"' },
      { role: 'slider', name: '×' },
    ]);
  });
});

describe('the labs’ and examples’ control names, both languages', () => {
  for (const lang of LANGS) {
    it(`${lang}: every button, slider and focusable table of the training lab, the playground, the worked examples and the exercises`, () => {
      const t = TEXT[lang];
      const p = STRINGS[lang];
      const c = CALC_UI[lang];
      const x = EX_UI[lang];
      const names: Record<string, string> = {
        'lab train': t.train, 'lab stop': t.stop, 'lab reset': t.reset, 'lab retry': t.retry, 'lab use random': t.useRandom,
        'lab console': t.console, 'pad clear': t.clear, 'previous test digit': t.previous, 'next test digit': t.next,
        'playground play': p.play, 'playground pause': p.pause, 'playground step': p.step, 'playground rewind': p.reset,
        'playground defaults': p.defaults, 'playground copy': p.copyLink, 'lr slider': p.lrSlider, 'beta slider': p.betaSlider, 'kappa slider': p.kappaSlider,
        ...Object.fromEntries(Object.entries(p.optName).map(([k, v]) => [`optimizer ${k}`, v])),
        'example copy': c.copyLink, 'example reset': c.reset, 'example formula': c.formula, 'example terms': c.terms,
        ...Object.fromEntries((resultOf('attention').matrices ?? []).map((m) => [`attention table ${m.key}`, m.label[lang]])),
        ...Object.fromEntries((resultOf('attention', { heads: '2' }).matrices ?? []).map((m) => [`attention (2 heads) table ${m.key}`, m.label[lang]])),
        'exercise check': x.check, 'exercise new numbers': x.newNumbers, 'exercise mark': x.markDone,
      };
      const bad = Object.entries(names).filter(([, name]) => controlNameProblem(name) !== null);
      expect(bad).toEqual([]);
    });
  }
  it('the attention example’s focusable tables are named in the page’s language, not by their result key', () => {
    for (const m of [...(resultOf('attention').matrices ?? []), ...(resultOf('attention', { heads: '2' }).matrices ?? [])]) {
      expect(m.label.zh).toMatch(/\p{Script=Han}/u);
      expect(m.label.en.toLowerCase()).not.toBe(m.key);
    }
  });
});
