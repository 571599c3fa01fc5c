/**
 * Sphinx inventory files (`objects.inv`, version 2), the format intersphinx
 * reads: four plain header lines, then zlib-compressed lines
 * `name domain:role priority uri dispname`. A `uri` ending in `$` stands for
 * the name; a `dispname` of `-` means "same as the name". Written by the build
 * for each edition (src/pages/[lang]/objects.inv.ts), with every link target
 * of the book as a `std:label` (priority -1, as Sphinx writes its own labels).
 * Node only for zlib.
 */
import { deflateSync, inflateSync } from 'node:zlib';

export interface InventoryItem {
  name: string;
  domain: string;
  role: string;
  priority: number;
  /** Relative to the inventory's base URL, e.g. "math/#momentum". */
  uri: string;
  /** The title shown for the link. */
  dispname: string;
}

export interface Inventory {
  project: string;
  version: string;
  items: InventoryItem[];
}

const HEADER = '# Sphinx inventory version 2';
const ZLIB_LINE = '# The remainder of this file is compressed using zlib.';

/** One-line text: inventory fields are whitespace-separated and line-based. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function encodeInventory(inv: Inventory): Uint8Array {
  const head = `${HEADER}\n# Project: ${oneLine(inv.project)}\n# Version: ${oneLine(inv.version)}\n${ZLIB_LINE}\n`;
  const lines = inv.items.map((it) => {
    if (/\s/.test(it.name) || it.name === '') throw new Error(`inventory name "${it.name}" must be one word`);
    const uri = it.uri.endsWith(`#${it.name}`) ? `${it.uri.slice(0, -it.name.length)}$` : it.uri;
    const disp = oneLine(it.dispname);
    return `${it.name} ${it.domain}:${it.role} ${it.priority} ${uri} ${disp === it.name || disp === '' ? '-' : disp}\n`;
  });
  const body = deflateSync(Buffer.from(lines.join(''), 'utf8'), { level: 9 });
  const out = Buffer.concat([Buffer.from(head, 'utf8'), body]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

const LINE_RE = /^(.+?)\s+(\S+?):(\S+)\s+(-?\d+)\s+(\S*)\s+(.*)$/;

export function decodeInventory(bytes: Uint8Array): Inventory {
  const buf = Buffer.from(bytes);
  let pos = 0;
  const header: string[] = [];
  for (let i = 0; i < 4; i++) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) throw new Error('inventory header is incomplete');
    header.push(buf.subarray(pos, nl).toString('utf8'));
    pos = nl + 1;
  }
  if (header[0] !== HEADER) throw new Error(`not a version 2 inventory: "${header[0]}"`);
  if (!header[3]!.includes('zlib')) throw new Error('inventory body is not zlib-compressed');
  const project = header[1]!.replace(/^# Project: ?/, '');
  const version = header[2]!.replace(/^# Version: ?/, '');
  const text = inflateSync(buf.subarray(pos)).toString('utf8');
  const items: InventoryItem[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const m = LINE_RE.exec(line);
    if (!m) throw new Error(`bad inventory line: ${line}`);
    const [, name, domain, role, prio, uri, disp] = m as unknown as string[];
    items.push({
      name: name!,
      domain: domain!,
      role: role!,
      priority: Number(prio),
      uri: uri!.endsWith('$') ? uri!.slice(0, -1) + name! : uri!,
      dispname: disp === '-' ? name! : disp!,
    });
  }
  return { project, version, items };
}
