// `postlint approve FILE --by NAME`: records who approved which text.
import { resolve } from 'node:path';
import { ApproveError, approveFile } from '../approve.js';
import { loadConfig } from '../config/load.js';
import { EXIT, UsageError } from './shared.js';

export async function approveCommand(file: string, flags: { by: string; config?: string; now?: string }): Promise<number> {
  const cwd = process.cwd();
  const now = flags.now ? new Date(flags.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now ${flags.now}: expected an ISO 8601 date and time`);
  const config = loadConfig({ cwd, configFile: flags.config });
  try {
    const result = await approveFile(resolve(cwd, file), flags.by, { config, cwd, now });
    process.stdout.write(`${result.message}\n`);
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof ApproveError)) throw e;
    process.stderr.write(`postlint: ${e.message}\n`);
    return EXIT.fatal;
  }
}
