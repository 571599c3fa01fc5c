/** Reads content/en and content/zh from disk for the parity check (Node only). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkParity, type ParityProblem } from '../checks/parity';

export function readEdition(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)) {
    if (!/\.mdx?$/.test(f) || f.startsWith('_')) continue;
    out[f.replace(/\.mdx?$/, '')] = readFileSync(join(dir, f), 'utf8');
  }
  return out;
}

export function checkContentDir(contentDir: string): ParityProblem[] {
  return checkParity(readEdition(join(contentDir, 'en')), readEdition(join(contentDir, 'zh')));
}
