export * from './deadline.ts';
export * from './explain.ts';
export * from './local-time.ts';
export * from './office-hours.ts';
export * from './work-calendar.ts';
