// The rule contract. Modelled on ESLint rule modules, but async and post-shaped:
// `prepare` runs once per run over every post the rule is on (batch work such as
// checking each URL once), `check` runs per post and reports through ctx.report.
import type { Account, ResolvedConfig } from '../config/types.js';
import type { Post, Report, Severity, TextPart } from '../types.js';

export interface RuleDocs {
  /** Why the rule exists, in words a social-media manager accepts. */
  why: string;
  /** Real-world failures the rule is built to stop. */
  incidents?: string[];
  bad?: string;
  good?: string;
  /** Choices a reader might argue with, stated plainly. */
  notes?: string[];
}

export interface RuleMeta {
  description: string;
  docs: RuleDocs;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Needs the network: skipped (with one notice) under --offline. */
  network: boolean;
  /**
   * Depends on the clock (--now). `true`: on the exact instant (a freeze window's edge), so never
   * served from the result cache. `'day'`: only on the calendar date (expiry dates, anniversaries,
   * days since an event), so cached results are reused within the same UTC day.
   */
  time?: boolean | 'day';
  /** Config sections that make the rule read the network when present (hashtag-hijack: trending). */
  networkWith?: string[];
  /** The config section holding the rule's settings; `<section>: false` turns the rule off, with a notice (links: false). */
  section?: string;
  /**
   * Config sections the rule acts on (freeze: ['freeze']). Without any of them in the config the
   * rule does not run at all, so posts need not even be parsed for it (the --cache fast path).
   */
  needs?: string[];
  /** JSON Schema of the rule's options object (validated when the config loads). */
  options?: Record<string, unknown>;
  /** Checks brand accounts only unless configured otherwise (shown by `postlint rules`); the rule itself decides. */
  brandOnly?: boolean;
  /**
   * The rule's messages by id, with {{name}} placeholders (ESLint's meta.messages). Reports give
   * `messageId` and `data`; tests, the JSON output and SARIF key on the id, not on the wording.
   */
  messages?: Record<string, string>;
}

/** What every rule call can use. */
export interface RuleContext<O = Record<string, unknown>> {
  ruleId: string;
  options: O;
  config: ResolvedConfig;
  /** The clock date rules use (--now or the real time). */
  now: Date;
  offline: boolean;
  /** Say something once per run (e.g. a dictionary that is not installed); printed on stderr. */
  notice(message: string): void;
  /** Progress for long network phases: the CLI may show it as a spinner. */
  progress(done: number, total: number, label: string): void;
  /** Set by `--no-cache`: rules with caches of their own ignore them. */
  noCache: boolean;
}

export interface PostContext<O = Record<string, unknown>> extends RuleContext<O> {
  post: Post;
  account?: Account;
  lang: string;
  /** A report with an unknown messageId, or a placeholder without data, throws: the rule crashes, loudly. */
  report(report: Report): void;
  /** A fix replacing text[start, end) of a part by `text`, in source offsets. */
  fixPart(part: TextPart, start: number, end: number, text: string): { range: [number, number]; text: string };
  /** Whatever `prepare` returned. */
  state: unknown;
}

export interface PrepareContext<O = Record<string, unknown>> extends RuleContext<O> {
  /** Options and config as resolved for one post (overrides can differ per post). */
  forPost(post: Post): { options: O; config: ResolvedConfig; account?: Account; lang: string };
}

export interface Rule<O = any> {
  id: string;
  meta: RuleMeta;
  prepare?(posts: Post[], ctx: PrepareContext<O>): unknown | Promise<unknown>;
  check(post: Post, ctx: PostContext<O>): void | Promise<void>;
}

/** Identity with types: gives rule authors checking and editor help. */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** Whether a config (or one of its overrides) has a section the rule needs. */
export function needsMet(rule: Rule, settings: Record<string, unknown>, overrides: { settings?: Record<string, unknown> }[] = []): boolean {
  const needs = rule.meta.needs;
  if (!needs?.length) return true;
  const has = (s?: Record<string, unknown>) => !!s && needs.some((k) => s[k] !== undefined && s[k] !== false && s[k] !== null);
  return has(settings) || overrides.some((o) => has(o.settings));
}
