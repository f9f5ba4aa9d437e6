import type { ModelVersion } from '../kb/kb-types.js';

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);

/** One line about a model version, as `kb import` and `kb retrain` print it. */
export function describeModel(model: ModelVersion): string {
  return (
    `Model ${model.kb} v${model.version} ${model.active ? 'active' : 'NOT activated'}: top-1 ${percent(model.top1)}, top-3 ${percent(model.top3)} ` +
    `on ${model.testCases} test case(s); ${model.articleCount} articles, trained in ${model.trainingMs} ms. ${model.note}`
  );
}
