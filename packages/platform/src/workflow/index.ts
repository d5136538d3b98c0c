export * from './check-workflow.ts';
export * from './define-workflow.ts';
