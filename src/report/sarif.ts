// SARIF 2.1.0, as GitHub code scanning accepts it.
import type { Formatter } from './index.js';

export const sarif: Formatter = (summary, opts) => {
  const ids = [...new Set([...Object.keys(opts.rulesMeta ?? {}), ...summary.results.flatMap((r) => r.messages.map((m) => m.ruleId))])].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = summary.results.flatMap((r) =>
    r.messages
      .filter((m) => !opts.quiet || m.severity === 2)
      .map((m) => ({
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
              return {
                id,
                shortDescription: { text: meta?.description ?? id },
                ...(meta?.why ? { fullDescription: { text: meta.why } } : {}),
                helpUri: `https://github.com/postlint/postlint/blob/main/docs/rules.md#${id}`,
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
