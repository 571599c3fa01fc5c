/**
 * The reading list as an IMS Common Cartridge 1.3 package (a zip whose root holds
 * `imsmanifest.xml`): one organization, `rooted-hierarchy`, whose root item holds one item per
 * module, which holds one item per listed target, in order, each referencing a web-link resource
 * (`imswl_xmlv1p3`) whose file `links/<n>.xml` gives the title in the chosen edition's language and
 * the URL. The manifest's metadata gives the list's title and language (LOM, `lomimscc`).
 *
 * Checked against real CC 1.3 writers (see docs/course-exports.md): the namespaces and schema
 * locations of 1EdTech's profile, `schema` "IMS Common Cartridge", `schemaversion` "1.3.0".
 * Identifiers are deterministic (`I_`, `M_<n>`, `R_<n>`), so the same list gives the same zip bytes.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportFile, ExportInput } from './types';
import { fileStem, itemLabel, listTitle } from './export-common';
import { xmlEscape as esc } from './xml-escape';

export const CC_NS = 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1';
export const LOM_MANIFEST_NS = 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest';
export const LOM_RESOURCE_NS = 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/resource';
export const WL_NS = 'http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3';
export const WL_TYPE = 'imswl_xmlv1p3';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const PROFILE = 'http://www.imsglobal.org/profile/cc/ccv1p3';

const SCHEMA_LOCATION = [
  `${CC_NS} ${PROFILE}/ccv1p3_imscp_v1p2_v1p0.xsd`,
  `${LOM_MANIFEST_NS} ${PROFILE}/LOM/ccv1p3_lommanifest_v1p0.xsd`,
  `${LOM_RESOURCE_NS} ${PROFILE}/LOM/ccv1p3_lomresource_v1p0.xsd`,
].join(' ');

/** A fixed modification time for every zip entry, so that the bytes depend on the list only. */
const ZIP_TIME = new Date(Date.UTC(2026, 0, 1));

export function webLinkXml(title: string, url: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${WL_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${WL_NS} ${PROFILE}/ccv1p3_imswl_v1p3.xsd">
  <title>${esc(title)}</title>
  <url href="${esc(url)}" target="_blank"/>
</webLink>
`;
}

/** The cartridge's files by path: the manifest and one web-link file per item. */
export function cartridgeFiles(input: ExportInput): Record<string, string> {
  const { lang } = input;
  const files: Record<string, string> = {};
  const resources: string[] = [];
  const modules: string[] = [];
  let n = 0;
  input.modules.forEach((m, mi) => {
    const items: string[] = [];
    for (const it of m.items) {
      n++;
      const path = `links/${n}.xml`;
      const label = itemLabel(it, lang);
      files[path] = webLinkXml(label, it.target.url[lang]);
      resources.push(`    <resource identifier="R_${n}" type="${WL_TYPE}">\n      <file href="${path}"/>\n    </resource>`);
      items.push(`        <item identifier="I_${n}" identifierref="R_${n}">\n          <title>${esc(label)}</title>\n        </item>`);
    }
    modules.push(`      <item identifier="M_${mi + 1}">\n        <title>${esc(m.title)}</title>\n${items.join('\n')}${items.length ? '\n' : ''}      </item>`);
  });
  files['imsmanifest.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="reading-list" xmlns="${CC_NS}" xmlns:lomimscc="${LOM_MANIFEST_NS}" xmlns:lom="${LOM_RESOURCE_NS}" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${SCHEMA_LOCATION}">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.3.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title>
          <lomimscc:string language="${lang}">${esc(listTitle(input))}</lomimscc:string>
        </lomimscc:title>
        <lomimscc:language>${lang}</lomimscc:language>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="O_1" structure="rooted-hierarchy">
      <item identifier="ROOT">
${modules.join('\n')}
      </item>
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
  </resources>
</manifest>
`;
  return files;
}

export function exportImscc(input: ExportInput): ExportFile {
  const files = cartridgeFiles(input);
  // The manifest first, as packagers conventionally write it.
  const paths = ['imsmanifest.xml', ...Object.keys(files).filter((p) => p !== 'imsmanifest.xml')];
  const zipped = zipSync(Object.fromEntries(paths.map((p) => [p, [strToU8(files[p]!), { mtime: ZIP_TIME }]])), { level: 6 });
  return { filename: `${fileStem(input.title)}.imscc`, mime: 'application/zip', content: zipped };
}
