// Precompiled spelling structures, kept in postlint's cache folder (node_modules/.cache/postlint/spelling/ under
// the config's folder, beside the results, links and trending caches), so a run does not parse and build them
// again: the word frequencies (3.6 MB of JSON), the trie of frequent words that suggestions walk, and the rule's
// data file (rules/data/spelling.yaml). Each is one file, `<name>.bin`:
//
//   bytes 0-7    magic "PLSNAP" 0x00 0x01
//   bytes 8-39   key: SHA-256 of what the structure is made from (below)
//   bytes 40-59  SHA-1 of the payload (a file damaged on disk is never used)
//   bytes 60-63  zero
//   bytes 64-    payload: v8.serialize of the structure
//
// The key covers the contents of every source file (the data files, the package that ships the frequencies and its
// version), the source of the modules that build the structure (a change to the code that builds it is a new
// key), the snapshot format and the Node.js version (v8's serialization format). A file with another key, a bad
// checksum, a payload that does not deserialize or does not have the expected shape is ignored; the structure is
// built from its sources and the file replaced (writeAtomic: a parallel run or a crash never leaves half a file).
// The package ships the same files, built by `npm run build` (scripts/snapshots.mjs) into dist/snapshots/: they
// are part of the installed package, not a cache, so they are read under --no-cache too (cspell ships its
// dictionaries compiled the same way). A shipped file whose key does not match (another Node.js version, a
// dependency updated after the build, running from src/) is ignored like any stale file.
// `--no-cache` reads and writes no cache folder: without a matching shipped file, everything is built in memory.
// A cache folder that cannot be written (read-only) is no error: the structure is built in memory, as with
// --no-cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { writeAtomic } from '../fs/write-atomic.js';
import { packagePath } from '../paths.js';

const MAGIC = Buffer.from([0x50, 0x4c, 0x53, 0x4e, 0x41, 0x50, 0x00, 0x01]);
const HEADER = 64;
/** Bump when the file layout changes (the structures' own changes are covered by their modules' source). */
const FORMAT = 1;

let folder: string | undefined;
let shipped: string | undefined | null = null;

/** The folder of the snapshots the package ships (dist/snapshots); undefined: none are read (tests, the build). */
export function useShippedFolder(dir: string | undefined): void {
  shipped = dir;
}

function shippedFolder(): string | undefined {
  if (shipped === null) shipped = process.env.POSTLINT_SPELLING_SNAPSHOTS === '0' ? undefined : packagePath('dist', 'snapshots');
  return shipped;
}

/**
 * Where snapshots are read and written from now on in this process; undefined: build in memory only (--no-cache).
 * POSTLINT_SPELLING_SNAPSHOTS=0 reads and writes none, shipped or cached (to measure the build; bench/spelling.mjs).
 */
export function useSnapshotFolder(dir: string | undefined): void {
  folder = process.env.POSTLINT_SPELLING_SNAPSHOTS === '0' ? undefined : dir;
}

export function snapshotFolder(): string | undefined {
  return folder;
}

/** The snapshot folder for a config folder: node_modules/.cache/postlint/spelling. */
export function snapshotFolderFor(root: string): string {
  return join(root, 'node_modules', '.cache', 'postlint', 'spelling');
}

export interface SnapshotSpec<T> {
  /** File name without extension. */
  name: string;
  /** Absolute paths of the files the structure is made from. */
  files: string[];
  /** URLs (import.meta.url) of the modules whose code builds the structure. */
  code: string[];
  /** Anything else the structure depends on (package versions). */
  salt?: string;
  build(): T;
  /** Whether a deserialized value has the structure's shape. */
  valid(value: unknown): value is T;
}

/** What happened to the last snapshot asked for, by name (for tests and the benchmark). */
export const snapshotEvents = new Map<string, 'loaded' | 'shipped' | 'built' | 'built-in-memory'>();

const fileHashes = new Map<string, { stamp: string; hash: Buffer }>();

/** SHA-256 of a file's contents, memoised in the process while its stat (size, times, inode) is unchanged. */
function fileHash(path: string): Buffer {
  const st = statSync(path);
  const stamp = `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
  const hit = fileHashes.get(path);
  if (hit?.stamp === stamp) return hit.hash;
  const hash = createHash('sha256').update(readFileSync(path)).digest();
  fileHashes.set(path, { stamp, hash });
  return hash;
}

/** The key of a structure: what it is made from and the code that makes it. */
export function snapshotKey(spec: Pick<SnapshotSpec<unknown>, 'name' | 'files' | 'code' | 'salt'>): Buffer {
  const h = createHash('sha256').update(`postlint-snapshot ${FORMAT}\n${spec.name}\n${process.version}\n${spec.salt ?? ''}\n`);
  for (const f of spec.files) h.update(f.replace(/^.*[\\/]/, '')).update('\0').update(fileHash(f));
  for (const u of spec.code) h.update(fileHash(u.startsWith('file:') ? fileURLToPath(u) : u));
  return h.digest();
}

/** The structure: from its snapshot when that is current and sound, else built (and the snapshot written). */
export function snapshot<T>(spec: SnapshotSpec<T>): T {
  const dir = folder;
  const ship = shippedFolder();
  let key: Buffer | undefined;
  if (dir || ship) {
    try {
      key = snapshotKey(spec);
    } catch {
      // A source file cannot be read: whatever the builder makes of it, it is not cached.
    }
  }
  if (!key) {
    snapshotEvents.set(spec.name, 'built-in-memory');
    return spec.build();
  }
  if (dir) {
    const stored = read(join(dir, `${spec.name}.bin`), key);
    if (stored !== undefined && spec.valid(stored)) {
      snapshotEvents.set(spec.name, 'loaded');
      return stored;
    }
  }
  if (ship && ship !== dir) {
    const stored = read(join(ship, `${spec.name}.bin`), key);
    if (stored !== undefined && spec.valid(stored)) {
      snapshotEvents.set(spec.name, 'shipped');
      return stored;
    }
  }
  const value = spec.build();
  if (!dir) {
    snapshotEvents.set(spec.name, 'built-in-memory');
    return value;
  }
  snapshotEvents.set(spec.name, 'built');
  try {
    const payload = serialize(value);
    const head = Buffer.alloc(HEADER);
    MAGIC.copy(head, 0);
    key.copy(head, 8);
    createHash('sha1').update(payload).digest().copy(head, 40);
    mkdirSync(dir, { recursive: true });
    writeAtomic(join(dir, `${spec.name}.bin`), Buffer.concat([head, payload]));
  } catch {
    // A read-only or full disk: the structure is built in memory this run; it is only a cache.
  }
  return value;
}

function read(file: string, key: Buffer): unknown {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined; // not there yet
  }
  if (buf.length <= HEADER || !buf.subarray(0, 8).equals(MAGIC) || !buf.subarray(8, 40).equals(key)) return undefined;
  const payload = buf.subarray(HEADER);
  if (!createHash('sha1').update(payload).digest().equals(buf.subarray(40, 60))) return undefined;
  try {
    return deserialize(payload);
  } catch {
    return undefined;
  }
}
