// SARIF 2.1.0, as GitHub code scanning accepts it. Each rule carries its help (text and
// Markdown: GitHub shows it beside the alert) and, for built-in rules, a helpUri to its docs.
// A rule's message templates are its messageStrings, and each result names its template (id,
// with the values as arguments) beside the full text, which GitHub shows.
import { placeholders, sarifTemplate } from '../engine/messages.js';
import type { Message } from '../types.js';
import { shown } from './counts.js';
import type { Formatter, RuleHelp } from './types.js';

/** The result's message: its text, and its template's id and arguments when it has one. */
function resultMessage(m: Message, meta: RuleHelp | undefined): { text: string; id?: string; arguments?: string[] } {
  const text = [m.message, m.why, m.fixDesc ? `Fix: ${m.fixDesc}.` : m.hint].filter(Boolean).join(' ');
  if (m.messageId === undefined) return { text };
  const template = meta?.messages?.[m.messageId];
  const names = template !== undefined ? placeholders(template) : [];
  // Arguments only when every placeholder has its value: a partial list would misplace them.
  if (!names.length || !names.every((n) => m.data?.[n] !== undefined)) return { text, id: m.messageId };
  return { text, id: m.messageId, arguments: names.map((n) => String(m.data![n])) };
}

export const sarif: Formatter = (summary, opts) => {
  const ids = [...new Set([...Object.keys(opts.rulesMeta ?? {}), ...summary.results.flatMap((r) => r.messages.map((m) => m.ruleId))])].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = summary.results.flatMap((r) =>
    shown(r.messages, opts.quiet).map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: index.get(m.ruleId)!,
      level: m.severity === 2 ? 'error' : 'warning',
      message: resultMessage(m, opts.rulesMeta?.[m.ruleId]),
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(r.relPath), uriBaseId: '%SRCROOT%' },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.line === m.endLine ? m.column : 1) },
          },
        },
      ],
      // The message id keeps two different findings of one rule on one post apart.
      partialFingerprints: { postlintPost: `${r.relPath}#${m.post}:${m.ruleId}${m.messageId !== undefined ? `:${m.messageId}` : ''}` },
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
                ...(meta?.messages && Object.keys(meta.messages).length
                  ? { messageStrings: Object.fromEntries(Object.entries(meta.messages).map(([k, t]) => [k, { text: sarifTemplate(t) }])) }
                  : {}),
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
