// What the CLI and every command share: exit codes, the usage error, the lint flags and the
// colour decision. A leaf module, so commands never import the CLI that loads them.

export const EXIT = { ok: 0, findings: 1, fatal: 2 } as const;

/** A mistake in how postlint was called: printed as one line, exit 2. */
export class UsageError extends Error {}

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
  /** commander: false for --no-ignore. */
  ignore?: boolean;
  /** commander: false for --no-warn-ignored. */
  warnIgnored?: boolean;
  respectInclude?: boolean;
}

export function useColor(flags: { color?: boolean }, toFile: boolean): boolean {
  // commander sets color=false for --no-color and true for --color; undefined means "decide".
  if (flags.color !== undefined) return flags.color;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return !toFile && !!process.stdout.isTTY;
}
