// Finishing a file: `postlint.disable` directives silence findings (given a reason) or are
// findings themselves, each post gets its counts, and messages go in reading order. It works from
// facts about the posts, not the parsed posts, so a file the result cache serves whole is
// finished without being parsed again.
import { position } from '../posts/source.js';
import { countMessages } from '../report/counts.js';
import type { LintResult, Message, Post, PostResult, SuppressedMessage } from '../types.js';
import { ENGINE_ID, engineMessage, type EngineMessageId } from './engine-id.js';
import { toMessage } from './locate.js';
import type { DirectiveFact, PostFacts } from './store.js';

export function postFacts(post: Post): PostFacts {
  const directives: DirectiveFact[] = Object.entries(post.meta.disable).map(([rule, reason]) => {
    const { line, column, endLine, endColumn } = toMessage(post, ENGINE_ID, 2, { at: { field: `postlint.disable.${rule}`, on: 'key' } }, '');
    return { rule, reason, where: { line, column, endLine, endColumn } };
  });
  return { id: post.id, index: post.index, account: post.meta.account, platforms: post.meta.platforms, line: position(post.source, post.range[0]).line, directives };
}

/** `raw`: every finding of the file (postlint's own and the rules'), before directives. */
export function finishFile(file: { path: string; relPath: string }, posts: PostFacts[], raw: Message[], ruleExists: (id: string) => boolean): LintResult {
  const messages: Message[] = [];
  const suppressed: SuppressedMessage[] = [];
  const results: PostResult[] = [];
  for (const p of posts) {
    const own = applyDirectives(p, raw.filter((m) => m.post === p.index), ruleExists, suppressed);
    const n = countMessages(own);
    results.push({ id: p.id, index: p.index, account: p.account, platforms: p.platforms, line: p.line, passed: n.errors === 0, errorCount: n.errors, warningCount: n.warnings });
    messages.push(...own);
  }
  const indexes = new Set(posts.map((p) => p.index));
  messages.push(...raw.filter((m) => !indexes.has(m.post)));
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return fileResult(file, messages, suppressed, results);
}

function applyDirectives(post: PostFacts, messages: Message[], ruleExists: (id: string) => boolean, suppressed: SuppressedMessage[]): Message[] {
  const out: Message[] = [];
  const used = new Set<string>();
  const reasons = new Map(post.directives.map((d) => [d.rule, d.reason.trim()]));
  for (const m of messages) {
    const reason = reasons.get(m.ruleId);
    // postlint's own findings (and a rule's crash) are fatal: nothing can silence them.
    if (reason && !m.fatal) {
      used.add(m.ruleId);
      suppressed.push({ ...m, suppressions: [{ kind: 'directive', justification: reason }] });
    } else out.push(m);
  }
  const finding = (d: DirectiveFact, severity: 1 | 2, messageId: EngineMessageId, why?: string): Message => {
    const data = { rule: d.rule };
    return { ruleId: ENGINE_ID, severity, message: engineMessage(messageId, data), messageId, data, ...d.where, post: post.index, postId: post.id, ...(why ? { why } : {}) };
  };
  for (const d of post.directives) {
    if (!ruleExists(d.rule)) out.push(finding(d, 2, 'unknownRule'));
    else if (!d.reason.trim()) out.push(finding(d, 2, 'disableNeedsReason', 'A silenced check with no reason cannot be reviewed later.'));
    else if (!used.has(d.rule)) out.push(finding(d, 1, 'unusedDisable'));
  }
  return out;
}

export function fileResult(source: { path: string; relPath: string }, messages: Message[], suppressed: SuppressedMessage[], posts: PostResult[]): LintResult {
  const n = countMessages(messages);
  return {
    filePath: source.path,
    relPath: source.relPath,
    messages,
    suppressedMessages: suppressed,
    posts,
    errorCount: n.errors,
    warningCount: n.warnings,
    fatalErrorCount: n.fatal,
    fixableErrorCount: n.fixableErrors,
    fixableWarningCount: n.fixableWarnings,
  };
}
