import { router } from '../trpc.js';
import { articleHistory, deleteArticle, getArticle, listArticles, listCategories, saveArticle } from './articles.js';
import { createBase, listBases, updateBase } from './bases.js';
import { exportArticles, importArticles } from './import-export.js';
import { listModels, retrainModel } from './models.js';
import { searchKb, suggestKb } from './search.js';
import { addTestCase, listTestCases, removeTestCase } from './test-set.js';
import { listUnanswered, resolveUnanswered } from './unanswered.js';

/** The knowledge base console: reading needs `kb.view` (agents too), changing needs `kb.edit`. */
export const kbRouter = router({
  bases: router({ list: listBases, create: createBase, update: updateBase }),
  articles: router({ list: listArticles, get: getArticle, save: saveArticle, delete: deleteArticle, history: articleHistory }),
  categories: listCategories,
  import: importArticles,
  export: exportArticles,
  search: searchKb,
  suggest: suggestKb,
  unanswered: router({ list: listUnanswered, resolve: resolveUnanswered }),
  models: router({ list: listModels, retrain: retrainModel }),
  testSet: router({ list: listTestCases, add: addTestCase, remove: removeTestCase }),
});
