import { createHash } from 'node:crypto';
import type { BundleDocument } from './bundle.js';
import { canonicalJson } from './canonical-json.js';

/**
 * SHA-256 (hex) of the bundle's canonical JSON: the content identity of a published
 * version. Server-side (node:crypto); the browser can compare `canonicalJson` instead.
 */
export function bundleHash(bundle: BundleDocument): string {
  return createHash('sha256').update(canonicalJson(bundle), 'utf8').digest('hex');
}
