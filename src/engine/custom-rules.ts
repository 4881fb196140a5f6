// Rules without code: `custom_rules:` in the config, in the spirit of Vale's existence and
// substitution checks. A team lists words, patterns or replacements; postlint does the rest.
// User patterns are untrusted input in CI, so a pattern that can backtrack catastrophically
// (exponential or polynomial, as recheck proves) is refused when the config loads.
import { ConfigError } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { ready } from '../text/analysis.js';
import { entities } from '../text/entities.js';
import { bareHandle } from '../text/handles.js';
import { compilePhrases, type PhraseSet } from '../text/phrases.js';
import { tokenize } from '../text/tokens.js';
import { defineRule, type Rule } from './rule.js';

export interface CustomRuleSpec {
  id: string;
  message: string;
  why?: string;
  level?: 'warn' | 'error';
  words?: string[];
  patterns?: string[];
  replace?: Record<string, string>;
  ignorecase?: boolean;
  accounts?: string[];
  platforms?: string[];
}

const verdicts = new Map<string, Promise<{ safe: boolean; why: string }>>();

async function redosVerdict(source: string, flags: string): Promise<{ safe: boolean; why: string }> {
  const key = `${flags}/${source}`;
  let v = verdicts.get(key);
  if (!v) {
    v = import('recheck').then(async ({ check }) => {
      const r = await check(source, flags, { timeout: 5000 });
      if (r.status === 'safe') return { safe: true, why: '' };
      if (r.status === 'vulnerable') {
        const attack = r.attack?.pattern ? `, e.g. on ${r.attack.pattern}` : '';
        return { safe: false, why: `it can backtrack catastrophically (${r.complexity.type === 'exponential' ? 'exponential' : `polynomial, degree ${(r.complexity as { degree?: number }).degree ?? '2+'}`} time${attack})` };
      }
      return { safe: false, why: `it could not be proven safe from catastrophic backtracking (${r.error?.kind ?? 'unknown'})` };
    });
    verdicts.set(key, v);
  }
  return v;
}

/** Build the custom rules of a config; refuses bad specs with the config line. */
export async function customRules(config: ResolvedConfig): Promise<Rule[]> {
  const specs = (config.settings.custom_rules ?? []) as CustomRuleSpec[];
  const out: Rule[] = [];
  for (const [i, spec] of specs.entries()) {
    const fail = (msg: string): never => {
      throw new ConfigError(`custom rule '${spec.id}': ${msg}`, config.file, config.lineOf?.(['custom_rules', i]));
    };
    if (!spec.words?.length && !spec.patterns?.length && !spec.replace) fail('give words, patterns or replace (what to look for)');
    const flags = spec.ignorecase === false ? 'gu' : 'giu';
    const regexes: RegExp[] = [];
    for (const p of spec.patterns ?? []) {
      let re: RegExp;
      try {
        re = new RegExp(p, flags);
      } catch (e) {
        return fail(`pattern ${JSON.stringify(p)} is not a valid regular expression: ${(e as Error).message}`);
      }
      const verdict = await redosVerdict(p, flags);
      if (!verdict.safe) fail(`pattern ${JSON.stringify(p)} is refused: ${verdict.why}. Rewrite it without nested or overlapping repetition, or use words: instead.`);
      regexes.push(re);
    }
    const words = spec.words?.length ? compilePhrases([{ phrases: spec.words, entry: null }]) : undefined;
    const replacements = spec.replace
      ? compilePhrases(Object.entries(spec.replace).map(([from, to]) => ({ phrases: [from], entry: to, options: { caseSensitive: spec.ignorecase === false } })))
      : undefined;
    out.push(makeRule(spec, regexes, words, replacements));
  }
  return out;
}

function fill(template: string, match: string, replacement?: string): string {
  return template.replace(/\{match\}|%s/g, match).replace(/\{replacement\}/g, replacement ?? '');
}

function makeRule(
  spec: CustomRuleSpec,
  regexes: RegExp[],
  words: PhraseSet<null> | undefined,
  replacements: PhraseSet<string> | undefined,
): Rule {
  const accounts = spec.accounts?.map(bareHandle);
  const platforms = spec.platforms?.map((p) => p.toLowerCase());
  return defineRule({
    id: spec.id,
    meta: {
      description: spec.message.replace(/\{match\}|%s|\{replacement\}/g, '…'),
      docs: { why: spec.why ?? 'A rule your team wrote in custom_rules.' },
      defaultSeverity: spec.level ?? 'warn',
      fixable: !!replacements,
      network: false,
    },
    async check(post, ctx) {
      if (accounts && !(post.meta.account && accounts.includes(post.meta.account))) return;
      if (platforms && !post.meta.platforms.some((p) => platforms.includes(p))) return;
      await ready();
      for (const part of post.parts) {
        // URLs, handles and code are not prose: a word rule must not fire inside them.
        const skip = (await entities(part)).filter((e) => e.type === 'url' || e.type === 'email' || e.type === 'code' || e.type === 'mention');
        const free = (s: number, e: number) => !skip.some((x) => s < x.end && e > x.start);
        const text = part.text;
        const hits: { start: number; end: number; text: string; to?: string }[] = [];
        for (const m of words?.match(tokenize(text), text) ?? []) hits.push({ start: m.start, end: m.end, text: m.text });
        for (const re of regexes) for (const m of text.matchAll(re)) if (m[0]) hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        for (const m of replacements?.match(tokenize(text), text) ?? []) hits.push({ start: m.start, end: m.end, text: m.text, to: m.entry });
        for (const h of hits) {
          if (!free(h.start, h.end)) continue;
          const fix = h.to !== undefined ? ctx.fixPart(part, h.start, h.end, h.to) : undefined;
          ctx.report({
            message: fill(spec.message, h.text, h.to),
            why: spec.why,
            at: { part, start: h.start, end: h.end },
            fix,
            hint: h.to !== undefined && !fix ? `Write "${h.to}" instead.` : undefined,
          });
        }
      }
    },
  });
}
