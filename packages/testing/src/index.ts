export * from './bench.ts';
export * from './test-database.ts';
