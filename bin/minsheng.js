#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx minsheng` works in a checkout without a build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
