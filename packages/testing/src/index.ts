export * from './bench.ts';
export * from './log-statements.ts';
export * from './pdf-tools.ts';
export * from './test-database.ts';
export * from './upload-client.ts';
export * from './web-build.ts';
