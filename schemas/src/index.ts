export * from './catalog.js';
export * from './expression/index.js';
