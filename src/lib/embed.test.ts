import { describe, expect, it } from 'vitest';
import { EMBED_MESSAGE_TYPE, embedTheme, heightMessage, isHeightMessage } from './embed';

describe('embed height messages', () => {
  it('rounds the height up and names the example', () => {
    expect(heightMessage('mse', 412.2)).toEqual({ type: EMBED_MESSAGE_TYPE, example: 'mse', height: 413 });
    expect(isHeightMessage(heightMessage('gd', 10))).toBe(true);
  });
  it('recognizes only well-formed messages', () => {
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: 'mse', height: NaN })).toBe(false);
    expect(isHeightMessage({ type: 'other', example: 'mse', height: 1 })).toBe(false);
    expect(isHeightMessage('foundation-models-book:height')).toBe(false);
    expect(isHeightMessage(null)).toBe(false);
  });
});

describe('embedTheme', () => {
  it('takes ?theme=light|dark, ignores anything else', () => {
    expect(embedTheme('?theme=light', false)).toBe('light');
    expect(embedTheme('?theme=dark&mse.y=1', true)).toBe('dark');
    expect(embedTheme('?theme=<script>', true)).toBe('light');
    expect(embedTheme('', false)).toBe('dark');
  });
});
