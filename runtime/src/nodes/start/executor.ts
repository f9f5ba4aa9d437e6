import { defineExecutor } from '../define-executor.js';
import definition from './definition.js';

export default defineExecutor(definition, () => ({ port: 'next' }));
