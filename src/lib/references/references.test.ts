import { describe, expect, it } from 'vitest';
import { REFERENCES } from '../../data/references';
import { citeLabel } from './references';

const ref = (id: string) => {
  const r = REFERENCES.find((x) => x.id === id);
  if (!r) throw new Error(`no reference ${id}`);
  return r;
};

describe('citeLabel', () => {
  it('cites people by surname', () => {
    expect(citeLabel(ref('strubell-2019'), 'en')).toBe('Strubell et al., 2019');
    expect(citeLabel(ref('gray-suri-2019'), 'en')).toBe('Gray & Suri, 2019');
    expect(citeLabel(ref('gray-suri-2019'), 'zh')).toBe('Gray 和 Suri，2019');
    expect(citeLabel(ref('solaiman-2023'), 'en')).toBe('Solaiman, 2023');
  });
  it('keeps institutional authors whole', () => {
    expect(citeLabel(ref('eu-ai-act-2024'), 'en')).toBe('European Union, 2024');
    expect(citeLabel(ref('cac-2023'), 'zh')).toBe('Cyberspace Administration of China，2023');
    expect(citeLabel(ref('white-house-2023'), 'en')).toBe('The White House, 2023');
    expect(citeLabel(ref('bigscience-2022'), 'en')).toBe('BigScience Workshop et al., 2022');
    expect(citeLabel(ref('iea-2025'), 'en')).toBe('International Energy Agency, 2025');
    expect(citeLabel(ref('bartz-v-anthropic-2025'), 'en')).toBe('U.S. District Court, N.D. Cal., 2025');
    expect(citeLabel(ref('gema-v-openai-2025'), 'zh')).toBe('Landgericht München I，2025');
    expect(citeLabel(ref('ca-sb53-2025'), 'en')).toBe('California Legislature, 2025');
  });
  it('gives every reference a unique id', () => {
    const ids = REFERENCES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
