// Output formats, each in its own file, loaded on demand. All take the run summary and return the text to print.
import type { Formatter } from './types.js';

export type { FormatOptions, Formatter, RuleHelp } from './types.js';

export const formatters: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  compact: async () => (await import('./compact.js')).compact,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
};

export const FORMATS = Object.keys(formatters);
