// The spelling rule's precompiled structures (src/spell/snapshot.ts) in node_modules/.cache/postlint/spelling: built
// and written when missing, loaded when current, rebuilt when their sources change or the file is damaged, never
// read or written under --no-cache, written atomically (writeAtomic). Every test gets fresh modules: the
// structures are kept in memory for the life of a module.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { tempDir } from '../support/cli.js';

vi.mock('../../src/fs/write-atomic.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/fs/write-atomic.js')>();
  return { ...orig, writeAtomic: vi.fn(orig.writeAtomic) };
});

type SnapshotModule = typeof import('../../src/spell/snapshot.js');

async function fresh(): Promise<{ snap: SnapshotModule; lint: typeof import('../../src/lint.js'); write: ReturnType<typeof vi.fn> }> {
  vi.resetModules();
  const snap = await import('../../src/spell/snapshot.js');
  // Not the package's shipped snapshots (dist/snapshots): each test says which folders it reads.
  snap.useShippedFolder(undefined);
  const lint = await import('../../src/lint.js');
  const write = (await import('../../src/fs/write-atomic.js')).writeAtomic as unknown as ReturnType<typeof vi.fn>;
  write.mockClear();
  return { snap, lint, write };
}

const POST = '---\nplatform: x\nlang: en\n---\nJoin the pubic consultation, it is definately worth it.\n';

/** Lint POST in `dir` (the config folder) with the spelling rule only; the messages. */
async function lint(mod: typeof import('../../src/lint.js'), dir: string, noCache: boolean): Promise<string[]> {
  const s = await mod.lintText(POST, { config: { rules: { spelling: 'error' } }, cwd: dir, filePath: join(dir, 'post.md'), only: ['spelling'], noCache });
  return s.results[0].messages.map((m) => m.message);
}

const EXPECTED = ['"pubic" is a real word but an embarrassing typo; did you mean "public"?', '"definately" is not in the en-US dictionary; did you mean "definitely"?'];

/** Rewrite a snapshot file's payload, keeping its key and giving it a correct checksum. */
function rewrite(file: string, change: (value: Record<string, unknown>) => void): void {
  const buf = readFileSync(file);
  const value = deserialize(buf.subarray(64)) as Record<string, unknown>;
  change(value);
  const payload = serialize(value);
  const head = Buffer.from(buf.subarray(0, 64));
  createHash('sha1').update(payload).digest().copy(head, 40);
  writeFileSync(file, Buffer.concat([head, payload]));
}

