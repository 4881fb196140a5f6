// Posts from accounts that need sign-off carry the name of someone allowed to give it, and that
// sign-off covers the text as it is now, not as it was when someone said yes.
import { approvalSettings, sameName } from '../src/approve.js';
import { defineRule } from '../src/engine/rule.js';
import { checkApprovalHash } from '../src/plan/text-hash.js';
import { closest } from '../src/text/words.js';
import type { Post } from '../src/types.js';

const MAX_SPANS = 5;

export default defineRule({
  id: 'approval',
  meta: {
    description: 'Accounts in approval.required_for need approved_by naming an approver, and the approval covers the current text.',
    docs: {
      why: 'Regulated and high-risk accounts (banks, councils, anything legal has to see) must not publish what nobody with authority has read. An approval given to one wording and carried over to an edited one is no approval at all.',
      incidents: [
        'A financial promotion edited after compliance sign-off ("no fees" became "no fees ever") went out under the original approval.',
        'A fraud alert was published with approved_by left empty because it was "urgent"; its phone number had a typo.',
      ],
      bad: '---\naccount: harboursidebank\nplatform: x\napproved_by: "Jamie Fenwick"\n---\nOur Easy Access Saver now pays 4.10% AER.',
      good: '---\naccount: harboursidebank\nplatform: x\napproved_by: "Kwame Adjei"\napproval_hash: "sha256:…"\n---\nOur Easy Access Saver now pays 4.10% AER.',
      notes: [
        'Names are compared ignoring case and surrounding spaces; the approver list is approval.approvers in the config.',
        'approval_hash is written by `postlint approve FILE --by "Name"`. It covers the body and every alt text; not the account, platforms, schedule or the image files themselves.',
        'Without approval_hash a valid approved_by is accepted (teams that approve by hand), unless approval.bind_to_text is true.',
        'An approval_hash that no longer matches voids the approval even if approved_by is valid: re-approve after reading the new text.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    needs: ['approval'],
    brandOnly: false,
    messages: {
      needsApproval: '{{account}} posts need approval: add approved_by naming {{who}}',
      approvedByEmpty: 'approved_by is empty: {{account}} posts need {{who}}',
      notApprover: "'{{name}}' is not an approver for {{account}}: approvals come from {{who}}",
      notApproverNear: "'{{name}}' is not an approver for {{account}} (did you mean '{{near}}'?): approvals come from {{who}}",
      notBound: 'approved_by {{approver}} is not bound to this text: approval_hash is missing (approval.bind_to_text is on)',
      malformedHash: "approval_hash '{{hash}}' is not a postlint approval hash",
      textChanged: 'the text changed after {{approver}} approved it ({{detail}}): the approval no longer covers what would be published',
      sentenceChanged: 'not approved: this sentence was edited or added after {{approver}} approved the post',
      altSentenceChanged: 'not approved: this alt-text sentence was edited or added after {{approver}} approved the post',
    },
  },
  check(post, ctx) {
    const settings = approvalSettings(ctx.config);
    const account = post.meta.account;
    if (!account || !settings.requiredFor.includes(account)) return;
    const d = post.data;
    const who = settings.approvers.length ? `one of the approvers (${settings.approvers.join(', ')})` : 'an approver (approval.approvers in the config lists none yet)';
    const why = `Posts from ${account} are published only after sign-off: the config lists it under approval.required_for.`;
    const hint = `Ask ${who} to read this post, then run: postlint approve ${fileArg(post)} --by "Their Name"`;

    if (!settings.approvers.length) ctx.notice('approval: approval.required_for names accounts but approval.approvers is empty, so nobody can approve their posts');

    if (d.approved_by === undefined) {
      ctx.report({ messageId: 'needsApproval', data: { account, who }, why, hint, at: post.fields.account ? { field: 'account' } : { post: true } });
      return;
    }
    const raw = d.approved_by;
    const name = typeof raw === 'string' ? raw.trim() : raw === null ? '' : String(raw);
    if (!name) {
      ctx.report({ messageId: 'approvedByEmpty', data: { account, who }, why, hint, at: { field: 'approved_by' } });
      return;
    }
    const approver = settings.approvers.find((a) => sameName(a, name));
    if (!approver) {
      const near = closest(name, settings.approvers, Math.max(2, Math.floor(name.length / 6)));
      ctx.report({
        ...(near ? { messageId: 'notApproverNear', data: { name, account, near, who } } : { messageId: 'notApprover', data: { name, account, who } }),
        why: `${why} Only the people listed in approval.approvers can give it.`,
        hint: near ? `If ${near} approved it, correct the name; otherwise ${hint.charAt(0).toLowerCase()}${hint.slice(1)}` : hint,
        at: { field: 'approved_by' },
      });
      return;
    }

    const stored = d.approval_hash;
    if (stored === undefined || stored === null || stored === '') {
      if (settings.bindToText)
        ctx.report({
          messageId: 'notBound',
          data: { approver },
          why: 'Without the hash nobody can tell whether the text was edited after it was approved.',
          hint: `${approver} (or another approver) runs: postlint approve ${fileArg(post)} --by "${approver}"`,
          at: { field: 'approved_by' },
        });
      return;
    }
    const result = checkApprovalHash(post, String(stored));
    if (result.ok) return;
    if (result.malformed) {
      ctx.report({
        messageId: 'malformedHash',
        data: { hash: String(stored) },
        why: 'The hash is what ties the approval to the approved text; a value postlint cannot read ties it to nothing.',
        hint: `Re-approve: postlint approve ${fileArg(post)} --by "${approver}"`,
        at: { field: 'approval_hash' },
      });
      return;
    }
    // A sentence edited in place is one new hash plus one approved hash gone: count it once.
    const edited = Math.min(result.changed.length, result.removed);
    const counts = ([[edited, 'edited'], [result.changed.length - edited, 'added'], [result.removed - edited, 'removed']] as const).filter(([n]) => n > 0);
    const parts = counts.map(([n, verb], i) => (i === 0 ? `${n} sentence${n === 1 ? '' : 's'} ${verb}` : `${n} ${verb}`));
    const detail = !result.located ? 'the text changed after approval' : parts.length ? parts.join(', ') : 'the text around the approved sentences changed: spacing, order or line breaks';
    ctx.report({
      messageId: 'textChanged',
      data: { approver, detail },
      why: 'An approval covers the words that were read. An edit after sign-off, however small, has not been approved.',
      hint: `Have the new text read again, then run: postlint approve ${fileArg(post)} --by "Name"`,
      at: { field: 'approval_hash' },
    });
    for (const seg of result.changed.slice(0, MAX_SPANS)) {
      ctx.report({
        messageId: seg.part.kind === 'alt' ? 'altSentenceChanged' : 'sentenceChanged',
        data: { approver },
        at: { part: seg.part, start: seg.start, end: seg.end },
      });
    }
  },
});

function fileArg(post: Post): string {
  const f = post.source.relPath;
  const q = /[\s"'$`\\#]/.test(f) ? JSON.stringify(f) : f;
  return post.count > 1 || /\.(ya?ml|json)$/i.test(f) ? `${q.replace(/"$/, '')}#${post.index + 1}${q.endsWith('"') ? '"' : ''}` : q;
}
