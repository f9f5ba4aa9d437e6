/**
 * Bytes of a trained state, so the store can keep the model version it activated and load
 * it again after a restart instead of retraining. Layout: u32 header length, the JSON
 * header (format, version, article ids of the classes, calibration, array lengths),
 * padding to 4 bytes, then the model's typed arrays back to back (little-endian, as the
 * platforms we run on). Classes are named by article id, not by the index's internal
 * slots, so a model imported into a freshly built index maps to the same articles.
 */
import type { Calibration } from './calibration.js';
import { LinearModel, type LinearModelParts } from './linear-model.js';

const FORMAT = 'kefu-kb-model';
const VERSION = 1;

export interface DecodedModel {
  model: LinearModel | undefined;
  /** Article id of each model class. */
  classIds: string[];
  calibration: Calibration;
}

interface Header {
  format: string;
  version: number;
  kind: LinearModelParts['kind'] | 'none';
  classIds: string[];
  unseenIdf: number;
  calibration: Calibration;
  rows: number;
  entries: number;
}

export function encodeModel(model: LinearModel | undefined, classIds: readonly string[], calibration: Calibration): Uint8Array {
  const parts = model?.toParts();
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    kind: parts?.kind ?? 'none',
    classIds: [...classIds],
    unseenIdf: parts?.unseenIdf ?? 0,
    calibration,
    rows: parts?.hashes.length ?? 0,
    entries: parts?.rowClass.length ?? 0,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align(4 + json.length);
  const arrays = parts ? [parts.hashes, parts.idf, parts.rowStart, parts.rowClass, parts.rowWeight] : [];
  const bytes = new Uint8Array(start + arrays.reduce((sum, a) => sum + a.byteLength, 0));
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 4);
  let offset = start;
  for (const array of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength;
  }
  return bytes;
}

/** Throws a RangeError saying what is wrong when `bytes` is not a model this version wrote. */
export function decodeModel(bytes: Uint8Array): DecodedModel {
  if (bytes.length < 4) throw new RangeError('model bytes are truncated');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + length > bytes.length) throw new RangeError('model header is truncated');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as Header;
  } catch {
    throw new RangeError('model header is not JSON');
  }
  if (header.format !== FORMAT || header.version !== VERSION) throw new RangeError(`not a ${FORMAT} v${VERSION} model`);
  if (header.kind === 'none') return { model: undefined, classIds: [], calibration: header.calibration };
  const { rows, entries } = header;
  const start = align(4 + length);
  const sizes = [rows * 4, rows * 4, (rows + 1) * 4, entries * 4, entries * 4];
  if (start + sizes.reduce((a, b) => a + b, 0) !== bytes.length) throw new RangeError('model body length does not match its header');
  // Copy into a fresh, aligned buffer: the input may sit at any offset of a larger one.
  const body = bytes.slice(start).buffer;
  let offset = 0;
  const take = <T>(make: (buffer: ArrayBuffer, at: number, count: number) => T, count: number): T => {
    const array = make(body, offset, count);
    offset += count * 4;
    return array;
  };
  const parts: LinearModelParts = {
    kind: header.kind,
    classCount: header.classIds.length,
    unseenIdf: header.unseenIdf,
    hashes: take((b, at, n) => new Uint32Array(b, at, n), rows),
    idf: take((b, at, n) => new Float32Array(b, at, n), rows),
    rowStart: take((b, at, n) => new Int32Array(b, at, n), rows + 1),
    rowClass: take((b, at, n) => new Int32Array(b, at, n), entries),
    rowWeight: take((b, at, n) => new Float32Array(b, at, n), entries),
  };
  return { model: LinearModel.fromParts(parts), classIds: header.classIds, calibration: header.calibration };
}

function align(offset: number): number {
  return (offset + 3) & ~3;
}
