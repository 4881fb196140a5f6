// `npm run bench`: every benchmark, one after the other (they share two cores; never in parallel).
// Each prints its figures and PASS/MISS against the targets in the issues.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const benches = ['core.mjs', 'spelling.mjs', 'links.mjs', 'brand.mjs', 'voice.mjs'];
let failed = false;
for (const b of benches) {
  const file = new URL(b, import.meta.url);
  if (!existsSync(file)) continue;
  const r = spawnSync(process.execPath, [file.pathname], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`bench ${b} exited ${r.status}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
