// From a rule's report to a message with file line:column, and from part offsets to source offsets.
import { position } from '../posts/source.js';
import type { Fix, Location, Message, Post, Report, TextPart } from '../types.js';

export function partOffset(part: TextPart, i: number): number {
  if (!part.offsets) return part.start + i;
  const clamped = Math.max(0, Math.min(i, part.text.length));
  return part.offsets[clamped];
}

/** Source range of part.text[start, end); end maps past the last character. */
export function partRange(part: TextPart, start: number, end: number): [number, number] {
  const s = partOffset(part, start);
  if (!part.offsets) return [s, part.start + end];
  const e = end > start ? partOffset(part, end - 1) + 1 : s;
  return [s, Math.max(s, e)];
}

/**
 * A fix on published text. Texts held in quoted or folded YAML scalars are only fixed where
 * the source spells the text out verbatim and the replacement needs no escaping: a fix must
 * never corrupt the file around it.
 */
export function fixPart(post: Post, part: TextPart, start: number, end: number, text: string): Fix | undefined {
  const range = partRange(part, start, end);
  const src = post.source.text;
  if (src.slice(range[0], range[1]) !== part.text.slice(start, end)) return undefined;
  if (part.offsets && /["'\\\n\r]/.test(text)) return undefined;
  return { range, text: /\r\n/.test(src) ? text.replace(/\r?\n/g, '\r\n') : text };
}

export function locationRange(post: Post, at: Location | undefined): [number, number] {
  if (!at || 'post' in at) {
    const start = post.body.text ? post.body.start : post.range[0];
    return [start, start];
  }
  if ('part' in at) return partRange(at.part, at.start, at.end);
  if ('field' in at) {
    const f = post.fields[at.field];
    if (!f) return locationRange(post, undefined);
    return at.on === 'key' ? f.key : f.value;
  }
  return [at.offset, at.end ?? at.offset];
}

/** `message`: the report's text, as the engine resolved it (messages.ts reportText). */
export function toMessage(post: Post, ruleId: string, severity: 1 | 2, r: Report, message: string): Message {
  const [s, e] = locationRange(post, r.at);
  const a = position(post.source, s);
  const b = position(post.source, e);
  const m: Message = {
    ruleId,
    severity: r.severity === 'warn' ? 1 : severity,
    message,
    ...(r.messageId !== undefined ? { messageId: r.messageId } : {}),
    ...(r.data ? { data: { ...r.data } } : {}),
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    post: post.index,
    postId: post.id,
  };
  if (r.why) m.why = r.why;
  if (r.hint) m.hint = r.hint;
  if (r.fix) {
    m.fix = r.fix;
    m.fixDesc = describeFix(post.source.text, r.fix);
  }
  if (r.suggestions?.length) m.suggestions = r.suggestions;
  return m;
}

export function describeFix(src: string, fix: Fix): string {
  const old = src.slice(fix.range[0], fix.range[1]);
  const q = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
  if (!old) return `insert ${q(fix.text)}`;
  if (!fix.text) return `delete ${q(old)}`;
  return `replace ${q(old)} with ${q(fix.text)}`;
}
