/**
 * Text with computed values: `{{mse.mse}}`, `{{cross-entropy.cross-entropy|form=binary}}`,
 * `{{sgd.theta-next}}`, `{{mse.sum}}`. Data files (the errata) use it so that no
 * corrected number is typed by hand; the values come from the calculators' code.
 * An unknown token throws, naming it.
 */
import { exampleValue, isExampleName } from './examples';
import { formatNumber } from '../maths/numbers';

const TOKEN = /\{\{([a-z-]+)\.([a-z-]+)((?:\|[a-z]+=[^|}]+)*)\}\}/g;

export function fillComputed(text: string, digits = 6): string {
  return text.replace(TOKEN, (_m, example: string, key: string, opts: string) => {
    if (!isExampleName(example)) throw new Error(`unknown example in {{${example}.${key}}}`);
    const set: Record<string, string> = {};
    let d = digits;
    for (const kv of opts.split('|').filter(Boolean)) {
      const [k, v] = kv.split('=') as [string, string];
      if (k === 'digits') d = Number(v);
      else set[k] = v;
    }
    const v = exampleValue(example, key, set);
    return Array.isArray(v) ? `[${v.map((x) => formatNumber(x, d)).join(', ')}]` : formatNumber(v, d);
  });
}
