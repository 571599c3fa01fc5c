/**
 * Every worked example by name, for build-time code only (the <Example> and
 * <Value> components, embeds, link labels). Islands import their own example's
 * module instead, so that a page's JavaScript holds only the examples it shows.
 */
import { calculatorDef, EXAMPLE_NAMES, isExampleName } from './examples';
import { ADAM_EXAMPLE } from './example-adam';
import { ATTENTION_EXAMPLE } from './example-attention';
import { PERPLEXITY_EXAMPLE } from './example-perplexity';
import { SAMPLING_EXAMPLE } from './example-sampling';
import { POSITIONAL_ENCODING_EXAMPLE } from './example-positional-encoding';
import { defaultsOf, type Computed, type ExampleDef, type RawValues, type ResultValue } from './example-kit';

export const NEW_EXAMPLES = {
  adam: ADAM_EXAMPLE,
  attention: ATTENTION_EXAMPLE,
  perplexity: PERPLEXITY_EXAMPLE,
  sampling: SAMPLING_EXAMPLE,
  'positional-encoding': POSITIONAL_ENCODING_EXAMPLE,
} as const;
export type NewExampleName = keyof typeof NEW_EXAMPLES;
export const ALL_EXAMPLE_NAMES = [...EXAMPLE_NAMES, ...(Object.keys(NEW_EXAMPLES) as NewExampleName[])];

export function isNewExampleName(s: string): s is NewExampleName {
  return s in NEW_EXAMPLES;
}

export function exampleDef(name: string): ExampleDef | undefined {
  if (isExampleName(name)) return calculatorDef(name);
  if (isNewExampleName(name)) return NEW_EXAMPLES[name];
  return undefined;
}

/** The computed result of an example with the book's inputs (plus overrides); throws on invalid values. */
export function resultOf(name: string, overrides: RawValues = {}): Computed {
  const def = exampleDef(name);
  if (!def) throw new Error(`unknown example "${name}"`);
  const o = def.compute({ ...defaultsOf(def.fields), ...overrides });
  if (!o.ok) throw new Error(`example ${name}: invalid values ${JSON.stringify(overrides)}: ${JSON.stringify(o.errors)}`);
  return o.value;
}

/** A result or an intermediate value of an example (the prose's <Value>). */
export function valueOf(name: string, key: string, overrides: RawValues = {}): ResultValue {
  const r = resultOf(name, overrides);
  const v = r.results[key] ?? r.extras?.[key];
  if (v === undefined) throw new Error(`example ${name} has no result or value "${key}"`);
  return v;
}
