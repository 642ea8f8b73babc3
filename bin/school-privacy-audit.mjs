#!/usr/bin/env node
// Package bin: runs the CLI built ahead of time into dist/ (`npm run build:cli`; `npm pack` builds it first).
// A reader that stops early (`| head`) closes the pipe: that is the end of the output, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

let cli;
try {
  cli = await import('../dist/cli.mjs');
} catch (err) {
  // Only the CLI itself missing means "not built"; a missing package inside it is a broken install, shown as it is.
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !/dist[\\/]cli\.mjs' imported from/.test(String(err.message))) throw err;
  process.stderr.write(
    'school-privacy-audit: the CLI is not built: run `npm run build:cli` (or `npm run audit -- ...`, which builds it)\n',
  );
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
