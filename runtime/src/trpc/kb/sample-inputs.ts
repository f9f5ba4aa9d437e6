/**
 * A valid input for every `kb.*` procedure against the seeded test KB (see
 * kb/test-support/sample-kb-service.ts), for the console API's permission matrix test.
 */
import { SAMPLE_ARTICLE_ID, SAMPLE_GROUP_ID, SAMPLE_TEST_CASE_ID } from '../../kb/test-support/sample-kb-service.js';

const row = JSON.stringify({ id: 'imported', question: 'Do you ship abroad?', answer: 'Yes, to 40 countries.', similar: ['international shipping'] });

export const KB_SAMPLE_INPUTS: Record<string, unknown> = {
  'kb.bases.list': undefined,
  'kb.bases.create': { name: 'fresh', title: 'Fresh', locale: 'en' },
  'kb.bases.update': { name: 'default', thresholds: { answer: 0.6, suggest: 0.25 } },
  'kb.articles.list': { kb: 'default', text: 'password' },
  'kb.articles.get': { kb: 'default', id: SAMPLE_ARTICLE_ID },
  'kb.articles.save': { kb: 'default', article: { question: 'Where are you?', answer: 'Online.' }, expectedRevision: null },
  'kb.articles.delete': { kb: 'default', id: SAMPLE_ARTICLE_ID },
  'kb.articles.history': { kb: 'default', id: SAMPLE_ARTICLE_ID },
  'kb.categories': { kb: 'default' },
  'kb.import': { kb: 'default', format: 'jsonl', contentBase64: Buffer.from(row).toString('base64'), replace: false, dryRun: false },
  'kb.export': { kb: 'default', format: 'csv' },
  'kb.search': { kb: 'default', query: 'reset password', top: 3 },
  'kb.suggest': { kb: 'default', query: 'reset password' },
  'kb.unanswered.list': { kb: 'default' },
  'kb.unanswered.resolve': { kb: 'default', groupId: SAMPLE_GROUP_ID, resolution: { action: 'dismiss' } },
  'kb.models.list': { kb: 'default' },
  'kb.models.retrain': { kb: 'default' },
  'kb.testSet.list': { kb: 'default' },
  'kb.testSet.add': { kb: 'default', query: 'password forgotten', expectedId: SAMPLE_ARTICLE_ID },
  'kb.testSet.remove': { kb: 'default', id: SAMPLE_TEST_CASE_ID },
};
