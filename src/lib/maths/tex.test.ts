import { describe, expect, it } from 'vitest';
import { renderTex } from './tex';

describe('renderTex', () => {
  it('writes MathML beside the aria-hidden HTML, so that a screen reader reads the formula', () => {
    const html = renderTex('\\hat{y}_i', false);
    expect(html).toContain('<span class="katex-html" aria-hidden="true">');
    expect(html).toMatch(/<span class="katex-mathml"><math[^>]*>.*<mi>y<\/mi>.*<\/math><\/span>/s);
    expect(html).toContain('<annotation encoding="application/x-tex">\\hat{y}_i</annotation>');
  });
  it('renders display math in display mode, and a bad formula as text, never throwing', () => {
    expect(renderTex('x^2', true)).toContain('katex-display');
    expect(() => renderTex('\\frac{', true)).not.toThrow();
  });
});
