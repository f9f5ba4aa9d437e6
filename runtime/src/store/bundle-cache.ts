import type { BundleDocument } from '@kefu/schemas';
import { KefuError } from '../errors.js';
import type { ChatStore } from './chat-store.js';

/**
 * Published bundles are immutable, so each version is read and parsed once per
 * process and shared by every conversation pinned to it.
 */
export class BundleCache {
  readonly #store: ChatStore;
  readonly #bundles = new Map<number, Promise<BundleDocument>>();
  /** Versions already read, for callers that would rather not await. */
  readonly #loaded = new Map<number, BundleDocument>();

  constructor(store: ChatStore) {
    this.#store = store;
  }

  /** The version if it has been read already (no promise), else undefined. */
  loaded(version: number): BundleDocument | undefined {
    return this.#loaded.get(version);
  }

  get(version: number): Promise<BundleDocument> {
    let bundle = this.#bundles.get(version);
    if (!bundle) {
      bundle = this.#store.bundleDocument(version).then((document) => {
        if (!document) throw new KefuError('KEFU_ERR_VERSION_NOT_FOUND', `Published version ${version} does not exist.`);
        const frozen = Object.freeze(document);
        this.#loaded.set(version, frozen);
        return frozen;
      });
      // A failed read is not cached: the next turn tries again.
      bundle.catch(() => this.#bundles.delete(version));
      this.#bundles.set(version, bundle);
    }
    return bundle;
  }
}
