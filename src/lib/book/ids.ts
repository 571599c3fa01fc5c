/** Ids that courses link to: lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Reads `/*id*\/` (the inside of an MDX `{/*id*\/}` comment); undefined if it is not one. */
export function parseIdComment(value: string): string | undefined {
  const m = /^\s*\/\*\s*([^*]*?)\s*\*\/\s*$/.exec(value);
  return m ? m[1] : undefined;
}
