/**
 * The functions the exercise islands and pages call, over a set of numeric kinds: the full set
 * (./registry.ts) or only the kinds built on the losses and optimizers (./registry-base.ts), so that
 * a chapter whose exercises use only those does not load the language-model kinds.
 */
import { checkAnswer, generateParams, toleranceOf, type CheckResult } from './engine';
import { answerText, relationLines, textValue } from './format';
import type { Answer, KindOptions, KindSpec, NumericKind, Params } from './types';

export interface NumericSetup {
  kind: NumericKind;
  id: string;
  settings?: KindOptions;
  tolerance?: number;
}

export interface NumericRegistry {
  paramsFor(x: NumericSetup, seed: number): Params;
  answerFor(kind: NumericKind, params: Params): Answer;
  check(x: NumericSetup, params: Params, text: string): CheckResult;
  toleranceFor(x: NumericSetup): number;
  /** TeX lines of the worked solution, one relation per line. */
  solutionTex(kind: NumericKind, params: Params): string[];
  /** The answer as a reader would type it ("0.25" or "1.5, -0.2"). */
  answerString(kind: NumericKind, params: Params): string;
}

export function registryOf(kinds: Partial<Record<NumericKind, KindSpec<never>>>): NumericRegistry {
  const spec = (kind: NumericKind): KindSpec<Params> => {
    const s = kinds[kind];
    if (!s) throw new Error(`exercise kind "${kind}" is not in this registry`);
    return s as unknown as KindSpec<Params>;
  };
  const answerFor = (kind: NumericKind, params: Params) => spec(kind).answer(params);
  return {
    paramsFor: (x, seed) => generateParams(spec(x.kind), seed, x.id, x.settings ?? {}, x.tolerance),
    answerFor,
    check: (x, params, text) => checkAnswer(spec(x.kind), params, text, x.tolerance),
    toleranceFor: (x) => toleranceOf(spec(x.kind) as unknown as KindSpec<never>, x.tolerance),
    solutionTex: (kind, params) => spec(kind).solution(params).flatMap(relationLines),
    answerString: (kind, params) => answerText(answerFor(kind, params)),
  };
}

/** The prompt with `{name}` replaced by the parameter's value (text only). */
export function fillPrompt(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? textValue(params[name]) : m));
}
