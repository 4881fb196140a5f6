// Judgement measured, not asserted: lint a labelled folder and compare, per post and per rule,
// what fired with what the post's `expect:` says a careful reviewer would raise.
//
// A labelled folder is laid out like ../shared/real and ../shared/corpus: a config
// (.postlintrc.yaml) beside posts whose front matter lists `expect: [rule ids]` ([] for a post
// that should pass). Any finding, of any severity, counts as the rule firing: a warning on a fine
// post is a false flag too.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { loadConfig } from './config/load.js';
import { setUp } from './engine/setup.js';
import { lintFiles } from './lint.js';
import type { Message } from './types.js';

export interface EvalPost {
  id: string;
  expect: string[];
  fired: string[];
  /** The first message of each rule that fired, for the listing. */
  messages: Record<string, string>;
  text: string;
}

export interface RuleScore {
  rule: string;
  expected: number;
  caught: number;
  missed: string[];
  /** Fired on a post that expects nothing. */
  flaggedFine: string[];
  /** Fired on a failing post that does not expect this rule. */
  flaggedOther: string[];
}

export interface EvalReport {
  folder: string;
  offline: boolean;
  posts: EvalPost[];
  fails: number;
  fine: number;
  /** Failing posts on which at least one expected rule fired. */
  caught: number;
  /** Fine posts with any finding. */
  flagged: number;
  rules: RuleScore[];
  /** Rules the labels name that did not run (off in the config, or network rules offline). */
  notRun: string[];
}

export interface EvalOptions {
  offline?: boolean;
  now?: Date;
  /** Only these rules (their expectations only, too). */
  only?: string[];
}

/** The `expect:` list of each labelled post, by file path (single-post files; calendar items by #N). */
function labels(path: string, text: string): { id: string; expect: string[]; text: string }[] {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return [];
  const data = parseDocument(m[1]).toJS() as Record<string, unknown> | null;
  if (!data || !Array.isArray(data.expect)) return [];
  return [{ id: path, expect: data.expect.map(String), text: m[2].trim() }];
}

export async function evaluate(folder: string, opts: EvalOptions = {}): Promise<EvalReport> {
  const root = resolve(folder);
  const offline = opts.offline ?? true;
  const config = loadConfig({ cwd: root, configFile: join(root, '.postlintrc.yaml') });
  const setup = await setUp({ config, cwd: root });
  const summary = await lintFiles([], { setup, cwd: root, offline, now: opts.now, only: opts.only, noCache: true, notice: () => {} });

  const posts: EvalPost[] = [];
  for (const r of summary.results) {
    for (const l of labels(r.relPath, readFileSync(r.filePath, 'utf8'))) {
      const firstOf: Record<string, string> = {};
      for (const msg of r.messages as Message[]) firstOf[msg.ruleId] ??= msg.message;
      const expect = opts.only ? l.expect.filter((id) => opts.only!.includes(id)) : l.expect;
      posts.push({ id: l.id, expect, fired: Object.keys(firstOf).sort(), messages: firstOf, text: l.text });
    }
  }
  posts.sort((a, b) => (a.id < b.id ? -1 : 1));

  const { rules } = setup;
  const ran = (id: string) => {
    const rule = rules.get(id);
    const severity = config.rules[id]?.severity ?? rule?.meta.defaultSeverity ?? 'off';
    return !!rule && severity !== 'off' && !(offline && rule.meta.network) && (!opts.only || opts.only.includes(id));
  };
  const notRun = new Set<string>();
  const byRule = new Map<string, RuleScore>();
  const score = (rule: string) => {
    let s = byRule.get(rule);
    if (!s) byRule.set(rule, (s = { rule, expected: 0, caught: 0, missed: [], flaggedFine: [], flaggedOther: [] }));
    return s;
  };
  let caught = 0;
  let flagged = 0;
  const fails = posts.filter((p) => p.expect.length);
  for (const p of posts) {
    for (const id of p.expect) {
      const s = score(id);
      s.expected++;
      if (p.fired.includes(id)) s.caught++;
      else s.missed.push(p.id);
      if (!ran(id)) notRun.add(id);
    }
    for (const id of p.fired) if (!p.expect.includes(id)) (p.expect.length ? score(id).flaggedOther : score(id).flaggedFine).push(p.id);
    if (p.expect.length && p.expect.some((id) => p.fired.includes(id))) caught++;
    if (!p.expect.length && p.fired.length) flagged++;
  }
  const scores = [...byRule.values()].sort((a, b) => b.expected - a.expected || a.rule.localeCompare(b.rule));
  return { folder: root, offline, posts, fails: fails.length, fine: posts.length - fails.length, caught, flagged, rules: scores, notRun: [...notRun].sort() };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** The report as people read it: totals, a table per rule, then every miss and false flag. */
export function formatEval(r: EvalReport, opts: { list?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`postlint eval: ${r.folder} (${r.posts.length} labelled posts: ${r.fails} that should fail, ${r.fine} fine${r.offline ? '; offline' : ''})`);
  out.push('');
  out.push(`fails caught by a right rule: ${r.caught}/${r.fails} (${pct(r.caught, r.fails)})`);
  out.push(`fine posts flagged:           ${r.flagged}/${r.fine} (${pct(r.flagged, r.fine)})`);
  if (r.notRun.length) out.push(`not run (off, or needs the network): ${r.notRun.join(', ')}`);
  out.push('');
  out.push(`${'rule'.padEnd(16)}${'expected'.padStart(9)}${'caught'.padStart(8)}${'missed'.padStart(8)}${'recall'.padStart(8)}   flagged fine / other fails`);
  for (const s of r.rules) {
    out.push(`${s.rule.padEnd(16)}${String(s.expected).padStart(9)}${String(s.caught).padStart(8)}${String(s.missed.length).padStart(8)}${pct(s.caught, s.expected).padStart(8)}   ${s.flaggedFine.length} / ${s.flaggedOther.length}`);
  }
  if (opts.list !== false) {
    const byId = new Map(r.posts.map((p) => [p.id, p]));
    const missed = r.rules.flatMap((s) => s.missed.map((id) => ({ rule: s.rule, p: byId.get(id)! })));
    if (missed.length) {
      out.push('', 'missed (expected, did not fire):');
      for (const { rule, p } of missed) out.push(`  ${rule.padEnd(15)} ${p.id}: "${clip(p.text, 70)}"`);
    }
    const flags = r.rules.flatMap((s) => [...s.flaggedFine, ...s.flaggedOther].map((id) => ({ rule: s.rule, p: byId.get(id)! })));
    if (flags.length) {
      out.push('', 'false flags (fired, not expected):');
      for (const { rule, p } of flags) out.push(`  ${rule.padEnd(15)} ${p.id}${p.expect.length ? '' : ' (fine)'}: ${clip(p.messages[rule] ?? '', 100)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
