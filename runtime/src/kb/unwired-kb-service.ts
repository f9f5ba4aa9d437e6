/**
 * A KbService whose every call rejects: a placeholder while the database-backed service
 * is wired in (the router's types are what the console needs first).
 */
import type { KbService } from './kb-service.js';

export function unwiredKbService(): KbService {
  return new Proxy({} as KbService, {
    get: (_target, name) => () => Promise.reject(new Error(`kb.${String(name)} is not wired yet`)),
  });
}
