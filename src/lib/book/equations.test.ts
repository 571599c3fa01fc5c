import { describe, expect, it } from 'vitest';
import { equationId, equationNumber, parseEquationComment } from './equations';

describe('equation names and numbers', () => {
  it('reads the name from an {/*eq:name*/} comment', () => {
    expect(parseEquationComment('/*eq:mse*/')).toBe('mse');
    expect(parseEquationComment(' /* eq: heavy-ball */ ')).toBe('heavy-ball');
    expect(parseEquationComment('/*mse*/')).toBeUndefined();
  });
  it('numbers per chapter and gives site-wide unique ids', () => {
    expect(equationNumber(4, 3)).toBe('4.3');
    expect(equationNumber(null, 2)).toBe('2');
    expect(equationId('mse', 4, 'math', 1)).toBe('eq-mse');
    expect(equationId(undefined, 4, 'math', 3)).toBe('eq-4-3');
    expect(equationId(undefined, null, 'errata', 2)).toBe('eq-errata-2');
  });
});
