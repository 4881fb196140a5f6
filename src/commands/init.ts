// `postlint init`: write a commented config. In CI (or piped) it asks nothing; on a terminal it
// offers to fill in the drafts folder and accounts it finds. It never overwrites a config.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CONFIG_NAMES } from '../config/load.js';
import { writeAtomic } from '../fs/write-atomic.js';
import { detectDrafts, type Detected } from '../init/detect.js';
import { packagePath } from '../paths.js';
import { EXIT } from './shared.js';

export async function initCommand(flags: { detect?: boolean; forcePrompt?: boolean }): Promise<number> {
  const cwd = process.cwd();
  const existing = CONFIG_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
  if (existing) {
    process.stderr.write(`postlint: ${existing} already exists; init never overwrites a config\n`);
    return EXIT.fatal;
  }
  let text = readFileSync(packagePath('.postlintrc.example.yaml'), 'utf8');
  const interactive = flags.forcePrompt || (!!process.stdin.isTTY && !!process.stdout.isTTY && !process.env.CI);
  if (flags.detect || interactive) {
    const found = detectDrafts(cwd);
    if (found.folders.length) {
      let use = !!flags.detect;
      if (!use && interactive) use = await ask(describe(found));
      if (use) text = applyDetected(text, found);
    } else if (interactive) process.stdout.write('No drafts with front matter found here; writing the example config.\n');
  }
  const target = join(cwd, '.postlintrc.yaml');
  writeAtomic(target, text);
  process.stdout.write(`Wrote ${target}. Next: postlint${interactive || flags.detect ? '' : ' drafts/'}\n`);
  return EXIT.ok;
}

function describe(d: Detected): string {
  return `Found drafts in ${d.folders.join(', ')} (${d.files} files) from ${d.accounts.length} account(s): ${d.accounts.map((a) => a.handle).join(', ') || 'none named'}.\nUse them in .postlintrc.yaml? [Y/n] `;
}

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await rl.question(question)).trim().toLowerCase();
    return answer === '' || answer === 'y' || answer === 'yes';
  } finally {
    rl.close();
  }
}

/** Replace the example's include and accounts with what was found, keeping every comment. */
export function applyDetected(text: string, d: Detected): string {
  const include = `include: [${d.folders.map((f) => JSON.stringify(`${f}/**/*.{md,markdown,txt}`)).join(', ')}]`;
  const accounts = [
    'accounts:',
    ...d.accounts.map((a) => `  - handle: ${a.handle}\n    kind: brand             # or personal: one person's own account\n    platforms: [${a.platforms.join(', ')}]${a.lang ? `\n    lang: ${a.lang}` : ''}`),
  ].join('\n');
  return text
    .replace(/^include: .*$/m, include)
    .replace(/^accounts:\n(?:(?: {2}.*|\s*)\n)*?(?=\n#|\n[a-z])/m, `${accounts}\n`);
}
