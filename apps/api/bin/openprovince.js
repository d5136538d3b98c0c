#!/usr/bin/env node
// The `openprovince` command: runs the TypeScript CLI through tsx, from any working directory.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
