#!/usr/bin/env node
// CommonJS on purpose (bin/package.json): a CommonJS entry starts without Node's ESM loader.
require('../dist/cli.js');
