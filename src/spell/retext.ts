// The spelling check proper: one frozen retext processor per dictionary for the process,
//   retext().use(retextEnglish).use(retextSpell, { dictionary, max, ignoreLiteral, ... })
// (non-English dictionaries keep retext's own retext-latin parser: retext-english only adds
// English abbreviation and sentence rules). retext-english cuts the (already masked) text into
// sentences and words; retext-spell (nspell over the Hunspell dictionary) says which words the
// dictionary rejects. The rest of the rule (src/spell/run.ts) filters and ranks around that.
//
// The processor can live on the main thread or in a worker thread (big dictionaries: Norwegian
// takes 2-3 s to build). Both run the same code: `spellCore` below is self-contained (it uses
// only its arguments), and the worker gets its source text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** One checked text: every word retext-english found, as [start, end, bits] triples (offsets into the text). */
export interface Checked {
  /** Flat [start, end, bits, start, end, bits, ...]; bits: FIRST (first word of a sentence) | FLAGGED (retext-spell rejects it). */
  words: number[];
}
export const FIRST = 1;
export const FLAGGED = 2;

export interface RetextChecker {
  /** Cut each text into sentences and words and check every word (retext-english + retext-spell). */
  check(texts: string[]): Promise<Checked[]>;
  /** Whether retext-spell accepts each string as a word (a tree of bare words run through the processor). */
  correctMany(words: string[]): Promise<boolean[]>;
}

export interface CoreModules {
  retext: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  retextEnglish: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  retextSpell: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Build the processor and the two operations. Self-contained on purpose (its source is sent to
 * worker threads): it must not use anything from this module's scope.
 *
 * retext-spell options, and why:
 * - `ignoreLiteral: false`: with the default, a word that retext calls "literal" is not checked:
 *   in quotes, or the first word of a sentence followed by a colon ("Lnik: see below", a very
 *   common label in posts, was missed). Posts quote words on purpose rarely; typos in labels often.
 * - `ignoreDigits: true` (its default): postlint masks every token with a digit before this anyway.
 * - `ignore: []`: retext-spell's list is exact and case-sensitive; the team's words follow
 *   postlint's casing rule instead (a filter in speller.ts).
 * - no `personal`: it would change the one shared checker for every config in the process (tests,
 *   editors, monorepos with several configs); the team's words are a filter instead.
 * - `max: 1` and one warm-up word: retext-spell's suggestions are nspell's (slow: up to ~460 ms for
 *   a long unknown word) and `max` counts over the processor's lifetime. The warm-up spends the one
 *   suggestion on a two-letter string (~10 ms), so no post ever pays for one; postlint ranks its own.
 */
export function spellCore(mods: CoreModules, dictionary: { aff: Uint8Array; dic: Uint8Array } | undefined, english: boolean, accept?: (word: string) => boolean) {
  let proc = mods.retext();
  if (english) proc = proc.use(mods.retextEnglish);
  // Without a Hunspell dictionary (postlint's bundled English vocabulary), retext only parses and `accept` judges.
  if (dictionary) proc = proc.use(mods.retextSpell, { dictionary, max: 1, ignoreLiteral: false, ignoreDigits: true, ignore: [] });
  proc = proc.freeze();
  // Spend the one suggestion on a string the dictionary cannot have (a message = it was unknown).
  let warm = proc.processSync(dictionary ? 'Qz' : '');
  if (dictionary) for (const w of ['Zq', 'Xqj']) if (!warm.messages.length) warm = proc.processSync(w);
  const VFile = warm.constructor;
  // Every unknown word becomes a VFileMessage, an Error subclass that captures a stack trace and
  // then overwrites it with ''. Suggestion ranking runs thousands of unknown strings through here:
  // with no trace to capture, a message costs a fraction.
  const run = (tree: unknown, file: unknown) => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      proc.runSync(tree, file);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };

