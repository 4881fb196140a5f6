// Setting top-level keys of one post's front matter (or one calendar item) by editing the text
// in place: the value of an existing key is replaced, a missing key is inserted as a new line
// with the mapping's own indentation and line ending. Every other byte stays as it was
// (comments, quoting, key order, BOM and CRLF are the caller's to keep when writing).
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseYaml } from '../posts/yaml.js';
import type { Post } from '../types.js';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const CALENDAR = /\.(ya?ml|json)$/i;

/** Double-quoted YAML scalar (JSON strings are valid YAML double-quoted scalars). */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\L' : '\\P'));
}

interface Target {
  map: YAMLMap | null;
  /** Offset of the parsed text in the source. */
  base: number;
  /** The parsed text (front matter or whole calendar). */
  text: string;
  /** Where a new front matter block goes when there is none (markdown without `---`). */
  noFrontMatter?: boolean;
}

function locate(source: string, path: string, index: number): Target {
  if (CALENDAR.test(path)) {
    const doc = parsed(source);
    let list: unknown = doc.contents;
    if (isMap(list)) list = list.get('posts', true);
    if (!isSeq(list)) throw new Error('not a calendar (a list of posts)');
    const item = list.items[index] as Node | undefined;
    if (!isMap(item)) throw new Error(`item ${index + 1} is not a post`);
    return { map: item as YAMLMap, base: 0, text: source };
  }
  const open = OPEN.exec(source);
  if (!open) return { map: null, base: 0, text: '', noFrontMatter: true };
  const start = open[0].length;
  const close = CLOSE.exec(source.slice(start));
  if (!close) throw new Error('front matter never ends');
  const fm = source.slice(start, start + close.index);
  const doc = parsed(fm);
  if (doc.errors.length) throw new Error('malformed YAML in front matter');
  const root = doc.contents;
  if (root && !isMap(root)) throw new Error('front matter is not a mapping');
  return { map: (root as YAMLMap | null) ?? null, base: start, text: fm };
}

// Drafts are untrusted: the same depth guard as when they were linted.
function parsed(text: string): Document {
  const r = parseYaml(text);
  if (!r.doc) throw new Error('nested too deeply');
  return r.doc;
}

const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : undefined);

/**
 * Edits that give `post` the top-level keys `values` (in this order), changing nothing else.
 * `after` names the key new lines should follow when present (else they go after the last key).
 */
export function setKeys(source: string, post: Post, values: [string, string][], after?: string): Edit[] {
  const eol = /\r\n/.test(source) ? '\r\n' : '\n';
  const t = locate(source, post.source.path, post.index);
  // A JSON calendar stays JSON: keys in flow mappings are quoted.
  const key = (k: string) => (/\.json$/i.test(post.source.path) ? JSON.stringify(k) : k);
  const edits: Edit[] = [];
  const lines = (indent: string, pairs: [string, string][]) => pairs.map(([k, v]) => `${indent}${k}: ${v}${eol}`).join('');

  if (t.noFrontMatter) return [{ start: 0, end: 0, text: `---${eol}${lines('', values)}---${eol}` }];
  if (!t.map || !t.map.items.length) {
    if (t.map?.flow) {
      const close = t.base + t.text.lastIndexOf('}', t.map.range![1]);
      return [{ start: close, end: close, text: values.map(([k, v]) => `${key(k)}: ${v}`).join(', ') }];
    }
    return [{ start: t.base, end: t.base, text: lines('', values) }];
  }

  const map = t.map;
  const pairs = map.items as Pair<Node, Node | null>[];
  const missing: [string, string][] = [];
  for (const [k, v] of values) {
    const pair = pairs.find((p) => keyOf(p as Pair) === k);
    if (!pair) {
      missing.push([k, v]);
      continue;
    }
    const val = pair.value;
    if (val && val.range && val.range[1] > val.range[0]) {
      edits.push({ start: t.base + val.range[0], end: t.base + val.range[1], text: v });
    } else {
      // `key:` with nothing after it: the value goes right after the colon.
      const colon = t.text.indexOf(':', pair.key!.range![1]);
      edits.push({ start: t.base + colon + 1, end: t.base + colon + 1, text: ` ${v}` });
    }
  }
  if (!missing.length) return edits;

  if (map.flow) {
    // Right after the last value: `{a: 1, b: 2}` -> `{a: 1, b: 2, approved_by: ...}`, spacing kept.
    const last = pairs[pairs.length - 1];
    const at = t.base + (last.value?.range?.[1] ?? last.key!.range![1]);
    edits.push({ start: at, end: at, text: missing.map(([k, v]) => `, ${key(k)}: ${v}`).join('') });
    return edits;
  }
  const anchor = (after && pairs.find((p) => keyOf(p as Pair) === after)) || pairs[pairs.length - 1];
  const keyStart = anchor.key!.range![0];
  const lineStart = t.text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = t.text.slice(lineStart, keyStart).replace(/[^ \t]/g, ' ');
  const end = anchor.value?.range?.[2] ?? anchor.key!.range![2];
  let at: number;
  if (end > 0 && t.text[end - 1] === '\n') at = end;
  else {
    const nl = t.text.indexOf('\n', end);
    at = nl === -1 ? t.text.length : nl + 1;
  }
  const prefix = at === t.text.length && t.text.length > 0 && !t.text.endsWith('\n') ? eol : '';
  edits.push({ start: t.base + at, end: t.base + at, text: prefix + lines(indent, missing) });
  return edits;
}

export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
