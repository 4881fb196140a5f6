// `postlint [paths..]`: lint, report, fix, and say with the exit code what happened.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { BUILTIN_RULES } from '../../rules/index.js';
import { ENGINE_HELP, ENGINE_ID } from '../engine/engine-id.js';
import type { Rule } from '../engine/rule.js';
import { setUp } from '../engine/setup.js';
import { writeAtomic } from '../fs/write-atomic.js';
import { lintFiles, lintText, type LintOptions } from '../lint.js';
import { countResults } from '../report/counts.js';
import { formatters } from '../report/index.js';
import type { RuleHelp } from '../report/types.js';
import { closest } from '../text/words.js';
import type { RunSummary, Severity } from '../types.js';
import { createProgress } from './progress.js';
import { ruleMarkdown } from './rules-doc.js';
import { explainRule } from './rules.js';
import { EXIT, UsageError, useColor, type LintFlags } from './shared.js';

const RULES_DOCS = 'https://github.com/postlint/postlint/blob/main/docs/rules.md';

/** Parse the severity list of --rule. */
export function parseRuleFlags(list: string[]): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const item of list) {
    const m = /^([^:\s]+):(off|warn|error|0|1|2)$/.exec(item.trim());
    if (!m) throw new UsageError(`--rule ${item}: expected id:severity, e.g. --rule spelling:warn`);
    out[m[1]] = ({ 0: 'off', 1: 'warn', 2: 'error' } as Record<string, Severity>)[m[2]] ?? (m[2] as Severity);
  }
  return out;
}

export async function lintCommand(paths: string[], flags: LintFlags): Promise<number> {
  const cwd = process.cwd();
  if (flags.stdin && flags.fix) throw new UsageError('--fix cannot write back to standard input; use --fix-dry-run (the json format carries the fixed text as "output")');
  if (flags.stdin && paths.length) throw new UsageError('give either --stdin or paths, not both');
  let now: Date | undefined;
  if (flags.now) {
    now = new Date(flags.now);
    if (Number.isNaN(now.getTime()) || !/\d{4}-\d{2}-\d{2}/.test(flags.now)) throw new UsageError(`--now ${flags.now}: expected an ISO 8601 date and time, e.g. 2027-06-01T09:00:00Z`);
  }

  const setup = await setUp({ cwd, config: flags.config });
  const { config, rules } = setup;
  const known = [...rules.keys()];
  const cliRules = parseRuleFlags(flags.rule ?? []);
  const only = flags.only?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of [...Object.keys(cliRules), ...(only ?? [])]) {
    if (!rules.has(id)) {
      const near = closest(id, known, 3);
      throw new UsageError(`unknown rule '${id}'${near ? `, did you mean '${near}'?` : ''} (rules: ${known.join(', ')})`);
    }
  }

  const progress = createProgress();
  const notices: string[] = [];
  const opts: LintOptions = {
    setup,
    cwd,
    now,
    offline: flags.offline,
    noCache: flags.cache === false,
    fix: flags.fix || flags.fixDryRun,
    only,
    rules: cliRules,
    noIgnore: flags.ignore === false,
    warnIgnored: flags.warnIgnored !== false,
    respectInclude: flags.respectInclude,
    cacheLocation: flags.cache ? resolve(cwd, flags.cacheLocation ?? 'node_modules/.cache/postlint/results.json') : undefined,
    notice: (m) => {
      progress.stop();
      notices.push(m);
      process.stderr.write(`postlint: ${m}\n`);
    },
    progress: progress.update,
  };

  let summary: RunSummary;
  try {
    if (flags.stdin) {
      const text = await readStdin();
      summary = await lintText(text, { ...opts, filePath: flags.stdinFilename ?? 'stdin.md' });
    } else summary = await lintFiles(paths, opts);
  } finally {
    progress.stop();
  }
  for (const n of summary.notices) if (!notices.includes(n)) process.stderr.write(`postlint: ${n}\n`);

  if (flags.fixDryRun) process.stdout.write(await diffs(summary));
  else if (flags.fix) writeFixes(summary);

  const color = useColor(flags, !!flags.output);
  const formatter = await formatters[flags.format]();
  const { version } = await import('../version.js');
  const report = formatter(summary, { color, cwd, quiet: flags.quiet, rulesMeta: rulesMeta(rules, flags.format === 'sarif'), version: version() });
  if (flags.output) {
    const out = resolve(cwd, flags.output);
    mkdirSync(dirname(out), { recursive: true });
    writeAtomic(out, report);
  } else process.stdout.write(report);

  // A mistyped path or include must not pass CI by linting nothing. (Files that were found but
  // are not posts, such as a workflow .yml handed over by a pre-commit hook, or files an ignore
  // pattern covers, are fine.)
  if (!summary.results.length && !flags.stdin && !summary.filesFound) {
    process.stderr.write(`postlint: no drafts found in ${paths.length ? paths.join(', ') : `the config's include (${config.include.join(', ')})`}\n`);
    return EXIT.fatal;
  }
  if (summary.fatal) return EXIT.fatal;
  // As ESLint: --quiet hides warnings from the report, but --max-warnings still counts them.
  const { errors, warnings } = countResults(summary.results);
  if (errors > 0) return EXIT.findings;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    process.stderr.write(`postlint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${flags.maxWarnings}${flags.quiet ? ' (--quiet hides them; run without it to see them)' : ''}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

/** What the formatters say about each rule; the full help only for SARIF, which carries it. */
function rulesMeta(rules: Map<string, Rule>, withHelp: boolean): Record<string, RuleHelp> {
  const plain = new Chalk({ level: 0 });
  const out: Record<string, RuleHelp> = {};
  for (const r of rules.values()) {
    const meta: RuleHelp = { description: r.meta.description, why: r.meta.docs?.why };
    if (r.meta.messages) meta.messages = r.meta.messages;
    if (r.id in BUILTIN_RULES) meta.docsUrl = `${RULES_DOCS}#${r.id}`;
    if (withHelp) meta.help = { text: explainRule(r, plain, { messages: false }).trimEnd(), markdown: ruleMarkdown(r, { messages: false }) };
    out[r.id] = meta;
  }
  out[ENGINE_ID] = { ...ENGINE_HELP, help: { text: ENGINE_HELP.why, markdown: ENGINE_HELP.why } };
  return out;
}

function writeFixes(summary: RunSummary): void {
  for (const r of summary.results) {
    if (r.output === undefined || r.output === r.source) continue;
    writeAtomic(r.filePath, r.output, { bom: r.bom });
  }
}

async function diffs(summary: RunSummary): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  let out = '';
  for (const r of summary.results) {
    if (r.output === undefined || r.source === undefined || r.output === r.source) continue;
    out += createTwoFilesPatch(`a/${r.relPath}`, `b/${r.relPath}`, r.source, r.output, '', '', { context: 2 });
  }
  return out;
}

function readStdin(): Promise<string> {
  return new Promise((resolveText, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolveText(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}