  // retext-spell's verdict on a WordNode depends only on that node (its text, and its parts for
  // "well-knwon": with ignoreLiteral off it never looks at the neighbours), so each distinct word
  // is judged once: a tree of the distinct WordNodes of a batch goes through the processor's
  // transformer (retext-spell) and the verdicts are kept for the process.
  // Verdicts by slot; slots by the word's parts.
  const slots = new Map<string, number>();
  const verdicts: boolean[] = [];
  const keyOf = (node: any): string => { // eslint-disable-line @typescript-eslint/no-explicit-any
    let k = '';
    for (const c of node.children) k += (c.type === 'TextNode' ? '\u0001' : '\u0002') + (c.value ?? '');
    return k;
  };
  const judge = (nodes: any[]): boolean[] => { // eslint-disable-line @typescript-eslint/no-explicit-any
    if (accept) return nodes.map((n) => accept(n.children.map((c: any) => c.value ?? '').join(''))); // eslint-disable-line @typescript-eslint/no-explicit-any
    const children = nodes.map((n, i) => ({
      type: 'WordNode',
      children: n.children,
      position: { start: { line: 1, column: i + 1, offset: i }, end: { line: 1, column: i + 2, offset: i + 1 } },
    }));
    const tree = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [{ type: 'SentenceNode', children }] }] };
    const file = new VFile();
    run(tree, file);
    const out = nodes.map(() => true);
    for (const m of file.messages) if (typeof m.actual === 'string' && m.place && m.place.start) out[m.place.start.offset] = false;
    return out;
  };

  function check(texts: string[]): { words: number[] }[] {
    const fresh: unknown[] = [];
    const freshSlots: number[] = [];
    const freshKeys: string[] = [];
    const results = texts.map((text) => {
      // retext-english: paragraphs, sentences, words.
      const tree = proc.parse(text);
      // [start, end, bits, ...]; bits holds the word's slot until the verdicts are in.
      const words: number[] = [];
      const walk = (node: any) => { // eslint-disable-line @typescript-eslint/no-explicit-any
        if (node.type === 'SentenceNode') {
          let first = true;
          for (const c of node.children) {
            if (c.type !== 'WordNode' || !c.position) continue;
            const k = keyOf(c);
            let slot = slots.get(k);
            if (slot === undefined) {
              slots.set(k, (slot = verdicts.length));
              verdicts.push(true);
              fresh.push(c);
              freshSlots.push(slot);
              freshKeys.push(k);
            }
            words.push(c.position.start.offset, c.position.end.offset, slot * 2 + (first ? 1 : 0));
            first = false;
          }
        } else if (node.children) for (const c of node.children) walk(c);
      };
      walk(tree);
      return { words };
    });
    // retext-spell over the words not judged before.
    if (fresh.length) {
      let ok: boolean[];
      try {
        ok = judge(fresh);
      } catch (e) {
        for (const k of freshKeys) slots.delete(k); // never judged: ask again next time
        throw e;
      }
      ok.forEach((v, i) => (verdicts[freshSlots[i]] = v));
    }
    for (const r of results) {
      const w = r.words;
      for (let i = 2; i < w.length; i += 3) {
        const v = w[i];
        w[i] = (v & 1) | (verdicts[v >> 1] ? 0 : 2);
      }
    }
    return results;
  }

  function correctMany(list: string[]): boolean[] {
    if (!list.length) return [];
    // Bare words (no parsing), one TextNode each.
    return judge(list.map((w) => ({ children: [{ type: 'TextNode', value: w }] })));
  }

  return { check, correctMany };
}

function moduleUrls(): Record<keyof CoreModules, string> {
  const require = createRequire(import.meta.url);
  return {
    retext: pathToFileURL(require.resolve('retext')).href,
    retextEnglish: pathToFileURL(require.resolve('retext-english')).href,
    retextSpell: pathToFileURL(require.resolve('retext-spell')).href,
  };
}

