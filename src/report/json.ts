// ESLint-compatible JSON: reviewdog, editors and dashboards that read ESLint read this.
// Each message also says which post of a multi-post file it belongs to (post, postId).
import type { Formatter } from './index.js';

export const json: Formatter = (summary, opts) =>
  JSON.stringify(
    summary.results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.filter((m) => !opts.quiet || m.severity === 2),
      suppressedMessages: r.suppressedMessages,
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: opts.quiet ? 0 : r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: opts.quiet ? 0 : r.fixableWarningCount,
      usedDeprecatedRules: [],
      posts: r.posts,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );
