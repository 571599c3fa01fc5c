/**
 * The Cite panel's BibTeX through the real programs: classic BibTeX with plain.bst and
 * unsrt.bst, and biblatex with biber. Runs where they are installed (Debian:
 * `apt-get install texlive-binaries texlive-base texlive-latex-base texlive-latex-recommended
 * texlive-bibtex-extra biber`); CI does not install them (over a minute), so there it is
 * skipped. A run and its output are recorded in docs/links.md ("BibTeX model").
 */
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bibtex, type CiteInput } from './citation';

function has(cmd: string, ...args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}
const HAS_BIBTEX = has('kpsewhich', 'plain.bst') && has('bibtex', '--version');
const HAS_BIBER = HAS_BIBTEX && has('biber', '--version') && has('kpsewhich', 'biblatex.sty') && has('latex', '--version');

const EN: CiteInput = {
  lang: 'en',
  id: 'momentum',
  section: 'Momentum & "Nesterov" at 100%',
  number: '4.2.3',
  url: 'https://book.test/en/math/#momentum',
  accessed: '2026-11-30',
  book: 'The Socio-Technical Nature of Foundation Models',
  author: 'Zen and the Art of Computer Programming',
  edition: { number: 3, date: '2026-12-06' },
};
const ZH: CiteInput = { ...EN, lang: 'zh', section: '动量法', url: 'https://book.test/zh/math/#momentum', book: '基础模型的社会技术性质', author: '禅与计算机程序设计艺术' };

function inDir<T>(f: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'fmbook-bib-'));
  try {
    return f(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!HAS_BIBTEX)('classic BibTeX (plain, unsrt) prints the section in the book, with its URL', () => {
  test.each(['plain', 'unsrt'])('%s', (style) => {
    const bbl = inDir((dir) => {
      writeFileSync(join(dir, 'refs.bib'), `${bibtex(EN)}\n\n${bibtex(ZH)}\n`);
      writeFileSync(join(dir, 't.aux'), `\\citation{fmbook-en-momentum}\n\\citation{fmbook-zh-momentum}\n\\bibstyle{${style}}\n\\bibdata{refs}\n`);
      execFileSync('bibtex', ['t'], { cwd: dir, stdio: 'pipe' });
      return readFileSync(join(dir, 't.bbl'), 'utf8').replace(/\s+/g, ' ');
    });
    // Both editions' entries (different keys), each: the section's title, "In" the book (italic), the section number, the edition, the URL.
    expect(bbl).toContain('\\bibitem{fmbook-en-momentum}');
    expect(bbl).toContain('\\bibitem{fmbook-zh-momentum}');
    expect(bbl).toContain('{Momentum \\& {"}Nesterov{"} at 100\\%}.');
    expect(bbl).toContain('In {\\em {The Socio-Technical Nature of Foundation Models}}, section 4.2.3. Third edition, 2026.');
    expect(bbl).toContain('Online at https://book.test/en/math/\\#momentum, accessed 2026-11-30.');
    expect(bbl).toContain('In {\\em {基础模型的社会技术性质}}, 节 4.2.3.');
  });
});

describe.skipIf(!HAS_BIBER)('biblatex + biber read the same entries', () => {
  test('biber: booktitle, chapter, edition, date, url, no duplicate key', () => {
    const { bbl, log } = inDir((dir) => {
      writeFileSync(join(dir, 'refs.bib'), `${bibtex(EN)}\n\n${bibtex(ZH)}\n`);
      writeFileSync(join(dir, 'b.tex'), '\\documentclass{article}\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n');
      execFileSync('latex', ['-interaction=nonstopmode', 'b'], { cwd: dir, stdio: 'pipe' });
      const log = execFileSync('biber', ['b'], { cwd: dir, stdio: 'pipe' }).toString();
      return { bbl: readFileSync(join(dir, 'b.bbl'), 'utf8'), log };
    });
    expect(log).not.toMatch(/WARN|ERROR/);
    for (const key of ['fmbook-en-momentum', 'fmbook-zh-momentum']) expect(bbl).toContain(`\\entry{${key}}{incollection}{url=false}`);
    expect(bbl).toContain('\\field{booktitle}{{The Socio-Technical Nature of Foundation Models}}');
    expect(bbl).toContain('\\field{booktitle}{{基础模型的社会技术性质}}');
    expect(bbl).toContain('\\field{chapter}{4.2.3}');
    expect(bbl).toContain('\\field{edition}{Third}');
    expect(bbl).toContain('\\verb https://book.test/en/math/#momentum');
    expect(bbl).toMatch(/\\field\{urlyear\}\{2026\}/);
  });
});
