// Turning a draft file into posts with exact offsets.
//   .md/.markdown/.txt  one post: optional YAML front matter, then the body as published
//   .yaml/.yml/.json    a calendar: a list of posts (or {posts: [...]}), each with `text`
import { isMap, isScalar, isSeq, visit, type Document, type Node, type Pair } from 'yaml';
import { bareHandle } from '../text/handles.js';
import { engineMessage, type EngineMessageId } from '../engine/engine-id.js';
import type { MediaItem, MessageData, Post, PostMeta, SourceFile, TextPart } from '../types.js';
import { MAX_NESTING, parseYaml, toData } from './yaml.js';

export interface ParseProblem {
  messageId: EngineMessageId;
  data?: MessageData;
  message: string;
  offset: number;
  end?: number;
  /** Index of the post in a calendar file, when the problem belongs to one. */
  post?: number;
}

export interface ParsedFile {
  posts: Post[];
  /** Problems that stop a post from being linted (malformed YAML, a calendar item that is not a post). */
  problems: ParseProblem[];
}

const CALENDAR = /\.(ya?ml|json)$/i;

export function parseFile(source: SourceFile): ParsedFile {
  return CALENDAR.test(source.path) ? parseCalendar(source) : parseMarkdown(source);
}

// ---------------------------------------------------------------- markdown / text

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

function parseMarkdown(source: SourceFile): ParsedFile {
  const text = source.text;
  const problems: ParseProblem[] = [];
  let fmStart = -1;
  let fmEnd = -1;
  let bodyStart = 0;
  const open = OPEN.exec(text);
  if (open) {
    fmStart = open[0].length;
    const rest = text.slice(fmStart);
    const close = CLOSE.exec(rest);
    if (!close) {
      problems.push({ ...says('unclosedFrontMatter'), offset: 0, end: 3 });
      return { posts: [brokenPost(source, 0, 1, [0, text.length])], problems };
    }
    fmEnd = fmStart + close.index;
    bodyStart = fmEnd + close[0].length;
  }

  let data: Record<string, unknown> = {};
  let fields: Post['fields'] = {};
  let doc: Document | undefined;
  if (fmStart >= 0) {
    const parsed = parseYaml(text.slice(fmStart, fmEnd), { uniqueKeys: true });
    if (parsed.deep) {
      problems.push(tooDeep('front matter', fmStart + parsed.deep.offset));
      return { posts: [brokenPost(source, 0, 1, [0, text.length])], problems };
    }
    doc = parsed.doc;
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push({ ...says('malformedFrontMatter', { error: firstLine(e.message) }), offset: fmStart + e.pos[0], end: fmStart + e.pos[1] });
      return { posts: [brokenPost(source, 0, 1, [0, text.length])], problems };
    }
    const root = doc.contents;
    if (root && !isMap(root)) {
      problems.push({ ...says('frontMatterNotMapping'), offset: fmStart + (root.range?.[0] ?? 0) });
      return { posts: [brokenPost(source, 0, 1, [0, text.length])], problems };
    }
    if (root) {
      const read = toData(root, doc);
      if (read.error !== undefined) {
        problems.push({ ...says('unreadableFrontMatter', { error: read.error }), ...aliasAt(root, fmStart) });
        return { posts: [brokenPost(source, 0, 1, [0, text.length])], problems };
      }
      data = (read.value ?? {}) as Record<string, unknown>;
      fields = collectFields(root, fmStart);
    }
  }

  // Leading blank lines and the final newline are layout, not part of the post.
  let start = bodyStart;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const body: TextPart = { kind: 'body', name: 'body', text: text.slice(start, end), start, offsets: null };
  const post = buildPost(source, 0, 1, data, fields, body, [0, text.length], doc ? altParts(doc.contents, fmStart, source) : []);
  return { posts: [post], problems };
}

// ---------------------------------------------------------------- calendars

