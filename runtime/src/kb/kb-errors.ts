/**
 * The KB's client mistakes, as catalogue errors. A stale article revision reuses the
 * catalogue's 409 "changed by someone else" code with a message about the article.
 */
import { KefuError } from '../errors.js';
import type { FieldProblem } from './article-input.js';

export function kbNotFound(kb: string): KefuError {
  return new KefuError('KEFU_ERR_NOT_FOUND', `There is no knowledge base "${kb}".`, { path: '/kb' });
}

export function articleNotFound(kb: string, id: string): KefuError {
  return new KefuError('KEFU_ERR_NOT_FOUND', `There is no article "${id}" in knowledge base "${kb}".`, { path: '/id' });
}

export function articleConflict(message: string): KefuError {
  return new KefuError('KEFU_ERR_DRAFT_CONFLICT', message, { path: '/expectedRevision' });
}

export function invalidArticle(problems: readonly FieldProblem[], prefix = '/article'): KefuError {
  const first = problems[0];
  return new KefuError('KEFU_ERR_BAD_REQUEST', first ? first.message : 'The article is not valid.', {
    path: first ? `${prefix}/${first.field}` : prefix,
    details: problems.map((problem) => ({ path: `${prefix}/${problem.field}`, message: problem.message })),
  });
}
