/** For the export tests: XML parsed back with fast-xml-parser, after its validator accepts it. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Parses XML after validating it; throws with the validator's message when it is not well-formed. */
export function parseXml(xml: string, arrays: readonly string[] = []): Record<string, unknown> {
  const v = XMLValidator.validate(xml);
  if (v !== true) throw new Error(`XML rejected: ${v.err.code} ${v.err.msg} (line ${v.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => arrays.includes(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}
