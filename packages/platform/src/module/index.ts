export * from './compose.ts';
export * from './define-module.ts';
