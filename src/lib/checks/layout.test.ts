/**
 * The layout of src/lib (src/lib/README.md): modules live in folders by concern (none loose at the
 * top), and only src/lib/node/ reads the disk: no other module (tests aside) imports node:fs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('..', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The files of `files` (paths relative to src/lib, with their text) that break the layout. */
function layoutProblems(files: readonly { path: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { path, text } of files) {
    if (!/\.tsx?$/.test(path)) continue;
    if (!path.includes('/')) out.push(`src/lib/${path}: a module outside the folders (see src/lib/README.md)`);
    const test = /\.(test|bench)\.ts$/.test(path);
    if (!test && !path.startsWith('node/') && /\bfrom\s+['"]node:fs(\/promises)?['"]/.test(text)) {
      out.push(`src/lib/${path}: imports node:fs outside src/lib/node/`);
    }
  }
  return out;
}

describe('src/lib layout', () => {
  it('the rule fails on a loose module and on node:fs outside node/', () => {
    expect(
      layoutProblems([
        { path: 'loose.ts', text: '' },
        { path: 'book/reader.ts', text: "import { readFileSync } from 'node:fs';" },
        { path: 'book/reader.test.ts', text: "import { readFileSync } from 'node:fs';" },
        { path: 'node/disk.ts', text: "import { readFile } from 'node:fs/promises';" },
      ]),
    ).toEqual(['src/lib/loose.ts: a module outside the folders (see src/lib/README.md)', 'src/lib/book/reader.ts: imports node:fs outside src/lib/node/']);
  });

  it('holds for src/lib', () => {
    const files = walk(LIB).map((p) => ({ path: relative(LIB, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }));
    expect(layoutProblems(files)).toEqual([]);
  });
});
