// Message templates, as ESLint's meta.messages: a rule declares its messages once, under ids,
// with {{name}} placeholders, and reports `messageId` + `data`. Tests and SARIF key on the id;
// the wording can change without them. A leaf module: the engine, the parser and the reporters use it.
import type { MessageData, Report } from '../types.js';

/** A rule's mistake in a report (an unknown id, a placeholder without a value): the rule is broken, not the post. */
export class ReportError extends Error {}

// ESLint's placeholder syntax; spaces inside the braces are allowed ({{ name }}).
const PLACEHOLDER = /\{\{([^{}]+?)\}\}/g;

/** The placeholder names of a template, each once, in order of first appearance. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1].trim()))];
}

/**
 * The template with every placeholder filled in. Unlike ESLint, which leaves an unknown
 * placeholder as written, a placeholder without a value throws: "{{word}}" in a published
 * report is a bug nobody would notice otherwise. Values are not filled in again, so data may
 * hold braces (a template variable a post forgot to fill).
 */
export function interpolate(template: string, data: MessageData | undefined): string {
  return template.replace(PLACEHOLDER, (_, raw: string) => {
    const name = raw.trim();
    const value = data && Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined || value === null) throw new ReportError(`message placeholder {{${name}}} has no value in data`);
    return String(value);
  });
}

/** The text of a report: the rule's template for `messageId` filled with `data`, or the `message` it gave. */
export function reportText(messages: Record<string, string> | undefined, r: Report): string {
  if (r.messageId !== undefined) {
    if (r.message !== undefined) throw new ReportError(`report gives both message and messageId '${r.messageId}'; give one`);
    const template = messages && Object.hasOwn(messages, r.messageId) ? messages[r.messageId] : undefined;
    if (typeof template !== 'string') {
      const known = messages ? Object.keys(messages) : [];
      throw new ReportError(`reported messageId '${r.messageId}', which meta.messages does not declare (${known.length ? `it has ${known.join(', ')}` : 'the rule has no meta.messages'})`);
    }
    return interpolate(template, r.data);
  }
  if (typeof r.message !== 'string') throw new ReportError('report has neither a message nor a messageId');
  // As ESLint: a message given directly is filled in only when data comes with it.
  return r.data ? interpolate(r.message, r.data) : r.message;
}

/** Whether meta.messages is what it must be: message ids mapped to template strings. */
export function validMessages(messages: unknown): boolean {
  if (messages === undefined) return true;
  if (!messages || typeof messages !== 'object' || Array.isArray(messages)) return false;
  return Object.values(messages).every((t) => typeof t === 'string');
}

/**
 * A template in SARIF's syntax (SARIF 2.1.0 §3.11.5): placeholders are {0}, {1}, ... in the
 * order of `placeholders(template)`, and literal braces are doubled.
 */
export function sarifTemplate(template: string): string {
  const names = placeholders(template);
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out += escapeBraces(template.slice(last, m.index)) + `{${names.indexOf(m[1].trim())}}`;
    last = m.index + m[0].length;
  }
  return out + escapeBraces(template.slice(last));
}

const escapeBraces = (s: string) => s.replace(/[{}]/g, (b) => b + b);
