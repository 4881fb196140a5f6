// A RuleTester for drafts, modelled on ESLint's: one table per rule, `valid` drafts on which the
// rule says nothing and `invalid` drafts with the exact list of what it says (message or
// messageId, exact range, severity) and the text after --fix. Each case becomes one vitest test.
//
//   ruleTester('placeholder', { front: { platform: 'x' } }).run({
//     valid: ['Back-to-school deals at TK Maxx this weekend.'],
//     invalid: [{ body: 'Fares from $TK round trip.', errors: [{ message: 'placeholder marker "TK"', text: 'TK', severity: 'error' }] }],
//   });
//
// Built on test/helpers.ts (`run`, `fixed`, `slice`, `draft`). `collect` and `verify` are the
// framework-free parts (the tester's own tests use them); `run` only hands them to vitest.
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'vitest';
import type { Message } from '../src/types.js';
import { draft, fixed, run, slice, type RunOpts } from './helpers.js';

export type SeverityName = 'error' | 'warn';

/** What one message must be. */
export interface ErrorSpec {
  /** The exact message text, or a pattern it must match. */
  message?: string | RegExp;
  /** The rule's message id (ESLint-style `meta.messages`); compared with `Message.messageId`. */
  messageId?: string;
  /** The exact text the message points at (see `slice`). Needs line and column when it occurs more than once in the draft. */
  text?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity: SeverityName;
  /** When given: exactly these suggestions, each with its description and the draft once applied. */
  suggestions?: { desc: string | RegExp; output: string }[];
}

/** A draft: the whole file (`draft`), or a body with front matter (`front` merged over the defaults'). */
export interface DraftCase {
  /** Test title; defaults to the start of the body. Unique in a table. */
  name?: string;
  /** The whole draft file. */
  draft?: string;
  /** The body; with `front` (or the defaults' front) it becomes `draft(front, body)`, without any front matter the whole file. */
  body?: string;
  /** Front matter: an object merged over the defaults' (a key set to undefined removes it), a YAML string, or null for none. */
  front?: Record<string, unknown> | string | null;
  /** Config (shape of .postlintrc.yaml), merged key by key over the defaults' config. */
  config?: Record<string, unknown>;
  /** The clock (--now); default test/helpers.ts NOW. */
  now?: Date | string;
  filePath?: string;
  cwd?: string;
  offline?: boolean;
  /**
   * Exact messages of other rules on this draft. Rules listed in the defaults' `alongside` and not
   * named here must say nothing.
   */
  others?: Record<string, ErrorSpec[]>;
  /** Run only this case (as vitest `it.only`): for debugging, never committed. */
  only?: boolean;
}

export type ValidCase = DraftCase | string;

export interface InvalidCase extends DraftCase {
  /** Every message of the rule, in order of position: the count must match exactly. */
  errors: ErrorSpec[];
  /** The draft after --fix; null or omitted: --fix changes nothing. */
  output?: string | null;
}

