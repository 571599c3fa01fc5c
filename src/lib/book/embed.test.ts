import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  EMBED_MESSAGE_TYPE,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  acceptMessage,
  embedTheme,
  heightMessage,
  isHeightMessage,
  parentSnippet,
  type SnippetOptions,
} from './embed';

describe('embed height messages', () => {
  it('rounds the height up and names the example', () => {
    expect(heightMessage('mse', 412.2)).toEqual({ type: EMBED_MESSAGE_TYPE, example: 'mse', height: 413 });
    expect(isHeightMessage(heightMessage('gd', 180))).toBe(true);
  });
  it('recognizes only well-formed messages with a plausible height', () => {
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: 'mse', height: NaN })).toBe(false);
    expect(isHeightMessage({ type: 'other', example: 'mse', height: 300 })).toBe(false);
    expect(isHeightMessage('foundation-models-book:height')).toBe(false);
    expect(isHeightMessage(null)).toBe(false);
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: 'mse', height: 3 })).toBe(false);
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: 'mse', height: MAX_EMBED_HEIGHT + 1 })).toBe(false);
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: 'mse', height: '500' })).toBe(false);
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: '<img src=x>', height: 500 })).toBe(false);
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: 'mse', height: MIN_EMBED_HEIGHT })).toBe(true);
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: 'ex-4-2', height: 500 }, 'mse')).toBe(false);
    expect(isHeightMessage({ type: EMBED_MESSAGE_TYPE, example: 'ex-4-2', height: 500 }, 'ex-4-2')).toBe(true);
  });
});

