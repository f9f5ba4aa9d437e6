import { afterAll, beforeAll } from 'vitest';
import type { KefuServices } from '../store/open-services.js';
import { openTestServices } from './open-test-services.js';
import { createTestDatabase } from './test-database.js';

/**
 * Fresh, migrated services on their own test database for one `describe` block,
 * closed and dropped after it. Call inside `describe`; read `.current` inside tests.
 */
export function useTestServices(): { readonly current: KefuServices } {
  const holder: { current?: KefuServices; drop?: () => Promise<void> } = {};
  beforeAll(async () => {
    const test = await createTestDatabase();
    holder.current = await openTestServices(test);
    holder.drop = () => test.drop();
  });
  afterAll(async () => {
    await holder.current?.close();
    await holder.drop?.();
  });
  return {
    get current(): KefuServices {
      if (!holder.current) throw new Error('useTestServices: services are opened in beforeAll; read them inside a test');
      return holder.current;
    },
  };
}
