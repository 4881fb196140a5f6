// The spelling rule's messages (its meta.messages). A module of their own: the rule declares them
// without loading the spell checker, which src/spell/run.ts does lazily.
export const SPELLING_MESSAGES = {
  brand: '"{{word}}" should be written "{{brand}}"',
  confusable: '"{{word}}" is a real word but an embarrassing typo; did you mean {{suggestions}}?',
  repeat: '"{{first}} {{word}}": the word "{{word}}" is repeated',
  // {{what}}: "a held letter", "a dropped g" or "informal spelling".
  informal: '"{{word}}" is {{what}} (style, not a typo)',
  informalPlain: '"{{word}}" is {{what}} (style, not a typo); the plain spelling is "{{plain}}"',
  // {{other}}: "US" or "British".
  variant: '"{{word}}" is {{other}} spelling; {{lang}} posts use "{{twin}}"',
  typo: '"{{word}}" is not in the {{lang}} dictionary',
  typoSuggest: '"{{word}}" is not in the {{lang}} dictionary; did you mean {{suggestions}}?',
  hashtag: '"{{word}}" in {{tag}} is not in the {{lang}} dictionary; did you mean "{{suggestion}}"?',
} as const satisfies Record<string, string>;

export type SpellingMessageId = keyof typeof SPELLING_MESSAGES;