async function loadModules(): Promise<CoreModules> {
  const [a, b, c] = await Promise.all([import('retext'), import('retext-english'), import('retext-spell')]);
  return { retext: a.retext, retextEnglish: b.default, retextSpell: c.default };
}

/** retext-english on this thread, with `accept` (postlint's vocabulary) judging each word. */
export async function vocabularyRetext(accept: (word: string) => boolean): Promise<RetextChecker> {
  const [a, b] = await Promise.all([import('retext'), import('retext-english')]);
  const core = spellCore({ retext: a.retext, retextEnglish: b.default, retextSpell: undefined }, undefined, true, accept);
  return {
    check: async (texts) => core.check(texts),
    correctMany: async (words) => words.map(accept),
  };
}

/** A processor on this thread. */
export async function localRetext(aff: string, dic: string, english: boolean): Promise<RetextChecker> {
  const mods = await loadModules();
  const core = spellCore(mods, { aff: readFileSync(aff), dic: readFileSync(dic) }, english);
  return {
    check: async (texts) => core.check(texts),
    correctMany: async (words) => core.correctMany(words),
  };
}

// The worker is plain JavaScript with spellCore's source pasted in (the same code runs from src/
// under the tests and from dist/). One worker can hold several processors, keyed by dictionary.
const workerCode = () => `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const spellCore = ${spellCore.toString()};
let mods;
const cores = new Map();
parentPort.on('message', async ({ id, op, key, texts, words, aff, dic, english }) => {
  try {
    let result;
    if (op === 'load') {
      if (!mods) {
        const u = workerData.urls;
        const [a, b, c] = await Promise.all([import(u.retext), import(u.retextEnglish), import(u.retextSpell)]);
        mods = { retext: a.retext, retextEnglish: b.default, retextSpell: c.default };
      }
      cores.set(key, spellCore(mods, { aff: fs.readFileSync(aff), dic: fs.readFileSync(dic) }, english));
      result = true;
    } else if (op === 'check') result = cores.get(key).check(texts);
    else result = cores.get(key).correctMany(words);
    parentPort.postMessage({ id, result });
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.stack) || e) });
  }
});
`;

class SpellWorker {
  private worker: Worker;
  private waiting = new Map<number, { ok(v: unknown): void; fail(e: Error): void }>();
  private next = 0;
  private failed?: Error;

  constructor() {
    this.worker = new Worker(workerCode(), { eval: true, workerData: { urls: moduleUrls() } });
    this.worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error) w?.fail(new Error(m.error));
      else w?.ok(m.result);
      if (!this.waiting.size) this.worker.unref();
    });
    this.worker.on('error', (e) => {
      this.failed = e;
      for (const w of this.waiting.values()) w.fail(e);
      this.waiting.clear();
    });
    this.worker.unref();
  }

  call<T>(msg: Record<string, unknown>): Promise<T> {
    return new Promise<T>((ok, fail) => {
      if (this.failed) return fail(this.failed);
      const id = this.next++;
      this.waiting.set(id, { ok: ok as (v: unknown) => void, fail });
      this.worker.ref();
      this.worker.postMessage({ ...msg, id });
    });
  }
}

/** Small dictionaries share one worker; each big one gets its own (so English never waits behind Norwegian). */
let shared: SpellWorker | undefined;

/** A processor in a worker thread. */
export async function workerRetext(key: string, aff: string, dic: string, english: boolean, big: boolean): Promise<RetextChecker> {
  const worker = big ? new SpellWorker() : (shared ??= new SpellWorker());
  await worker.call<boolean>({ op: 'load', key, aff, dic, english });
  return {
    check: (texts) => (texts.length ? worker.call<Checked[]>({ op: 'check', key, texts }) : Promise.resolve([])),
    correctMany: (words) => (words.length ? worker.call<boolean[]>({ op: 'correct', key, words }) : Promise.resolve([])),
  };
}
