// Shared shapes: a draft file, the posts in it, and what rules say about them.

export type Severity = 'off' | 'warn' | 'error';

export const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'threads'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** One file on disk, decoded. Offsets everywhere are UTF-16 indices into `text`. */
export interface SourceFile {
  path: string; // absolute
  relPath: string; // as shown to the user (relative to cwd, forward slashes)
  text: string; // decoded, BOM removed
  bom: boolean;
  mode?: number;
  lineStarts: number[];
}

/**
 * A stretch of text that is published (the body, an alt text). `offsets[i]` is the source
 * offset of text[i] (length text.length + 1), or null when the text is a verbatim slice
 * starting at `start`.
 */
export interface TextPart {
  kind: 'body' | 'alt';
  name: string; // "body", "media[0].alt"
  text: string;
  start: number;
  offsets: number[] | null;
}

export interface MediaItem {
  path: string;
  alt?: string;
  index: number;
}

export interface ReplyTo {
  author?: string;
  text?: string;
  url?: string;
}

/** Normalised front matter; `data` keeps what the file said. */
export interface PostMeta {
  account?: string; // without @, lower case
  platforms: string[];
  lang?: string;
  publishAt?: string; // as written
  media: MediaItem[];
  approvedBy?: string;
  approvalHash?: string;
  replyTo?: ReplyTo;
  labels: string[];
  sponsored: boolean;
  disable: Record<string, string>; // rule id -> reason
  acknowledge: Record<string, string>; // what the post acknowledges (e.g. a sensitive date) -> reason
}

export interface Post {
  source: SourceFile;
  index: number; // position in the file (0 for single-post files)
  count: number; // posts in the file
  id: string; // relPath, or relPath#N for calendars
  data: Record<string, unknown>;
  meta: PostMeta;
  body: TextPart;
  /** Body and every alt text: everything that gets published. */
  parts: TextPart[];
  /** Where the post sits in the file (the whole item for calendars). */
  range: [number, number];
  /** Source ranges of front-matter keys/values, by dotted path ("publish_at", "media.0.alt"). */
  fields: Record<string, { key: [number, number]; value: [number, number] }>;
  /** Set when the front matter could not be read; only `front-matter` sees such a post. */
  broken?: boolean;
}

export interface Fix {
  range: [number, number]; // source offsets
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** Where a finding points: a span of a text part, a front-matter field, or the whole post. */
export type Location =
  | { part: TextPart; start: number; end: number }
  | { field: string; on?: 'key' | 'value' }
  | { offset: number; end?: number }
  | { post: true };

/** Values for a message template's {{name}} placeholders. */
export type MessageData = Record<string, string | number>;

/**
 * What a rule says about a post. Built-in rules give `messageId` (a key of the rule's
 * meta.messages) and `data`; the engine fills the template in. A plugin may still give the
 * text itself in `message`. Exactly one of the two.
 */
export interface Report {
  message?: string;
  messageId?: string;
  /** Values for the template's placeholders (with `message`, it is filled in the same way). */
  data?: MessageData;
  /** Why it matters to the brand. */
  why?: string;
  /** What to do, when no fix or suggestion says it. */
  hint?: string;
  at?: Location;
  /** A report can only lower the configured severity (a rule set to error can warn). */
  severity?: 'warn' | 'error';
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface Message {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  /** Which of the rule's meta.messages this is (postlint's own: ENGINE_MESSAGES); absent for plugins that give text. */
  messageId?: string;
  /** The values filled into the template (SARIF passes them on as arguments). */
  data?: MessageData;
  why?: string;
  hint?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** The fix in words ("replace "recieve" with "receive""), for people. */
  fixDesc?: string;
  suggestions?: Suggestion[];
  /** Index of the post in a multi-post file; id of that post. */
  post: number;
  postId: string;
  fatal?: boolean;
}

export interface SuppressedMessage extends Message {
  suppressions: { kind: 'directive'; justification: string }[];
}

export interface PostResult {
  id: string;
  index: number;
  account?: string;
  platforms: string[];
  line: number;
  passed: boolean;
  errorCount: number;
  warningCount: number;
}

export interface LintResult {
  filePath: string; // absolute, as ESLint
  relPath: string;
  messages: Message[];
  suppressedMessages: SuppressedMessage[];
  posts: PostResult[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Present when --fix changed the file: its new text. */
  output?: string;
  source?: string;
  /** The file started with a byte-order mark (kept when fixes are written). */
  bom?: boolean;
}

export interface RunSummary {
  results: LintResult[];
  notices: string[];
  /** A rule crashed or the run could not complete some part: exit code 2. */
  fatal: boolean;
  /** Files the paths or include named, drafts or not (0: nothing matched at all). */
  filesFound?: number;
}
