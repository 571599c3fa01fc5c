/** Every numeric kind, and the functions the islands and pages call. */
import { BASE_KINDS } from './kinds';
import { LM_KINDS } from './lm-kinds';
import { registryOf } from './registry-of';
import type { KindSpec, NumericKind } from './types';

export { fillPrompt, type NumericSetup } from './registry-of';

export const KINDS: Record<NumericKind, KindSpec<never>> = { ...BASE_KINDS, ...LM_KINDS } as unknown as Record<NumericKind, KindSpec<never>>;

export const REGISTRY = registryOf(KINDS);
export const { paramsFor, answerFor, check, toleranceFor, solutionTex, answerString } = REGISTRY;