function parseCalendar(source: SourceFile): ParsedFile {
  const problems: ParseProblem[] = [];
  const kind = /json$/i.test(source.path) ? 'JSON' : 'YAML';
  const parsed = parseYaml(source.text, { uniqueKeys: true });
  if (parsed.deep) {
    problems.push(tooDeep(kind, parsed.deep.offset));
    return { posts: [brokenPost(source, 0, 1, [0, source.text.length])], problems };
  }
  const doc = parsed.doc;
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ ...says('malformedCalendar', { format: kind, error: firstLine(e.message) }), offset: e.pos[0], end: e.pos[1] });
    return { posts: [brokenPost(source, 0, 1, [0, source.text.length])], problems };
  }
  let list: Node | null | undefined = doc.contents;
  if (isMap(list)) list = (list.get('posts', true) as Node | undefined) ?? null;
  if (!isSeq(list)) {
    problems.push({ ...says('calendarNotList'), offset: doc.contents?.range?.[0] ?? 0 });
    return { posts: [brokenPost(source, 0, 1, [0, source.text.length])], problems };
  }
  const posts: Post[] = [];
  const count = list.items.length;
  list.items.forEach((item, index) => {
    const node = item as Node;
    const range: [number, number] = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
    if (!isMap(node)) {
      problems.push({ ...says('itemNotPost', { item: index + 1 }), offset: range[0], end: range[1], post: index });
      posts.push(brokenPost(source, index, count, range));
      return;
    }
    const read = toData(node, doc);
    if (read.error !== undefined) {
      problems.push({ ...says('unreadablePost', { item: index + 1, error: read.error }), ...aliasAt(node, 0), post: index });
      posts.push(brokenPost(source, index, count, range));
      return;
    }
    const data = (read.value ?? {}) as Record<string, unknown>;
    const fields = collectFields(node, 0);
    const textNode = (node.get('text', true) ?? node.get('body', true)) as Node | undefined;
    let body: TextPart;
    if (isScalar(textNode) && typeof textNode.value === 'string') {
      body = scalarPart('body', 'body', textNode, 0, source.text);
    } else {
      if (textNode !== undefined) problems.push({ ...says('textNotString', { item: index + 1 }), offset: textNode.range?.[0] ?? range[0], post: index });
      else problems.push({ ...says('noText', { item: index + 1 }), offset: range[0], end: Math.min(range[1], range[0] + 1), post: index });
      posts.push(brokenPost(source, index, count, range));
      return;
    }
    posts.push(buildPost(source, index, count, data, fields, body, range, altParts(node, 0, source)));
  });
  return { posts, problems };
}

// ---------------------------------------------------------------- helpers

/** A problem's id, data and text (postlint's own messages, engine-id.ts). */
function says(messageId: EngineMessageId, data?: MessageData): Pick<ParseProblem, 'messageId' | 'data' | 'message'> {
  return { messageId, ...(data ? { data } : {}), message: engineMessage(messageId, data) };
}

function tooDeep(what: string, offset: number): ParseProblem {
  return { ...says('tooDeep', { what, max: MAX_NESTING }), offset, end: offset + 1 };
}

/** Where the first alias in a node is (the place to look when aliases cannot be resolved). */
function aliasAt(root: Node, base: number): { offset: number; end?: number } {
  let range: [number, number] | undefined;
  visit(root, {
    Alias(_, node) {
      range = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
      return visit.BREAK;
    },
  });
  const r = range ?? [root.range?.[0] ?? 0, root.range?.[0] ?? 0];
  return { offset: base + r[0], end: base + r[1] };
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function brokenPost(source: SourceFile, index: number, count: number, range: [number, number]): Post {
  const body: TextPart = { kind: 'body', name: 'body', text: '', start: range[0], offsets: null };
  const post = buildPost(source, index, count, {}, {}, body, range, []);
  post.broken = true;
  return post;
}

function buildPost(
  source: SourceFile,
  index: number,
  count: number,
  data: Record<string, unknown>,
  fields: Post['fields'],
  body: TextPart,
  range: [number, number],
  alts: TextPart[],
): Post {
  return {
    source,
    index,
    count,
    id: count > 1 || CALENDAR.test(source.path) ? `${source.relPath}#${index + 1}` : source.relPath,
    data,
    meta: normaliseMeta(data),
    body,
    parts: [body, ...alts],
    range,
    fields,
  };
}

/** Dotted paths of every key in the mapping, with source ranges of key and value. */
function collectFields(root: Node, base: number, prefix = '', out: Post['fields'] = {}): Post['fields'] {
  if (isMap(root)) {
    for (const pair of root.items as Pair<Node, Node>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const path = prefix ? `${prefix}.${key}` : key;
      const kr = pair.key?.range ?? [0, 0];
      const vr = pair.value?.range ?? [kr[1], kr[1]];
      out[path] = { key: [base + kr[0], base + kr[1]], value: [base + vr[0], base + vr[1]] };
      if (pair.value) collectFields(pair.value, base, path, out);
    }
  } else if (isSeq(root)) {
    root.items.forEach((item, i) => {
      const node = item as Node;
      const r = node.range ?? [0, 0];
      const path = `${prefix}.${i}`;
      out[path] = { key: [base + r[0], base + r[0]], value: [base + r[0], base + r[1]] };
      collectFields(node, base, path, out);
    });
  }
  return out;
}

function altParts(root: Node | null | undefined, base: number, source: SourceFile): TextPart[] {
  if (!isMap(root)) return [];
  const media = root.get('media', true);
  if (!isSeq(media)) return [];
  const parts: TextPart[] = [];
  media.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const alt = (item as Node & { get(k: string, keep: true): unknown }).get('alt', true) as Node | undefined;
    if (isScalar(alt) && typeof alt.value === 'string') parts.push(scalarPart('alt', `media[${i}].alt`, alt, base, source.text));
  });
  return parts;
}

