// `next build`, failing on any warning as well as on errors: a missing "use client" in the kit shows up as a
// warning or a build error here, and this build is what `npm test` runs before looking at the page.
import { spawn } from 'node:child_process';

const warning = /⚠|\bwarn(ing)?\b|use client/i;
const lines = [];

const build = spawn('next', ['build'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
for (const [source, sink] of [
  [build.stdout, process.stdout],
  [build.stderr, process.stderr],
]) {
  source.setEncoding('utf8');
  source.on('data', (chunk) => {
    sink.write(chunk);
    lines.push(...chunk.split('\n'));
  });
}

const code = await new Promise((resolve) => build.on('close', resolve));
if (code !== 0) process.exit(code ?? 1);
// Next's note that a fresh checkout has no `.next/cache` is about CI caching, not about this app or the kit.
const notAboutTheApp = /No build cache found/;
const warnings = lines.filter((line) => warning.test(line) && !notAboutTheApp.test(line));
if (warnings.length > 0) {
  console.error(`\nwith-next: next build printed ${warnings.length} warning line(s):\n${warnings.join('\n')}`);
  process.exit(1);
}