describe('spelling snapshots: through the rule', () => {
  let dir: string;
  let folder: string;
  beforeEach(() => {
    dir = tempDir();
    folder = join(dir, 'node_modules', '.cache', 'postlint', 'spelling');
  });

  test('a run writes them (atomically) in the config folder\'s cache, the next loads them; same findings as --no-cache', async () => {
    let m = await fresh();
    expect(await lint(m.lint, dir, true)).toEqual(EXPECTED);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false); // --no-cache writes nothing
    expect([...m.snap.snapshotEvents.values()].every((e) => e === 'built-in-memory')).toBe(true);

    m = await fresh();
    expect(await lint(m.lint, dir, false)).toEqual(EXPECTED);
    expect(readdirSync(folder).sort()).toEqual(['data.bin', 'frequency.bin', 'trie.bin']); // no temporary files left
    expect(Object.fromEntries(m.snap.snapshotEvents)).toEqual({ data: 'built', frequency: 'built', trie: 'built' });
    const written = m.write.mock.calls.map((c) => c[0]).sort();
    expect(written).toEqual(['data.bin', 'frequency.bin', 'trie.bin'].map((f) => join(folder, f)));

    m = await fresh();
    expect(await lint(m.lint, dir, false)).toEqual(EXPECTED);
    expect(Object.fromEntries(m.snap.snapshotEvents)).toEqual({ data: 'loaded', frequency: 'loaded', trie: 'loaded' });
    expect(m.write).not.toHaveBeenCalled();
  });

  test('a snapshot is used as stored; --no-cache ignores it', async () => {
    await lint((await fresh()).lint, dir, false);
    // A data snapshot without the embarrassing-typo list (its key and checksum right): proof that runs use the file...
    rewrite(join(folder, 'data.bin'), (raw) => (raw.confusables = {}));
    let m = await fresh();
    expect(await lint(m.lint, dir, false)).toEqual(EXPECTED.slice(1));
    // ...and that --no-cache does not.
    m = await fresh();
    expect(await lint(m.lint, dir, true)).toEqual(EXPECTED);
    expect(m.snap.snapshotEvents.get('data')).toBe('built-in-memory');
    expect(m.write).not.toHaveBeenCalled();
  });

  test('a stale key, a damaged, truncated or foreign file, or a wrong shape: ignored, rebuilt and replaced', async () => {
    await lint((await fresh()).lint, dir, false);
    const file = join(folder, 'frequency.bin');
    const good = readFileSync(file);
    const damage: [string, (b: Buffer) => Buffer][] = [
      ['stale key', (b) => Buffer.concat([b.subarray(0, 8), Buffer.alloc(32, 7), b.subarray(40)])],
      ['one byte of the payload changed', (b) => {
        const c = Buffer.from(b);
        c[c.length >> 1] ^= 0xff;
        return c;
      }],
      ['truncated', (b) => b.subarray(0, b.length >> 1)],
      ['empty', () => Buffer.alloc(0)],
      ['not a snapshot', () => Buffer.from('{"words": []}\n')],
    ];
    for (const [what, f] of damage) {
      writeFileSync(file, f(good));
      const m = await fresh();
      expect(await lint(m.lint, dir, false), what).toEqual(EXPECTED);
      expect(m.snap.snapshotEvents.get('frequency'), what).toBe('built');
      expect(readFileSync(file).equals(good), what).toBe(true);
    }
    // Right key and checksum, wrong shape (counts missing).
    rewrite(file, (v) => delete v.counts);
    const m = await fresh();
    expect(await lint(m.lint, dir, false)).toEqual(EXPECTED);
    expect(m.snap.snapshotEvents.get('frequency')).toBe('built');
    expect(readFileSync(file).equals(good)).toBe(true);
  });

  test('shipped snapshots (dist/snapshots) are read with or without --no-cache; a damaged one is ignored', async () => {
    const ship = join(dir, 'ship');
    // Written as the build writes them (scripts/snapshots.mjs): a snapshot folder of their own.
    let m = await fresh();
    m.snap.useSnapshotFolder(ship);
    (await import('../../src/spell/data.js')).spellingData();
    const f = await import('../../src/spell/frequency.js');
    f.frequency('the');
    f.frequentNear('teh');
    expect(readdirSync(ship).sort()).toEqual(['data.bin', 'frequency.bin', 'trie.bin']);

    for (const noCache of [true, false]) {
      m = await fresh();
      m.snap.useShippedFolder(ship);
      expect(await lint(m.lint, dir, noCache)).toEqual(EXPECTED);
      expect(Object.fromEntries(m.snap.snapshotEvents), String(noCache)).toEqual({ data: 'shipped', frequency: 'shipped', trie: 'shipped' });
      expect(m.write).not.toHaveBeenCalled(); // nothing copied into the cache folder
    }
    // A cache folder's current file comes first.
    m = await fresh();
    expect(await lint(m.lint, dir, false)).toEqual(EXPECTED); // writes the cache folder's files
    rewrite(join(folder, 'data.bin'), (raw) => (raw.confusables = {}));
    m = await fresh();
    m.snap.useShippedFolder(ship);
    expect(await lint(m.lint, dir, false)).toEqual(EXPECTED.slice(1));
    expect(m.snap.snapshotEvents.get('data')).toBe('loaded');

    // Truncated and stale shipped files: built in memory (--no-cache), same findings.
    const good = readFileSync(join(ship, 'trie.bin'));
    writeFileSync(join(ship, 'trie.bin'), good.subarray(0, good.length >> 1));
    writeFileSync(join(ship, 'frequency.bin'), Buffer.concat([readFileSync(join(ship, 'frequency.bin')).subarray(0, 8), Buffer.alloc(32, 1)]));
    m = await fresh();
    m.snap.useShippedFolder(ship);
    expect(await lint(m.lint, dir, true)).toEqual(EXPECTED);
    expect(Object.fromEntries(m.snap.snapshotEvents)).toEqual({ data: 'shipped', frequency: 'built-in-memory', trie: 'built-in-memory' });
  });

  test("an account's word list is not in the snapshots: changing it changes the findings at once", async () => {
    await lint((await fresh()).lint, dir, false); // writes the snapshots
    writeFileSync(join(dir, 'words.txt'), 'definately\n');
    const m = await fresh();
    const s = await m.lint.lintText(POST, { config: { dictionary: ['words.txt'], rules: { spelling: 'error' } }, cwd: dir, filePath: join(dir, 'post.md'), only: ['spelling'] });
    expect(s.results[0].messages.map((x) => x.message)).toEqual(EXPECTED.slice(0, 1));
    expect(m.snap.snapshotEvents.get('data')).toBe('loaded');
    writeFileSync(join(dir, 'words.txt'), 'pubic\n');
    const m2 = await fresh();
    const s2 = await m2.lint.lintText(POST, { config: { dictionary: ['words.txt'], rules: { spelling: 'error' } }, cwd: dir, filePath: join(dir, 'post.md'), only: ['spelling'] });
    expect(s2.results[0].messages.map((x) => x.message)).toEqual(EXPECTED);
  });

  test('a cache folder that cannot be written is no error', async () => {
    writeFileSync(join(dir, 'node_modules'), 'a file where the folder would be');
    const m = await fresh();
    expect(await lint(m.lint, dir, false)).toEqual(EXPECTED);
    expect(statSync(join(dir, 'node_modules')).isFile()).toBe(true);
  });
});