/**
 * A published text held in a YAML scalar. Plain one-line scalars are verbatim slices; quoted and
 * block scalars get a per-character offset table so findings still land on the right column.
 */
function scalarPart(kind: TextPart['kind'], name: string, node: Node, base: number, src: string): TextPart {
  const value = String((node as unknown as { value: unknown }).value);
  const [s, e] = node.range ?? [0, 0];
  const start = base + s;
  const end = base + e;
  if (src.slice(start, start + value.length) === value) return { kind, name, text: value, start, offsets: null };
  return { kind, name, text: value, start, offsets: alignScalar(src, start, end, value) };
}

/** Map each value character to the source character it came from (escapes, indentation, quotes). */
function alignScalar(src: string, start: number, end: number, value: string): number[] {
  const offsets: number[] = new Array(value.length + 1);
  let p = start;
  while (p < end && /[|>"'+\-0-9]/.test(src[p]) && src[p] !== value[0]) {
    p++;
    if (src[p - 1] === '|' || src[p - 1] === '>') {
      while (p < end && src[p] !== '\n') p++; // block header line
    }
  }
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let q = p;
    const limit = Math.min(end, p + 256);
    while (q < limit && src[q] !== ch && !(ch === ' ' && src[q] === '\n') && src[q] !== '\\') q++;
    if (q < limit && src[q] === '\\' && ch !== '\\') {
      offsets[i] = q;
      p = q + escapeLength(src, q);
      continue;
    }
    if (q >= limit) q = p;
    offsets[i] = q;
    p = Math.min(end, q + (src[q] === "'" && src[q + 1] === "'" ? 2 : 1));
  }
  offsets[value.length] = p;
  return offsets;
}

function escapeLength(src: string, at: number): number {
  const c = src[at + 1];
  if (c === 'x') return 4;
  if (c === 'u') return 6;
  if (c === 'U') return 10;
  return 2;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((x): x is string => !!x) : str(v) ? [str(v)!] : []);
const handle = (v: string | undefined) => (v === undefined ? undefined : bareHandle(v) || undefined);

/** Lenient: whatever is malformed is the front-matter rule's to report, never a crash here. */
export function normaliseMeta(d: Record<string, unknown>): PostMeta {
  const media: MediaItem[] = [];
  if (Array.isArray(d.media)) {
    d.media.forEach((m, index) => {
      if (typeof m === 'string') media.push({ path: m, index });
      else if (m && typeof m === 'object') {
        const o = m as Record<string, unknown>;
        const path = str(o.path) ?? str(o.url) ?? str(o.src);
        if (path) media.push({ path, alt: str(o.alt), index });
      }
    });
  }
  const pl = (d.postlint && typeof d.postlint === 'object' ? d.postlint : {}) as Record<string, unknown>;
  const record = (v: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, r] of Object.entries(v)) out[k] = typeof r === 'string' ? r : '';
    return out;
  };
  let replyTo: PostMeta['replyTo'];
  if (typeof d.reply_to === 'string') replyTo = d.reply_to.startsWith('http') ? { url: d.reply_to } : { author: d.reply_to };
  else if (d.reply_to && typeof d.reply_to === 'object') {
    const r = d.reply_to as Record<string, unknown>;
    replyTo = { author: str(r.author), text: str(r.text), url: str(r.url) };
  }
  const publish = d.publish_at instanceof Date ? d.publish_at.toISOString() : str(d.publish_at);
  return {
    account: handle(str(d.account)),
    platforms: [...new Set([...strList(d.platform), ...strList(d.platforms)].map((p) => p.trim().toLowerCase()))],
    lang: str(d.lang)?.trim(),
    publishAt: publish,
    media,
    approvedBy: str(d.approved_by)?.trim() || undefined,
    approvalHash: str(d.approval_hash),
    replyTo,
    labels: strList(d.labels),
    sponsored: d.sponsored === true,
    disable: record(pl.disable),
    acknowledge: record(pl.acknowledge),
  };
}
