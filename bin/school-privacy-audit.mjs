#!/usr/bin/env node
// Package bin: runs the TypeScript CLI through tsx's loader, so no separate build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