describe('spelling snapshots: snapshot()', () => {
  let snap: SnapshotModule;
  let dir: string;
  const spec = (source: string, build = () => ({ lines: readFileSync(source, 'utf8').split('\n') })) => ({
    name: 'test',
    files: [source],
    code: [import.meta.url],
    build,
    valid: (v: unknown): v is { lines: string[] } => !!v && Array.isArray((v as { lines?: unknown }).lines),
  });
  beforeEach(async () => {
    snap = (await fresh()).snap;
    dir = tempDir({ 'words.txt': 'alpha\nbeta\n' });
    snap.useSnapshotFolder(join(dir, 'cache'));
  });
  afterEach(() => snap.useSnapshotFolder(undefined));

  test('built once, then loaded; a changed source is a new key and the structure is rebuilt from it', () => {
    const src = join(dir, 'words.txt');
    expect(snap.snapshot(spec(src))).toEqual({ lines: ['alpha', 'beta', ''] });
    expect(snap.snapshotEvents.get('test')).toBe('built');
    const build = vi.fn(() => ({ lines: ['never'] }));
    expect(snap.snapshot(spec(src, build))).toEqual({ lines: ['alpha', 'beta', ''] });
    expect(snap.snapshotEvents.get('test')).toBe('loaded');
    expect(build).not.toHaveBeenCalled();
    // Same size, new content.
    writeFileSync(src, 'gamma\ndelt\n');
    expect(snap.snapshot(spec(src))).toEqual({ lines: ['gamma', 'delt', ''] });
    expect(snap.snapshotEvents.get('test')).toBe('built');
    expect(snap.snapshot(spec(src, build))).toEqual({ lines: ['gamma', 'delt', ''] });
    expect(snap.snapshotEvents.get('test')).toBe('loaded');
  });

  test('the key covers the builder\'s code and the salt (package versions)', () => {
    const src = join(dir, 'words.txt');
    const base = snap.snapshotKey(spec(src));
    expect(snap.snapshotKey(spec(src))).toEqual(base);
    expect(snap.snapshotKey({ ...spec(src), salt: 'pkg@2' })).not.toEqual(base);
    const code = join(dir, 'builder.js');
    writeFileSync(code, 'export const v = 1;\n');
    const withCode = snap.snapshotKey({ ...spec(src), code: [code] });
    writeFileSync(code, 'export const v = 2;\n');
    expect(snap.snapshotKey({ ...spec(src), code: [code] })).not.toEqual(withCode);
  });

  test('without a folder (--no-cache) nothing is read or written', () => {
    const src = join(dir, 'words.txt');
    snap.snapshot(spec(src));
    snap.useSnapshotFolder(undefined);
    const build = vi.fn(() => ({ lines: ['built'] }));
    expect(snap.snapshot(spec(src, build))).toEqual({ lines: ['built'] });
    expect(snap.snapshotEvents.get('test')).toBe('built-in-memory');
    expect(build).toHaveBeenCalledOnce();
  });
});

describe('spelling snapshots: the structures answer as the ones they replace', () => {
  test('WordIndex: the same answers as a Set of the lines, also as stored and loaded', async () => {
    const { WordIndex } = await import('../../src/spell/word-index.js');
    const { edits1 } = await import('../../src/spell/suggest.js');
    const { packagePath } = await import('../../src/paths.js');
    for (const name of ['spelling-en.txt', 'spelling-names.txt']) {
      const text = readFileSync(packagePath('rules/data', name), 'utf8');
      const body = text.replace(/^(#[^\n]*\n)+/, '');
      const set = new Set(body.split('\n').filter(Boolean));
      const index = WordIndex.from(body, deserialize(serialize(new WordIndex(body).parts())));
      expect(index.size).toBe(set.size);
      const words = [...set];
      const probes = [...words.filter((_, i) => i % 97 === 0), ...words.slice(0, 300).flatMap((w) => edits1(w, "abcdefghijklmnopqrstuvwxyz'")), '', 'Zürich', 'São', 'x\ny'];
      expect(probes.filter((p) => index.has(p))).toEqual(probes.filter((p) => p !== '' && set.has(p)));
      expect(index.lines()).toEqual(words);
    }
  });

  test('WordTrie: the same words within two edits, also as stored and loaded', async () => {
    const { WordTrie } = await import('../../src/spell/trie.js');
    const { frequencyTable } = await import('../../src/lexicons/frequency.js');
    const words = [...frequencyTable().keys()].filter((w) => /^[a-z][a-z'-]*$/.test(w));
    const built = new WordTrie(words);
    const loaded = WordTrie.from(deserialize(serialize(built.parts())));
    for (const w of ['definately', 'recieve', 'acommodate', 'teh', 'wierd', 'goverment', 'x', 'zzzzzz', "dont't"]) {
      expect(loaded.within(w, 2, w.slice(0, 2)), w).toEqual(built.within(w, 2, w.slice(0, 2)));
      expect(loaded.within(w, 1), w).toEqual(built.within(w, 1));
    }
  });
});
