/** Every numeric kind, and the functions the islands and pages call. */
import { BASE_KINDS } from './kinds';
import { LM_KINDS } from './lm-kinds';
import { checkAnswer, generateParams, toleranceOf, type CheckResult } from './engine';
import { answerText, relationLines, textValue } from './format';
import type { Answer, KindOptions, KindSpec, NumericKind, Params } from './types';

export const KINDS: Record<NumericKind, KindSpec<never>> = { ...BASE_KINDS, ...LM_KINDS } as unknown as Record<NumericKind, KindSpec<never>>;

const spec = (kind: NumericKind) => KINDS[kind] as unknown as KindSpec<Params>;

export interface NumericSetup {
  kind: NumericKind;
  id: string;
  settings?: KindOptions;
  tolerance?: number;
}

export function paramsFor(x: NumericSetup, seed: number): Params {
  return generateParams(spec(x.kind), seed, x.id, x.settings ?? {}, x.tolerance);
}

export function answerFor(kind: NumericKind, params: Params): Answer {
  return spec(kind).answer(params);
}

export function check(x: NumericSetup, params: Params, text: string): CheckResult {
  return checkAnswer(spec(x.kind), params, text, x.tolerance);
}

export function toleranceFor(x: NumericSetup): number {
  return toleranceOf(KINDS[x.kind], x.tolerance);
}

/** TeX lines of the worked solution, one relation per line. */
export function solutionTex(kind: NumericKind, params: Params): string[] {
  return spec(kind).solution(params).flatMap(relationLines);
}

/** The prompt with `{name}` replaced by the parameter's value (text only). */
export function fillPrompt(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? textValue(params[name]) : m));
}

/** The answer as a reader would type it ("0.25" or "1.5, -0.2"). */
export function answerString(kind: NumericKind, params: Params): string {
  return answerText(answerFor(kind, params));
}
