import { describe, expect, it } from 'vitest';
import { describeKbError } from './describe-kb-error';

describe('describing a failed knowledge-base call', () => {
  it('recognises an edit conflict', () => {
    expect(describeKbError({ message: 'Article changed', data: { code: 'CONFLICT' } })).toEqual({ conflict: true, text: 'Article changed' });
  });

  it('names the fields of input problems and the place of domain errors', () => {
    const issues = { message: '[…]', data: { code: 'BAD_REQUEST', issues: [{ path: '/article/validFrom', message: 'Invalid datetime' }] } };
    expect(describeKbError(issues)).toEqual({ conflict: false, text: '/article/validFrom: Invalid datetime' });
    const domain = { message: 'The question is empty.', data: { code: 'BAD_REQUEST', kefu: { code: 'KEFU_ERR_BAD_REQUEST', path: '/article/question' } } };
    expect(describeKbError(domain).text).toBe('The question is empty. (/article/question)');
    expect(describeKbError(new Error('offline')).text).toBe('offline');
  });
});
