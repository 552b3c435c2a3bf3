#!/usr/bin/env node
// Compiles the sonm contracts with solcjs (the version pinned in package.json)
// and writes, for abigen, NAME.abi and NAME.bin per contract into OUTDIR.
//
//   node contracts/build.js [OUTDIR]      (default: contracts/build)
//
// Run through `go generate ./internal/chain/bind`, which also runs abigen.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const srcDir = path.join(root, 'src');
const outDir = path.resolve(process.argv[2] || path.join(root, 'build'));

// The contracts that get Go bindings.
const CONTRACTS = ['SNMToken', 'SonmTimelock', 'SonmDAO', 'Whitelist', 'HubWallet', 'HubWalletFactory', 'Deals', 'SonmRegistry', 'MinerStake'];

const sources = {};
for (const f of fs.readdirSync(srcDir).sort()) {
  if (f.endsWith('.sol')) sources['src/' + f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

function findImports(p) {
  const candidates = [path.join(root, 'node_modules', p), path.join(root, p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: 'not found: ' + p + ' (run `npm ci` in contracts/)' };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  // Warnings from the OpenZeppelin sources are not ours to fix.
  const file = e.sourceLocation && e.sourceLocation.file;
  if (e.severity !== 'error' && file && !file.startsWith('src/')) continue;
  process.stderr.write(e.formattedMessage + '\n');
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const name of CONTRACTS) {
  const file = 'src/' + name + '.sol';
  const c = output.contracts[file] && output.contracts[file][name];
  if (!c) {
    process.stderr.write('contract ' + name + ' missing from ' + file + '\n');
    process.exit(1);
  }
  const bin = c.evm.bytecode.object;
  if (bin.length / 2 > 24576) {
    process.stderr.write(name + ': bytecode ' + bin.length / 2 + ' bytes exceeds the 24576-byte limit\n');
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi) + '\n');
  fs.writeFileSync(path.join(outDir, name + '.bin'), bin + '\n');
}
process.stderr.write('compiled ' + CONTRACTS.length + ' contracts with solc ' + solc.version() + ' -> ' + path.relative(process.cwd(), outDir) + '\n');
