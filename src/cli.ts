// The command line. Heavy modules are imported inside the actions, so `--version` and `--help`
// cost little more than starting Node (the pre-commit case runs this on every commit).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from './version.js';
import type { Severity } from './types.js';

export const EXIT = { ok: 0, findings: 1, fatal: 2 } as const;


export interface LintFlags {
  config?: string;
  format: string;
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  fix?: boolean;
  fixDryRun?: boolean;
  rule: string[];
  only?: string;
  offline?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  now?: string;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

const collect = (v: string, prev: string[]) => [...prev, v];
const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return n;
};

export function buildProgram(run: (fn: () => Promise<number>) => void): Command {
  const program = new Command('postlint')
    .description('Lint social-media drafts before they are published.')
    .version(version(), '-v, --version')
    .showSuggestionAfterError()
    .exitOverride();

  program
    .command('lint [paths...]', { isDefault: true })
    .description("lint drafts (files, folders, globs); with no paths, the config's include")
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'sarif', 'github', 'junit']).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', int)
    .option('--fix', 'apply the fixes postlint is certain of, and write the files')
    .option('--fix-dry-run', 'print the diff --fix would write, change nothing')
    .option('--rule <id:severity>', 'set a rule severity (off, warn, error); repeatable', collect, [])
    .option('--only <ids>', 'run only these rules (comma-separated)')
    .option('--offline', 'skip rules that need the network (they say so once)')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <path>', 'the file name the --stdin text stands for (picks format and overrides)')
    .option('--now <iso>', 'the clock date rules use, e.g. 2027-06-01T09:00:00Z (reproducible runs)')
    // --color first: then neither flag sets a default, and "undefined" means decide from the terminal.
    .option('--color', 'colour even when not on a terminal')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--cache', 'skip posts whose content, config and rules have not changed since the last run')
    .option('--cache-location <path>', 'where --cache keeps its file', 'node_modules/.cache/postlint/results.json')
    .option('--no-cache', 'ignore every cache: results, link checks, trending feeds')
    .action((paths: string[], flags: LintFlags) => run(async () => (await import('./commands/lint.js')).lintCommand(paths, flags)));

  program
    .command('rules [id]')
    .description('list every rule, or explain one with a bad and a good example')
    .option('-c, --config <path>', 'include rules from this config (plugins, custom_rules)')
    .action((id: string | undefined, flags: { config?: string }) => run(async () => (await import('./commands/rules.js')).rulesCommand(id, flags)));

  program
    .command('init')
    .description('write a commented .postlintrc.yaml here (never overwrites one)')
    .option('--detect', 'fill in include and accounts from the drafts found here, without asking')
    .option('--force-prompt', 'ask even when not on a terminal')
    .action((flags: { detect?: boolean; forcePrompt?: boolean }) => run(async () => (await import('./commands/init.js')).initCommand(flags)));

  program
    .command('approve <file>')
    .description('record an approval: writes approved_by and a hash of the text into the front matter')
    .requiredOption('--by <name>', 'the approver (one of approval.approvers in the config)')
    .option('-c, --config <path>', 'config file')
    .option('--now <iso>', 'the clock date')
    .action((file: string, flags: { by: string; config?: string; now?: string }) => run(async () => (await import('./commands/approve.js')).approveCommand(file, flags)));

  return program;
}

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

export class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let pending: Promise<number> | undefined;
  const program = buildProgram((fn) => {
    pending = fn();
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.fatal;
    throw e;
  }
  if (!pending) return EXIT.ok;
  try {
    return await pending;
  } catch (e) {
    return reportFatal(e);
  }
}

export async function reportFatal(e: unknown): Promise<number> {
  const { ConfigError } = await import('./config/load.js');
  if (e instanceof ConfigError) process.stderr.write(`postlint: config error: ${e.toString()}\n`);
  else if (e instanceof UsageError) process.stderr.write(`postlint: ${e.message}\n`);
  else process.stderr.write(`postlint: fatal: ${(e as Error)?.stack ?? String(e)}\n`);
  return EXIT.fatal;
}