export interface Tables {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export interface Defaults extends Omit<DraftCase, 'name' | 'draft' | 'body' | 'only' | 'others'> {
  /** Other rules run on every case as well: they must say nothing unless the case's `others` says what. */
  alongside?: string[];
}

export interface Collected {
  title: string;
  only: boolean;
  fn: () => Promise<void>;
}

const SEVERITY: Record<1 | 2, SeverityName> = { 1: 'warn', 2: 'error' };
const RANGE = ['line', 'column', 'endLine', 'endColumn'] as const;

/** A failed case; with `actual` and `expected`, vitest shows the difference. */
class CaseError extends Error {
  actual?: unknown;
  expected?: unknown;
  showDiff?: boolean;
  constructor(message: string, ...diff: [] | [actual: unknown, expected: unknown]) {
    super(message);
    this.name = 'RuleTesterError';
    if (diff.length) [this.actual, this.expected, this.showDiff] = [diff[0], diff[1], true];
  }
}

/** The draft text a case lints. */
export function caseText(c: DraftCase, defaults: Defaults = {}): string {
  if (c.draft !== undefined) {
    if (c.body !== undefined || c.front !== undefined) throw new CaseError('a case gives either `draft` or `body` (with `front`), not both');
    return c.draft;
  }
  if (c.body === undefined) throw new CaseError('a case needs `draft` or `body`');
  const base = defaults.front;
  let front: Record<string, unknown> | string | null | undefined = c.front === undefined ? base : c.front;
  if (typeof c.front === 'object' && c.front !== null && typeof base === 'object' && base !== null) front = { ...base, ...c.front };
  if (typeof front === 'object' && front !== null) front = Object.fromEntries(Object.entries(front).filter(([, v]) => v !== undefined));
  return front === null || front === undefined ? c.body : draft(front, c.body);
}

function runOpts(c: DraftCase, defaults: Defaults): RunOpts {
  const config = { ...(defaults.config ?? {}), ...(c.config ?? {}) };
  const rules = { ...((defaults.config?.rules as object) ?? {}), ...((c.config?.rules as object) ?? {}) };
  if (Object.keys(rules).length) config.rules = rules;
  const now = c.now ?? defaults.now;
  return {
    config,
    now: typeof now === 'string' ? new Date(now) : now,
    filePath: c.filePath ?? defaults.filePath,
    cwd: c.cwd ?? defaults.cwd,
    offline: c.offline ?? defaults.offline,
  };
}

/** A message written as a spec, for failure output that can be pasted into a table. */
export function specOf(text: string, m: Message): Record<string, unknown> {
  const s = slice(text, m);
  const spec: Record<string, unknown> = { message: m.message };
  const id = (m as { messageId?: string }).messageId;
  if (id !== undefined) spec.messageId = id;
  const once = s.length > 0 && text.indexOf(s) === text.lastIndexOf(s);
  if (s.length > 0 && s.length <= 200) spec.text = s;
  if (!once || s.length > 200) for (const k of RANGE) spec[k] = m[k];
  spec.severity = SEVERITY[m.severity];
  return spec;
}

const show = (v: unknown) => JSON.stringify(v, (_k, x) => (x instanceof RegExp ? String(x) : x), 2);

/** Authoring mistakes in one error spec, before anything is linted. */
function specProblems(text: string, e: ErrorSpec, where: string): string[] {
  const out: string[] = [];
  if (e.message === undefined && e.messageId === undefined) out.push(`${where}: give \`message\` or \`messageId\``);
  if (e.severity !== 'error' && e.severity !== 'warn') out.push(`${where}: give \`severity\`: 'error' or 'warn'`);
  const given = RANGE.filter((k) => e[k] !== undefined);
  if (e.text === undefined && given.length < 4) out.push(`${where}: give the range: \`text\` (the exact slice) or all of line, column, endLine, endColumn`);
  if (e.text !== undefined) {
    if (e.text === '') out.push(`${where}: an empty \`text\` says nothing about where; give line, column, endLine, endColumn`);
    else if (!text.includes(e.text)) out.push(`${where}: \`text\` ${JSON.stringify(e.text)} is not in the draft`);
    else if (text.indexOf(e.text) !== text.lastIndexOf(e.text) && (e.line === undefined || e.column === undefined)) {
      out.push(`${where}: \`text\` ${JSON.stringify(e.text)} occurs more than once in the draft: add line and column`);
    }
  }
  return out;
}

/** The message seen through a spec's keys, so that a deep comparison shows only what differs. */
function view(text: string, m: Message, e: ErrorSpec): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  if (e.message !== undefined) v.message = e.message instanceof RegExp && e.message.test(m.message) ? e.message : m.message;
  if (e.messageId !== undefined) v.messageId = (m as { messageId?: string }).messageId ?? '(no messageId)';
  if (e.text !== undefined) v.text = slice(text, m);
  for (const k of RANGE) if (e[k] !== undefined) v[k] = m[k];
  v.severity = SEVERITY[m.severity];
  if (e.suggestions) {
    v.suggestions = (m.suggestions ?? []).map((s, i) => {
      const want = e.suggestions![i]?.desc;
      return { desc: want instanceof RegExp && want.test(s.desc) ? want : s.desc, output: text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]) };
    });
  }
  return v;
}

function expected(e: ErrorSpec): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  if (e.message !== undefined) v.message = e.message;
  if (e.messageId !== undefined) v.messageId = e.messageId;
  if (e.text !== undefined) v.text = e.text;
  for (const k of RANGE) if (e[k] !== undefined) v[k] = e[k];
  v.severity = e.severity;
  if (e.suggestions) v.suggestions = e.suggestions.map((s) => ({ desc: s.desc, output: s.output }));
  return v;
}

/** Compares what `rule` said on `text` with `specs`; throws an AssertionError saying what differs. */
export function compare(rule: string, text: string, messages: Message[], specs: ErrorSpec[]): void {
  const problems = specs.flatMap((e, i) => specProblems(text, e, `${rule} error ${i + 1}`));
  if (problems.length) throw new CaseError(`the case is written wrongly:\n- ${problems.join('\n- ')}`);
  const actual = messages.map((m, i) => (specs[i] ? view(text, m, specs[i]) : specOf(text, m)));
  const want = specs.map(expected);
  if (messages.length !== specs.length) {
    throw new CaseError(`${rule} should give ${specs.length} message(s), gave ${messages.length}:\n${show(messages.map((m) => specOf(text, m)))}`, actual, want);
  }
  for (let i = 0; i < specs.length; i++) {
    if (!isDeepStrictEqual(actual[i], want[i])) throw new CaseError(`${rule} message ${i + 1} differs: ${show(specOf(text, messages[i]))}`, actual[i], want[i]);
  }
}

