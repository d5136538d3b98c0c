export * from './province-clock.ts';
