export { type BuildAppOptions, buildApp } from './app.ts';
export { type AppConfig, loadConfig, testConfig } from './config.ts';
export { isDatabaseEmpty, openConfiguredDatabase } from './database.ts';
export { composePlatform, depsOf, MODULES, type Platform } from './modules.ts';
export { seedDemo } from './seed/seed-demo.ts';
