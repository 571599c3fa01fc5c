import { describe, expect, it } from 'vitest';
import { completeCsp, inlineScriptHashes, sha256 } from './csp';

const page = (csp: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

describe('completeCsp', () => {
  it('adds the hash of every inline script, once', () => {
    const html = page("default-src 'self'; script-src 'self' 'sha256-x';", '<script>a()</script><script>a()</script><script src="/x.js"></script>');
    const out = completeCsp(html);
    expect(out).toContain(`script-src 'self' 'sha256-x' ${sha256('a()')};`);
    expect(inlineScriptHashes(html)).toEqual([sha256('a()')]);
  });
  it('hashes every script the browser runs (classic, module, JavaScript types), never a data block (JSON, parser yield points)', () => {
    const html = page(
      "script-src 'self';",
      '<script type="module">m()</script><script type="text/javascript">j()</script><script type=" application/x-parser-yield "></script><script type="application/json">{}</script><script type="application/ld+json">{}</script><script type="text/x-template">t</script>',
    );
    expect(inlineScriptHashes(html)).toEqual([sha256('m()'), sha256('j()')]);
  });
  it('adds the hash of every inline style element', () => {
    const html = page("script-src 'self'; style-src 'self';", '<style>a{b:c}</style>');
    expect(completeCsp(html)).toContain(`style-src 'self' ${sha256('a{b:c}')};`);
  });
  it('never adds wasm-unsafe-eval, not even on the training lab\'s page (WebAssembly compiles in its worker)', () => {
    const html = page("script-src 'self';", '<figure id="example-training"></figure>');
    expect(completeCsp(html)).not.toContain('wasm-unsafe-eval');
  });
  it('refuses a page without a CSP or with unsafe-inline scripts', () => {
    expect(() => completeCsp('<html></html>')).toThrow(/no Content-Security-Policy/);
    expect(() => completeCsp(page("script-src 'unsafe-inline';", ''))).toThrow(/unsafe-inline/);
  });
});
