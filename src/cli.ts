// The command line. Heavy modules are imported inside the actions, so `--version` and `--help`
// cost little more than starting Node (the pre-commit case runs this on every commit).
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { EXIT, UsageError, type LintFlags } from './commands/shared.js';
import { FORMATS } from './report/index.js';
import { version } from './version.js';

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

  const lint = program
    .command('lint', { isDefault: true })
    .description("lint drafts (files, folders, globs); with no paths, the config's include")
    .argument('[paths...]', "drafts to lint: files, folders, globs (default: the config's include)")
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-q, --quiet', 'report errors only (warnings still count for --max-warnings)')
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
    .option('--no-ignore', "lint files even when .postlintignore, .gitignore or the config's exclude covers them")
    .option('--no-warn-ignored', 'say nothing about named files that an ignore pattern covers')
    .option('--respect-include', "of the files named, lint only those the config's include selects (hooks and CI pass changed files)")
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

  showLintHelpAtTop(program, lint);
  return program;
}

/**
 * `postlint --help` is mostly asked about linting, the default command: show its arguments and
 * options there, not only under `postlint lint --help`. (Set after the subcommands are made, so
 * they keep commander's own help.)
 */
function showLintHelpAtTop(program: Command, lint: Command): void {
  const base = new Help();
  program.configureHelp({
    commandUsage: () => 'postlint [options] [paths...]\n       postlint <command> [options]',
    visibleArguments: () => base.visibleArguments(lint),
    visibleOptions: (cmd) => [...base.visibleOptions(lint).filter((o) => o.long !== '--help'), ...base.visibleOptions(cmd)],
  });
  program.addHelpText('after', '\nExit codes: 0 clean (warnings allowed), 1 errors or more warnings than --max-warnings, 2 usage, config or fatal error.\n');
}

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
