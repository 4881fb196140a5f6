// SARIF 2.1.0, as GitHub code scanning accepts it. Each rule carries its help (text and
// Markdown: GitHub shows it beside the alert) and, for built-in rules, a helpUri to its docs.
import { shown } from './counts.js';
import type { Formatter } from './types.js';

export const sarif: Formatter = (summary, opts) => {
  const ids = [...new Set([...Object.keys(opts.rulesMeta ?? {}), ...summary.results.flatMap((r) => r.messages.map((m) => m.ruleId))])].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = summary.results.flatMap((r) =>
    shown(r.messages, opts.quiet).map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: index.get(m.ruleId)!,
      level: m.severity === 2 ? 'error' : 'warning',
      message: { text: [m.message, m.why, m.fixDesc ? `Fix: ${m.fixDesc}.` : m.hint].filter(Boolean).join(' ') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.relPath), uriBaseId: '%SRCROOT%' },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.line === m.endLine ? m.column : 1) },
          },
        },
      ],
      partialFingerprints: { postlintPost: `${r.relPath}#${m.post}:${m.ruleId}` },
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postlint',
            version: opts.version,
            informationUri: 'https://github.com/postlint/postlint',
            rules: ids.map((id) => {
              const meta = opts.rulesMeta?.[id];
              const description = meta?.description ?? id;
              return {
                id,
                shortDescription: { text: description },
                ...(meta?.why ? { fullDescription: { text: meta.why } } : {}),
                help: meta?.help ?? { text: [description, meta?.why].filter(Boolean).join('\n\n') },
                ...(meta?.docsUrl ? { helpUri: meta.docsUrl } : {}),
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${encodeURI(opts.cwd.endsWith('/') ? opts.cwd : `${opts.cwd}/`)}` } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
