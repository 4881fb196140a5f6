import type { Severity } from '../types.js';

export interface Account {
  handle: string; // lower case, no @
  kind: 'brand' | 'personal';
  voice?: string; // "we", "i", "vi", ...
  name?: string;
  lang?: string;
  platforms: string[];
  /** Per-platform handle forms, lower case, with @ (mastodon: "@user@instance"). */
  handles: Record<string, string>;
  partners: string[]; // lower case, with @
  competitors: string[]; // lower case, with @
  data: Record<string, unknown>;
}

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface Override {
  files?: string[];
  accounts?: string[];
  platforms?: string[];
  rules?: Record<string, RuleSetting>;
  settings?: Record<string, unknown>;
}

export interface SensitiveEvent {
  name: string;
  place?: string;
  date: string; // YYYY-MM-DD
  hashtags: string[];
  anniversary: boolean;
  window_days?: number;
  keywords: string[];
}

export interface SensitiveHashtag {
  tag: string; // with #
  context: string;
  kind: string;
  added?: string;
  expires?: string;
  source?: string;
}

/** A config as loaded: validated, paths made absolute, accounts read. */
export interface ResolvedConfig {
  /** Folder the config's relative paths start from. */
  root: string;
  file?: string;
  include: string[];
  exclude: string[];
  defaultLang: string;
  accounts: Map<string, Account>;
  rules: Record<string, RuleSetting>;
  overrides: Override[];
  plugins: string[];
  extraKeys: string[];
  sensitiveEvents: SensitiveEvent[];
  sensitiveHashtags: SensitiveHashtag[];
  /** Every top-level section as written (dictionary, links, length, freeze, approval, ...). */
  settings: Record<string, unknown>;
  /** Line of a dotted path in the config file, for error messages. */
  lineOf?: (path: (string | number)[]) => number | undefined;
}