describe('acceptMessage (every window message listener of the site)', () => {
  const frame = {};
  const ok = { origin: 'https://book.example', source: frame, data: heightMessage('mse', 500) };
  const expected = { origin: 'https://book.example', source: frame };
  it('returns the data only from the expected window and origin, with the expected shape', () => {
    expect(acceptMessage(ok, expected, isHeightMessage)).toEqual(heightMessage('mse', 500));
    expect(acceptMessage({ ...ok, origin: 'https://evil.example' }, expected, isHeightMessage)).toBeNull();
    expect(acceptMessage({ ...ok, source: {} }, expected, isHeightMessage)).toBeNull();
    expect(acceptMessage({ ...ok, source: null }, { ...expected, source: null }, isHeightMessage)).toBeNull();
    expect(acceptMessage({ ...ok, data: { ...ok.data, height: 3 } }, expected, isHeightMessage)).toBeNull();
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

/** Runs the snippet's script against a stand-in page: its iframe, and the message listener it adds. */
function runSnippet(opts: SnippetOptions) {
  const html = parentSnippet(opts);
  const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
  const flags = opts.sandbox?.split(/\s+/) ?? [];
  const frame = {
    src: opts.host + opts.path,
    style: { height: '600px' } as { height: string },
    contentWindow: { name: 'the embed' },
    hasAttribute: (n: string) => n === 'sandbox' && opts.sandbox !== undefined,
    sandbox: { contains: (t: string) => flags.includes(t) },
  };
  let listener: ((e: unknown) => void) | undefined;
  runInNewContext(script, {
    URL,
    document: { getElementById: (id: string) => (id === opts.id ? frame : null) },
    addEventListener: (type: string, f: (e: unknown) => void) => {
      if (type === 'message') listener = f;
    },
  });
  expect(listener).toBeTypeOf('function');
  const send = (e: { origin: string; source: unknown; data: unknown }) => {
    listener!(e);
    return frame.style.height;
  };
  return { frame, send };
}

const MSE: SnippetOptions = { host: 'https://book.example', path: '/en/embed/mse/?mse.y=1,2', id: 'fm-mse', example: 'mse', title: 'MSE' };

describe('parentSnippet (run as a course page runs it)', () => {
  it('resizes to its own embed’s message', () => {
    const { frame, send } = runSnippet(MSE);
    expect(send({ origin: 'https://book.example', source: frame.contentWindow, data: heightMessage('mse', 727.4) })).toBe('728px');
  });
  it('ignores a message from another frame, another origin, or of another shape', () => {
    const { frame, send } = runSnippet(MSE);
    const good = { origin: 'https://book.example', source: frame.contentWindow, data: heightMessage('mse', 500) };
    const stray = [
      { ...good, source: { name: 'another widget' }, data: heightMessage('mse', 300) },
      { ...good, source: null },
      { ...good, origin: 'https://course.example' },
      { ...good, origin: 'null' },
      { ...good, data: heightMessage('mse', 3) },
      { ...good, data: { ...heightMessage('mse', 500), height: MAX_EMBED_HEIGHT + 1 } },
      { ...good, data: { ...heightMessage('mse', 500), height: '300' } },
      { ...good, data: { ...heightMessage('mse', 500), height: NaN } },
      { ...good, data: heightMessage('gd', 300) },
      { ...good, data: { ...heightMessage('mse', 500), type: 'other' } },
      { ...good, data: null },
      { ...good, data: 'foundation-models-book:height' },
      { ...good, data: [500] },
    ];
    for (const e of stray) expect(send(e), JSON.stringify({ ...e, source: e.source === frame.contentWindow ? 'frame' : e.source })).toBe('600px');
    expect(send(good)).toBe('500px');
  });
  it('agrees with isHeightMessage on every shape', () => {
    const { frame, send } = runSnippet(MSE);
    const shapes: unknown[] = [
      heightMessage('mse', 250),
      { type: EMBED_MESSAGE_TYPE, example: 'mse', height: MIN_EMBED_HEIGHT - 1 },
      { type: EMBED_MESSAGE_TYPE, example: 'mse', height: MIN_EMBED_HEIGHT },
      { type: EMBED_MESSAGE_TYPE, example: 'mse', height: MAX_EMBED_HEIGHT },
      { type: EMBED_MESSAGE_TYPE, example: 'mse', height: Infinity },
      { type: EMBED_MESSAGE_TYPE, example: 'mse', height: -400 },
      { type: EMBED_MESSAGE_TYPE, example: 'mse' },
      {},
      0,
    ];
    for (const [i, data] of shapes.entries()) {
      frame.style.height = '1px';
      const applied = send({ origin: 'https://book.example', source: frame.contentWindow, data }) !== '1px';
      expect(applied, `shape ${i}`).toBe(isHeightMessage(data, 'mse'));
    }
  });
  it('in a sandbox without allow-same-origin, takes the embed’s opaque origin "null" (from its own frame only)', () => {
    const { frame, send } = runSnippet({ ...MSE, sandbox: 'allow-scripts' });
    expect(send({ origin: 'https://book.example', source: frame.contentWindow, data: heightMessage('mse', 400) })).toBe('600px');
    expect(send({ origin: 'null', source: {}, data: heightMessage('mse', 400) })).toBe('600px');
    expect(send({ origin: 'null', source: frame.contentWindow, data: heightMessage('mse', 400) })).toBe('400px');
    const same = runSnippet({ ...MSE, sandbox: 'allow-scripts allow-same-origin' });
    expect(same.send({ origin: 'null', source: same.frame.contentWindow, data: heightMessage('mse', 400) })).toBe('600px');
    expect(same.send({ origin: 'https://book.example', source: same.frame.contentWindow, data: heightMessage('mse', 400) })).toBe('400px');
  });
  it('refuses ids that would not be plain names', () => {
    expect(() => parentSnippet({ ...MSE, id: 'a"b' })).toThrow();
    expect(() => parentSnippet({ ...MSE, example: '</script>' })).toThrow();
  });
});

// The instructors' pages show these snippets made by parentSnippet itself (src/lib/book/instructors.ts);
// e2e/course-pages.spec.ts checks the served pages show exactly them.
