// ESLint-compatible JSON: reviewdog, editors and dashboards that read ESLint read this.
// Each message also says which post of a multi-post file it belongs to (post, postId).
// As in ESLint, `source` (the file text) is there when the file has messages and no `output`;
// reviewdog's rdjson converter needs it to place findings.
import { shown } from './counts.js';
import type { Formatter } from './types.js';

export const json: Formatter = (summary, opts) =>
  JSON.stringify(
    summary.results.map((r) => {
      const messages = shown(r.messages, opts.quiet);
      return {
        filePath: r.filePath,
        messages,
        suppressedMessages: r.suppressedMessages,
        errorCount: r.errorCount,
        fatalErrorCount: r.fatalErrorCount,
        warningCount: opts.quiet ? 0 : r.warningCount,
        fixableErrorCount: r.fixableErrorCount,
        fixableWarningCount: opts.quiet ? 0 : r.fixableWarningCount,
        usedDeprecatedRules: [],
        posts: r.posts,
        ...(r.output !== undefined ? { output: r.output } : messages.length ? { source: r.source ?? '' } : {}),
      };
    }),
  );
