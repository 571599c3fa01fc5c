import { describe, expect, it } from 'vitest';
import { contentModel } from './content-model';

const SRC = [
  '---',
  'title: Maths',
  '---',
  'Intro with <Value name="mse" />.',
  '## Loss functions {/*loss-functions*/}',
  '### Mean squared error (MSE) {/*mse*/}',
  '<Example name="mse" />',
  '{/*eq:mse*/}',
  '$$',
  'L = \\frac{1}{n}',
  '$$',
  '$$ x $$',
  '```mdx',
  '## Not a heading {/*in-code*/}',
  '<Example name="in-code" />',
  '```',
  '~~~~',
  '### Also code {/*tilde*/}',
  '~~~',
  '### still code: a shorter fence does not close a longer one {/*still*/}',
  '~~~~',
  '#### 损失函数与 GPT-4 {/*loss-zh*/}',
  '## No id here',
  '## Bad id {/* a*b */}',
  '<OptimizerPlayground />',
  '<Example />',
].join('\n');

describe('contentModel', () => {
  const m = contentModel(SRC);

  it('reads headings with level, text, explicit id and line, outside code fences only', () => {
    expect(m.headings).toEqual([
      { level: 2, text: 'Loss functions', id: 'loss-functions', hasComment: true, line: 5 },
      { level: 3, text: 'Mean squared error (MSE)', id: 'mse', hasComment: true, line: 6 },
      { level: 4, text: '损失函数与 GPT-4', id: 'loss-zh', hasComment: true, line: 22 },
      { level: 2, text: 'No id here', id: undefined, hasComment: false, line: 23 },
      { level: 2, text: 'Bad id', id: undefined, hasComment: true, line: 24 },
    ]);
  });

  it('marks fenced code (``` and ~~~, closed only by a fence at least as long)', () => {
    expect(m.code.map((c, i) => (c ? i + 1 : 0)).filter(Boolean)).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });

  it('lists tags outside code with their attributes and the heading they follow', () => {
    expect(m.tags.map((t) => [t.name, t.attrs.trim(), t.line, t.after])).toEqual([
      ['Value', 'name="mse" /', 4, undefined],
      ['Example', 'name="mse" /', 7, 'mse'],
      ['OptimizerPlayground', '/', 25, 'loss-zh'],
      ['Example', '/', 26, 'loss-zh'],
    ]);
  });

  it('lists the embedded examples (named by the tag or its name attribute) and the display equations with their names', () => {
    expect(m.examples.map((e) => [e.name, e.tag.line])).toEqual([
      ['mse', 7],
      ['optimizer-playground', 25],
      [undefined, 26],
    ]);
    expect(m.equations).toEqual([
      { name: 'mse', line: 9 },
      { name: '', line: 12 },
    ]);
  });

  it('splits lines on \\n, \\r\\n and \\r alike', () => {
    const crlf = contentModel('## A {/*a*/}\r\ntext\r## B {/*b*/}\n');
    expect(crlf.lines).toEqual(['## A {/*a*/}', 'text', '## B {/*b*/}', '']);
    expect(crlf.headings.map((h) => [h.id, h.line])).toEqual([['a', 1], ['b', 3]]);
  });

  it('parses a source once: the same text gives the same model object', () => {
    expect(contentModel(SRC)).toBe(m);
    expect(contentModel(SRC + '\n')).not.toBe(m);
  });
});
