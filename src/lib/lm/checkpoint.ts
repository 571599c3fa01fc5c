/**
 * The checkpoint file (`public/lm/pretrained.bin`, written by `npm run lm:pretrain`):
 *
 *   bytes 0–3   "FMLM"
 *   4–7         format version (uint32, little-endian) = 1
 *   8–11        header length H (uint32)
 *   12…12+H     header, UTF-8 JSON: { shape, vocabulary, params: [{ name, shape }], crc32 }
 *   then        the parameters in `paramSpecs` order: a 1-D parameter (bias, gain) as float32; a 2-D
 *               one [rows, cols] as rows float32 scales, then rows × cols int8 values
 *               (value ≈ scale · q, scale = max |row| / 127: symmetric per-row quantization)
 *
 * `crc32` (IEEE) covers everything after the header. Reading checks the magic, the version, the
 * header's shape and parameter list against the model's, the exact length and the CRC, and throws
 * a CheckpointError otherwise.
 */
import { paramSpecs, type ModelShape } from './model';

export const MAGIC = 'FMLM';
export const VERSION = 1;

export class CheckpointError extends Error {}

export interface CheckpointHeader {
  shape: ModelShape;
  vocabulary: string[];
  params: { name: string; shape: number[] }[];
  crc32: number;
}

export interface Checkpoint {
  shape: ModelShape;
  vocabulary: string[];
  /** In `paramSpecs(shape)` order. */
  values: Float32Array[];
}

let table: Uint32Array | null = null;
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function payloadBytes(shape: number[]): number {
  if (shape.length === 1) return 4 * shape[0]!;
  return 4 * shape[0]! + shape[0]! * shape[1]!;
}

/** Serializes a checkpoint (2-D parameters quantized to int8 per row). */
export function encodeCheckpoint(c: Checkpoint): Uint8Array {
  const specs = paramSpecs(c.shape);
  if (c.vocabulary.length !== c.shape.vocabulary) throw new CheckpointError('vocabulary size differs from the shape');
  const size = specs.reduce((n, p) => n + payloadBytes(p.shape), 0);
  const payload = new Uint8Array(size);
  const view = new DataView(payload.buffer);
  let at = 0;
  specs.forEach((p, i) => {
    const v = c.values[i]!;
    if (p.shape.length === 1) {
      for (let j = 0; j < v.length; j++, at += 4) view.setFloat32(at, v[j]!, true);
      return;
    }
    const [rows, cols] = p.shape as [number, number];
    const scales = new Float32Array(rows);
    for (let r = 0; r < rows; r++) {
      let max = 0;
      for (let j = 0; j < cols; j++) max = Math.max(max, Math.abs(v[r * cols + j]!));
      scales[r] = max / 127;
    }
    for (let r = 0; r < rows; r++, at += 4) view.setFloat32(at, scales[r]!, true);
    for (let r = 0; r < rows; r++) {
      const s = scales[r]!;
      for (let j = 0; j < cols; j++, at++) view.setInt8(at, s === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(v[r * cols + j]! / s))));
    }
  });
  const header: CheckpointHeader = { shape: c.shape, vocabulary: c.vocabulary, params: specs.map((p) => ({ name: p.name, shape: p.shape })), crc32: crc32(payload) };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(12 + json.length + payload.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(4, VERSION, true);
  dv.setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(payload, 12 + json.length);
  return out;
}

const SHAPE_KEYS = ['layers', 'heads', 'width', 'context', 'vocabulary'] as const;

/** Reads a checkpoint; throws CheckpointError naming what is wrong. */
export function decodeCheckpoint(bytes: Uint8Array): Checkpoint {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new CheckpointError('not a checkpoint (magic)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== VERSION) throw new CheckpointError(`unknown checkpoint version ${version}`);
  const h = dv.getUint32(8, true);
  if (12 + h > bytes.length) throw new CheckpointError('truncated header');
  let header: CheckpointHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(12, 12 + h))) as CheckpointHeader;
  } catch {
    throw new CheckpointError('unreadable header');
  }
  const shape = header?.shape;
  if (!shape || !SHAPE_KEYS.every((k) => Number.isInteger(shape[k]) && shape[k] > 0) || shape.width % shape.heads !== 0)
    throw new CheckpointError('bad model shape');
  if (!Array.isArray(header.vocabulary) || header.vocabulary.length !== shape.vocabulary || !header.vocabulary.every((v) => typeof v === 'string'))
    throw new CheckpointError('bad vocabulary');
  const specs = paramSpecs(shape);
  if (!Array.isArray(header.params) || header.params.length !== specs.length || !specs.every((p, i) => header.params[i]?.name === p.name && JSON.stringify(header.params[i]?.shape) === JSON.stringify(p.shape)))
    throw new CheckpointError('parameter list does not match the model');
  const payload = bytes.subarray(12 + h);
  const size = specs.reduce((n, p) => n + payloadBytes(p.shape), 0);
  if (payload.length !== size) throw new CheckpointError(`payload is ${payload.length} bytes, expected ${size}`);
  if (crc32(payload) !== header.crc32) throw new CheckpointError('checksum mismatch');
  const pv = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  let at = 0;
  const values = specs.map((p) => {
    if (p.shape.length === 1) {
      const out = new Float32Array(p.shape[0]!);
      for (let j = 0; j < out.length; j++, at += 4) out[j] = pv.getFloat32(at, true);
      return out;
    }
    const [rows, cols] = p.shape as [number, number];
    const scales = new Float32Array(rows);
    for (let r = 0; r < rows; r++, at += 4) scales[r] = pv.getFloat32(at, true);
    const out = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let j = 0; j < cols; j++, at++) out[r * cols + j] = pv.getInt8(at) * scales[r]!;
    return out;
  });
  if (values.some((v) => v.some((x) => !Number.isFinite(x)))) throw new CheckpointError('non-finite values');
  return { shape, vocabulary: header.vocabulary, values };
}
