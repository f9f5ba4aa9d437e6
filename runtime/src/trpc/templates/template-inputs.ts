import { z } from 'zod';

export const templateIdInput = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'Not a valid template id.');

export const localeInput = z.enum(['en', 'zh-CN']);
