// The programmatic API: `import { lint, loadConfig, formatters, defineRule } from 'postlint'`.
export { defineRule } from './engine/rule.js';
export type { Rule, RuleMeta, RuleDocs, RuleContext, PostContext, PrepareContext } from './engine/rule.js';
export { loadConfig, findConfig, ConfigError } from './config/load.js';
export type { ResolvedConfig, Account, SensitiveEvent, SensitiveHashtag } from './config/types.js';
export { lintFiles, lintFiles as lint, lintText } from './lint.js';
export type { LintOptions } from './lint.js';
export { formatters } from './report/index.js';
export { entities, loadTwitterText, entitiesSync, mask } from './text/entities.js';
export type { Entity } from './text/entities.js';
export { words, editDistance, closest, graphemes } from './text/words.js';
export { compilePhrases } from './text/phrases.js';
export type { PhraseSet, PhraseMatch, PhraseItem } from './text/phrases.js';
export { Lexicon } from './text/lexicon.js';
export { analyse, ready as loadTextModel } from './text/analysis.js';
export type { Analysis, Token } from './text/analysis.js';
export type * from './types.js';
