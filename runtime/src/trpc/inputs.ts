import { z } from 'zod';

/** Same rule as the flow schema's `identifier`, so a bad id fails at the edge with its path. */
export const flowIdInput = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'Not a valid flow id.');

export const versionInput = z.number().int().positive();
