import { describeFixtures } from '../test-support/describe-fixtures.js';

await describeFixtures(import.meta.url);
