#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled into dist/cli.js by `npm run build`
// (run automatically by `npm ci` through the `prepare` script).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('plume: dist/cli.js est absent — lancez « npm run build » / missing build, run "npm run build"\n');
  process.exit(2);
}
require(cli);
