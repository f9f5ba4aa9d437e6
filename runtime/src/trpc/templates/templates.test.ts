/** templates.* read the repository's templates folder, the same one the demo publishes. */
import { validateFlow } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { memoryAppContext } from '../test-support/memory-app-context.js';
import type { Principal } from '../principal.js';
import { appRouter } from '../router.js';
import { createCallerFactory } from '../trpc.js';
import { builtinCatalog } from '../../nodes/builtin-catalog.js';

const designer: Principal = {
  id: 'u1',
  userId: 'u1',
  username: 'dana',
  name: 'Dana',
  roles: ['designer'],
  skillGroups: [],
  sessionId: 's1',
  mustChangePassword: false,
  twoFactorEnrolmentRequired: false,
};

describe('templates', () => {
  const caller = createCallerFactory(appRouter)({ app: memoryAppContext(), principal: designer, requestId: 'r' });

  it('lists every template of templates/index.json with its category title and languages', async () => {
    const templates = await caller.templates.list();
    const collect = templates.find((template) => template.id === 'collect-info');
    expect(collect).toMatchObject({ category: 'data-collection', categoryTitle: { en: 'Data collection' }, locales: ['en', 'zh-CN'] });
    expect(templates.find((template) => template.id === 'welcome-menu')?.requires).toEqual(['collect-info', 'faq']);
  });

  it('serves a template flow that validates against the built-in catalog', async () => {
    const { document } = await caller.templates.get({ templateId: 'collect-info', locale: 'en' });
    expect(document.locale).toBe('en');
    expect(validateFlow(document, builtinCatalog).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown template and BAD_REQUEST for a malformed id', async () => {
    await expect(caller.templates.get({ templateId: 'missing', locale: 'en' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.templates.get({ templateId: '../etc', locale: 'en' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
