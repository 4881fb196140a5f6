// Output formats, each in its own file. All take the run summary and return the text to print.
import type { RunSummary } from '../types.js';

export interface FormatOptions {
  color: boolean;
  cwd: string;
  quiet?: boolean;
  rulesMeta?: Record<string, { description: string; docsUrl?: string; why?: string }>;
  version?: string;
}

export type Formatter = (summary: RunSummary, opts: FormatOptions) => string;

export const formatters: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
};
