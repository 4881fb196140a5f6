// What the engine asks of a result store (--cache): per file, the findings of a previous run on
// the same text with the same setup. The store decides what "the same" means; the engine only
// gets, runs what must run again, and sets.
import type { Message, SourceFile } from '../types.js';

/** A `postlint.disable` entry, with the place of its key (for findings about the directive). */
export interface DirectiveFact {
  rule: string;
  reason: string;
  where: Pick<Message, 'line' | 'column' | 'endLine' | 'endColumn'>;
}

/** What finishing a file needs to know of a post, so a stored file needs no parse. */
export interface PostFacts {
  id: string;
  index: number;
  account?: string;
  platforms: string[];
  line: number;
  directives: DirectiveFact[];
}

export interface StoredFile {
  posts: PostFacts[];
  /** postlint's own findings and those of every rule not in `alwaysRun`, before directives apply. */
  messages: Message[];
}

export interface ResultStore {
  /** Rules whose findings are never reused: they depend on the instant or on the network. */
  readonly alwaysRun: ReadonlySet<string>;
  get(source: SourceFile): StoredFile | undefined;
  set(source: SourceFile, file: StoredFile): void;
}
