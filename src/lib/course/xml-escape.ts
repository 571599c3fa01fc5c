/** Escaping for HTML and XML text and attribute values (the five predefined entities). */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text or an attribute value for XML or HTML: `& < > " '` as entities, and the characters XML 1.0
 * does not allow (C0 controls other than tab, newline and return; lone surrogates; U+FFFE/U+FFFF)
 * dropped, so that no title can make the file ill-formed.
 */
export function xmlEscape(s: string): string {
  return xmlChars(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Only the characters XML 1.0 allows. */
export function xmlChars(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** A CDATA section holding `s` (a `]]>` inside is split across two sections). */
export function cdata(s: string): string {
  return `<![CDATA[${xmlChars(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
