/**
 * rehype plugin, placed after rehype-katex: KaTeX reports malformed math as a
 * file message and renders it in red. A book must not ship that, so the build
 * fails, naming the file and the expression.
 */
interface Msg {
  source?: string | null;
  reason?: string;
  line?: number | null;
}
interface VFileLike {
  path?: string;
  messages: Msg[];
}

export function rehypeMathStrict() {
  return (_tree: unknown, file: VFileLike) => {
    const bad = file.messages.filter((m) => m.source === 'rehype-katex');
    if (bad.length > 0) {
      const where = bad.map((m) => `line ${m.line ?? '?'}: ${m.reason ?? ''}`).join('; ');
      throw new Error(`${file.path ?? '<unknown file>'}: malformed math (${where})`);
    }
  };
}
