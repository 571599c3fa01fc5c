/** The numeric kinds built on the losses and optimizers only (no language-model kinds): see ./registry-of.ts. */
import { BASE_KINDS } from './kinds';
import { registryOf } from './registry-of';
import type { KindSpec, NumericKind } from './types';

export const BASE_REGISTRY = registryOf(BASE_KINDS as unknown as Partial<Record<NumericKind, KindSpec<never>>>);

/** Whether a kind is in the base registry (the lighter exercise island can run it). */
export function isBaseKind(kind: NumericKind): boolean {
  return kind in BASE_KINDS;
}
