// The formatter contract, in a leaf module: the formatters and the registry both import it.
import type { RunSummary } from '../types.js';

export interface RuleHelp {
  description: string;
  why?: string;
  /** The rule's page, for built-in rules (SARIF helpUri). */
  docsUrl?: string;
  /** The rule explained in plain text and in Markdown (SARIF help). */
  help?: { text: string; markdown: string };
  /** Its message templates by id (meta.messages): SARIF messageStrings. */
  messages?: Record<string, string>;
}

export interface FormatOptions {
  color: boolean;
  cwd: string;
  /** Errors only in the output (the counts that gate the exit code are not changed). */
  quiet?: boolean;
  rulesMeta?: Record<string, RuleHelp>;
  version?: string;
}

export type Formatter = (summary: RunSummary, opts: FormatOptions) => string;
