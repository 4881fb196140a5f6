// The rule id of postlint's own findings. They are not a rule's: a file that cannot be read as a
// draft (unreadable, binary, not UTF-8, too big, malformed YAML, a calendar item that is not a
// post) and `postlint:` directives in front matter that are wrong or silence nothing. They cannot
// be turned off or disabled, because nothing else about such a post can be trusted.
import { interpolate } from './messages.js';
import type { MessageData } from '../types.js';

export const ENGINE_ID = 'postlint';

/** postlint's own messages, by id, as a rule's meta.messages (the reader, the parser and directives report them). */
export const ENGINE_MESSAGES = {
  // Reading the file (src/lint.ts, src/posts/source.ts, src/posts/discover.ts).
  unreadableFile: 'cannot read {{file}}: {{error}}',
  tooBig: '{{file}} is {{size}} bytes, over the {{max}}-byte limit for a draft (max_file_size in the config)',
  binary: '{{file}} looks like a binary file (it contains a NUL byte); drafts must be UTF-8 text',
  notUtf8: '{{file}} is not valid UTF-8 (byte {{byte}} at byte offset {{offset}}); save it as UTF-8',
  unreadableFolder: 'cannot read folder: {{error}}',
  symlinkLoop: 'symlink loop: this folder links back to one of its parents; skipped',
  brokenSymlink: 'broken symlink; skipped',
  // Parsing it (src/posts/parse.ts).
  unclosedFrontMatter: 'front matter starts with "---" but never ends: add a closing "---" line',
  tooDeep: '{{what}} nests lists or mappings more than {{max}} levels deep; postlint reads at most {{max}}',
  malformedFrontMatter: 'malformed YAML in front matter: {{error}}',
  frontMatterNotMapping: 'front matter must be a YAML mapping of keys to values (account: ..., platform: ...)',
  unreadableFrontMatter: 'front matter cannot be read: {{error}}',
  malformedCalendar: 'malformed {{format}}: {{error}}',
  calendarNotList: 'a calendar file holds a list of posts (or a "posts:" list), each with a "text"',
  itemNotPost: 'item {{item}} is not a post (expected a mapping with "text")',
  unreadablePost: 'post {{item}} cannot be read: {{error}}',
  textNotString: 'post {{item}}: "text" must be a string',
  noText: 'post {{item}} has no "text": add the text to publish',
  // Directives (src/engine/finish.ts).
  unknownRule: "postlint.disable names an unknown rule '{{rule}}'",
  disableNeedsReason: `disabling '{{rule}}' needs a reason (postlint: { disable: { {{rule}}: "approved by legal, ticket 123" } })`,
  unusedDisable: 'postlint.disable.{{rule}} silenced nothing: remove it so it cannot hide a future finding',
} as const satisfies Record<string, string>;

export type EngineMessageId = keyof typeof ENGINE_MESSAGES;

/** One of postlint's own messages, filled in. */
export function engineMessage(id: EngineMessageId, data?: MessageData): string {
  return interpolate(ENGINE_MESSAGES[id], data);
}

export const ENGINE_HELP = {
  description: "postlint's own findings: the file cannot be read as a draft, or a postlint directive is wrong",
  why: 'A file that cannot be read as a draft (unreadable, binary, not UTF-8, over max_file_size, a symlink loop, malformed YAML, a calendar item that is not a post) is not linted at all, so it must not pass in silence; the message says which and where. A postlint.disable entry needs a rule that exists and a reason, and one that silences nothing should go before it hides a future finding.',
  messages: ENGINE_MESSAGES,
};