async function checkOthers(c: DraftCase, text: string, opts: RunOpts, defaults: Defaults, rule: string): Promise<void> {
  const others = c.others ?? {};
  if (rule in others) throw new CaseError(`\`others\` names the rule under test (${rule}); its messages go in \`errors\``);
  const ids = [...new Set([...(defaults.alongside ?? []), ...Object.keys(others)])].filter((id) => id !== rule);
  for (const id of ids) {
    const ms = await run(id, text, opts);
    const specs = others[id] ?? [];
    if (!specs.length && ms.length) throw new CaseError(`${id} (alongside) should say nothing, said:\n${show(ms.map((m) => specOf(text, m)))}`);
    compare(id, text, ms, specs);
  }
}

/** Lints one case and throws when the rule's messages, the fix output or the other rules differ from the table. */
export async function verify(rule: string, kind: 'valid' | 'invalid', input: ValidCase | InvalidCase, defaults: Defaults = {}): Promise<void> {
  const c: DraftCase | InvalidCase = typeof input === 'string' ? { body: input } : input;
  const text = caseText(c, defaults);
  const opts = runOpts(c, defaults);
  const messages = await run(rule, text, opts);
  if (kind === 'valid') {
    if ('errors' in c || 'output' in c) throw new CaseError('a valid case has no `errors` or `output`: move it to `invalid`');
    if (messages.length) throw new CaseError(`${rule} should say nothing, said:\n${show(messages.map((m) => specOf(text, m)))}`);
  } else {
    const inv = c as InvalidCase;
    if (!Array.isArray(inv.errors) || !inv.errors.length) throw new CaseError('an invalid case lists its messages in `errors` (a draft without any is a valid case)');
    compare(rule, text, messages, inv.errors);
    if (typeof inv.output === 'string' && inv.output === text) throw new CaseError('`output` equals the draft: write `output: null` (or leave it out) when --fix changes nothing');
    const after = messages.some((m) => m.fix) || typeof inv.output === 'string' ? await fixed(rule, text, opts) : text;
    const want = inv.output ?? text;
    if (after !== want) {
      const msg = inv.output == null ? `--fix changes the draft: add \`output\`:\n${JSON.stringify(after)}` : '--fix gives another text than `output`';
      throw new CaseError(msg, after, want);
    }
  }
  await checkOthers(c, text, opts, defaults, rule);
}

const oneLine = (s: string, n = 70) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function titleOf(c: ValidCase | InvalidCase): string {
  if (typeof c === 'string') return oneLine(c);
  return c.name ?? oneLine(c.body ?? c.draft ?? '(no draft)');
}

/** What is wrong with a table as a whole: no valid or no invalid case, a title used twice. */
export function tableProblems(tables: Tables): string[] {
  const out: string[] = [];
  if (!Array.isArray(tables.valid) || !tables.valid.length) out.push('the table needs at least one valid case');
  if (!Array.isArray(tables.invalid) || !tables.invalid.length) out.push('the table needs at least one invalid case');
  const seen = new Set<string>();
  for (const [kind, list] of [['valid', tables.valid ?? []], ['invalid', tables.invalid ?? []]] as const) {
    for (const c of list) {
      const t = `${kind}: ${titleOf(c)}`;
      if (seen.has(t)) out.push(`two cases are called "${t}": give one a \`name\``);
      seen.add(t);
    }
  }
  return out;
}

/** The tests a table makes: one per case, titled "valid: …" / "invalid: …", plus one for the table when it is malformed. */
export function collect(rule: string, tables: Tables, defaults: Defaults = {}): Collected[] {
  const out: Collected[] = [];
  const problems = tableProblems(tables);
  if (problems.length) {
    out.push({ title: 'table', only: false, fn: async () => { throw new CaseError(`${rule}: ${problems.join('; ')}`); } });
  }
  for (const [kind, list] of [['valid', tables.valid ?? []], ['invalid', tables.invalid ?? []]] as const) {
    for (const c of list) out.push({ title: `${kind}: ${titleOf(c)}`, only: typeof c !== 'string' && !!c.only, fn: () => verify(rule, kind, c, defaults) });
  }
  return out;
}

/** `ruleTester(ruleId, defaults).run({ valid, invalid })`: a vitest `describe` for the rule with one `it` per case. */
export function ruleTester(rule: string, defaults: Defaults = {}) {
  return {
    run(tables: Tables, title = `${rule} (rule table)`): void {
      describe(title, () => {
        for (const t of collect(rule, tables, defaults)) (t.only ? it.only : it)(t.title, t.fn);
      });
    },
  };
}
