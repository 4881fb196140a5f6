// Lints ../shared/corpus/posts with the team's own config and compares the rule ids that fire
// with each post's `expect:`, for the rules postlint has. Skipped where the corpus is absent.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_RULES } from '../rules/index.js';
import { loadConfig } from '../src/config/load.js';
import { lintFiles } from '../src/lint.js';
import { corpusCopy, startCorpusServer } from './support/corpus-server.js';
import { sharedDir } from './support/paths.js';

const corpus = [sharedDir('corpus')].find((d) => d !== undefined && existsSync(join(d, 'posts')));
const only = process.env.CORPUS_RULES?.split(',').filter(Boolean);
const have = Object.keys(BUILTIN_RULES).filter((id) => !only || only.includes(id));
const NOW = new Date('2027-01-15T12:00:00Z');

describe.skipIf(!corpus)('corpus (../shared/corpus)', () => {
  const dir = join(corpus ?? '', 'posts');
  const files = corpus ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : [];
  let fired = new Map<string, string[]>();
  let server: Server | undefined;
  let copy: string | undefined;

  beforeAll(async () => {
    for (const k of Object.keys(process.env)) if (/^(https?|no|all)_proxy$/i.test(k)) delete process.env[k];
    // The posts' links point at the fixture server, on a port of its own (a copy of the corpus says which).
    let root = corpus!;
    if (have.includes('broken-links')) {
      server = await startCorpusServer();
      root = copy = corpusCopy(corpus!, server);
    }
    const config = loadConfig({ configFile: join(root, '.postlintrc.yaml') });
    // The team's config names every rule; compare only those postlint has (or CORPUS_RULES names).
    for (const id of Object.keys(config.rules)) if (!(id in BUILTIN_RULES)) delete config.rules[id];
    const summary = await lintFiles([join(root, 'posts')], { config, cwd: root, now: NOW, only: have, noCache: true });
    fired = new Map(summary.results.map((r) => [r.filePath.split('/').pop()!, [...new Set(r.messages.map((m) => m.ruleId))].sort()]));
  }, 120_000);

  afterAll(async () => {
    if (copy) rmSync(dirname(copy), { recursive: true, force: true });
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  test.each(files)('%s', (file) => {
    const fm = parse(readFileSync(join(dir, file), 'utf8').split(/^---\s*$/m)[1]) as { expect: string[] };
    const want = fm.expect.filter((id) => have.includes(id)).sort();
    expect(fired.get(file) ?? []).toEqual(want);
  });

  test('per-rule precision and recall', () => {
    const rows: string[] = [];
    for (const id of have) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const file of files) {
        const fm = parse(readFileSync(join(dir, file), 'utf8').split(/^---\s*$/m)[1]) as { expect: string[] };
        const f = (fired.get(file) ?? []).includes(id);
        const e = fm.expect.includes(id);
        if (f && e) tp++;
        else if (f) fp++;
        else if (e) fn++;
      }
      rows.push(`${id.padEnd(16)} tp ${tp}  fp ${fp}  fn ${fn}`);
    }
    console.log(`corpus scores:\n${rows.join('\n')}`);
    expect(rows.length).toBe(have.length);
  });
});
