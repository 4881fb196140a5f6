import { describe, expect, test } from 'vitest';
import { parseFile } from '../../src/posts/parse.js';
import { makeSource } from '../../src/posts/source.js';
import { checkApprovalHash, computeApprovalHash, segments } from '../../src/plan/text-hash.js';
import { draft, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const accounts = [
  { handle: 'harboursidebank', kind: 'brand', platforms: ['x', 'facebook', 'linkedin'] },
  { handle: 'stackwise', kind: 'brand', platforms: ['x'] },
];
const approval = { required_for: ['harboursidebank'], approvers: ['Eleanor Marsh', 'Kwame Adjei', 'Ruth Calloway'] };
const config = { accounts, approval };
const WHO = 'one of the approvers (Eleanor Marsh, Kwame Adjei, Ruth Calloway)';
const BODY = 'New: our Easy Access Saver now pays 4.10% AER (variable). No notice, no penalties. Open one in the app today.';

const post = (extra: Record<string, unknown>, body = BODY, path = 'post.md') => {
  const text = draft({ account: 'harboursidebank', platform: 'x', ...extra }, body);
  return { text, hash: hashOf(text, path) };
};
function hashOf(text: string, path = 'post.md', index = 0): string {
  return computeApprovalHash(parseFile(makeSource(text, `/tmp/${path}`, path)).posts[index]);
}

describe('approval: who approved', () => {
  test('accounts not in required_for need nothing', async () => {
    expect(await run('approval', draft({ account: 'stackwise', platform: 'x' }, 'Ship it'), { config })).toEqual([]);
  });

  test('missing approved_by, reported at the account', async () => {
    const { text } = post({});
    const [m, ...rest] = await run('approval', text, { config });
    expect(rest).toEqual([]);
    expect(m.message).toBe(`harboursidebank posts need approval: add approved_by naming ${WHO}`);
    expect(slice(text, m)).toBe('"harboursidebank"');
    expect(m.hint).toBe(`Ask ${WHO} to read this post, then run: postlint approve post.md --by "Their Name"`);
  });

  test('empty approved_by is not an approval', async () => {
    const { text } = post({ approved_by: '' });
    const [m] = await run('approval', text, { config });
    expect(m.message).toBe(`approved_by is empty: harboursidebank posts need ${WHO}`);
    expect(slice(text, m)).toBe('""');
    expect((await run('approval', post({ approved_by: '   ' }).text, { config }))[0].message).toMatch(/^approved_by is empty/);
    expect((await run('approval', '---\naccount: harboursidebank\nplatform: x\napproved_by:\n---\nHi\n', { config }))[0].message).toMatch(/^approved_by is empty/);
  });

  test('a name that is not an approver says who can approve', async () => {
    const { text } = post({ approved_by: 'Jamie Fenwick' });
    const [m] = await run('approval', text, { config });
    expect(m.message).toBe(`'Jamie Fenwick' is not an approver for harboursidebank: approvals come from ${WHO}`);
    expect(slice(text, m)).toBe('"Jamie Fenwick"');
  });

  test('a near miss is pointed out but not fixed (that would be signing for someone)', async () => {
    const [m] = await run('approval', post({ approved_by: 'Kwame Adjai' }).text, { config });
    expect(m.message).toBe(`'Kwame Adjai' is not an approver for harboursidebank (did you mean 'Kwame Adjei'?): approvals come from ${WHO}`);
    expect(m.fix).toBeUndefined();
    expect(m.suggestions).toBeUndefined();
  });

  test('names compare ignoring case and surrounding spaces', async () => {
    expect(await run('approval', post({ approved_by: '  kwame ADJEI ' }).text, { config })).toEqual([]);
  });

  test('no approvers configured: every post fails and the run says why once', async () => {
    const { lintText } = await import('../../src/lint.js');
    const s = await lintText(post({ approved_by: 'Kwame Adjei' }).text, { config: { accounts, approval: { required_for: ['harboursidebank'] } }, filePath: 'p.md', only: ['approval'] });
    expect(s.results[0].messages[0].message).toBe("'Kwame Adjei' is not an approver for harboursidebank: approvals come from an approver (approval.approvers in the config lists none yet)");
    expect(s.notices).toEqual(['approval: approval.required_for names accounts but approval.approvers is empty, so nobody can approve their posts']);
  });

  test('required_for handles are compared like accounts (@ and case ignored)', async () => {
    const cfg = { accounts, approval: { ...approval, required_for: ['@HarboursideBank'] } };
    expect(await run('approval', post({}).text, { config: cfg })).toHaveLength(1);
  });
});

describe('approval: bound to the text', () => {
  test('approved by hand (no approval_hash) is accepted unless bind_to_text', async () => {
    const { text } = post({ approved_by: 'Kwame Adjei' });
    expect(await run('approval', text, { config })).toEqual([]);
    const [m] = await run('approval', text, { config: { accounts, approval: { ...approval, bind_to_text: true } } });
    expect(m.message).toBe('approved_by Kwame Adjei is not bound to this text: approval_hash is missing (approval.bind_to_text is on)');
    expect(m.hint).toBe('Kwame Adjei (or another approver) runs: postlint approve post.md --by "Kwame Adjei"');
  });

  test('a matching hash passes', async () => {
    const { hash } = post({});
    expect(hash).toMatch(/^sha256:[0-9a-f]{16};[0-9a-f]{6}(,[0-9a-f]{6}){2}$/);
    expect(await run('approval', post({ approved_by: 'Kwame Adjei', approval_hash: hash }).text, { config })).toEqual([]);
  });

  test('an edit after approval voids it and shows the sentence that was not approved', async () => {
    const { hash } = post({});
    const edited = BODY.replace('No notice, no penalties.', 'No notice, no penalties, ever.');
    const { text } = post({ approved_by: 'Kwame Adjei', approval_hash: hash }, edited);
    const ms = await run('approval', text, { config });
    expect(ms.map((m) => m.message)).toEqual([
      'the text changed after Kwame Adjei approved it (1 sentence edited): the approval no longer covers what would be published',
      'not approved: this sentence was edited or added after Kwame Adjei approved the post',
    ]);
    expect(slice(text, ms[0])).toBe(JSON.stringify(hash));
    expect(slice(text, ms[1])).toBe('No notice, no penalties, ever.');
  });

  test('a sentence removed after approval', async () => {
    const { hash } = post({});
    const { text } = post({ approved_by: 'Kwame Adjei', approval_hash: hash }, BODY.replace(' Open one in the app today.', ''));
    expect((await run('approval', text, { config })).map((m) => m.message)).toEqual([
      'the text changed after Kwame Adjei approved it (1 sentence removed): the approval no longer covers what would be published',
    ]);
  });

  test('an edit plus an added sentence are counted apart', async () => {
    const { hash } = post({});
    const edited = `${BODY.replace('No notice, no penalties.', 'No notice.')} Terms apply.`;
    const { text } = post({ approved_by: 'Kwame Adjei', approval_hash: hash }, edited);
    const ms = await run('approval', text, { config });
    expect(ms[0].message).toBe('the text changed after Kwame Adjei approved it (1 sentence edited, 1 added): the approval no longer covers what would be published');
    expect(ms.slice(1).map((m) => slice(text, m))).toEqual(['No notice.', 'Terms apply.']);
  });

  test('an edit in an alt text counts too', async () => {
    const fm = (alt: string, extra = '') => `---\naccount: harboursidebank\nplatform: x\nmedia:\n  - path: card.png\n    alt: "${alt}"\n${extra}---\n${BODY}\n`;
    const hash = hashOf(fm('A debit card on a cafe table.'));
    const text = fm('A debit card on a beach towel.', `approved_by: Kwame Adjei\napproval_hash: "${hash}"\n`);
    const ms = await run('approval', text, { config });
    expect(ms).toHaveLength(2);
    const alt = ms.find((m) => m.message.startsWith('not approved'))!;
    expect(alt.message).toBe('not approved: this alt-text sentence was edited or added after Kwame Adjei approved the post');
    expect(slice(text, alt)).toBe('A debit card on a beach towel.');
  });

  test('line endings, Unicode composition and trailing spaces are not edits', async () => {
    const body = 'Line one.\nCafé two.';
    const { hash } = post({}, body);
    const crlf = post({ approved_by: 'Kwame Adjei', approval_hash: hash }, 'Line one.  \nCafe\u0301 two.').text.replace(/\n/g, '\r\n');
    expect(crlf).toContain('one.  \r\nCafe\u0301');
    expect(await run('approval', crlf, { config })).toEqual([]);
  });

  test('spacing between sentences is an edit, located as such', async () => {
    const { hash } = post({}, 'One. Two.');
    const ms = await run('approval', post({ approved_by: 'Kwame Adjei', approval_hash: hash }, 'One.\n\nTwo.').text, { config });
    expect(ms.map((m) => m.message)).toEqual([
      'the text changed after Kwame Adjei approved it (the text around the approved sentences changed: spacing, order or line breaks): the approval no longer covers what would be published',
    ]);
  });

  test('a hand-computed hash (bare hex prefix) is accepted; without sentence hashes the change is not located', async () => {
    const { hash } = post({});
    const bare = hash.slice('sha256:'.length, 'sha256:'.length + 12);
    expect(await run('approval', post({ approved_by: 'Kwame Adjei', approval_hash: bare }).text, { config })).toEqual([]);
    const ms = await run('approval', post({ approved_by: 'Kwame Adjei', approval_hash: bare }, `${BODY} Terms apply.`).text, { config });
    expect(ms.map((m) => m.message)).toEqual(['the text changed after Kwame Adjei approved it (the text changed after approval): the approval no longer covers what would be published']);
  });

  test('a value that is not a hash', async () => {
    const [m] = await run('approval', post({ approved_by: 'Kwame Adjei', approval_hash: 'approved!' }).text, { config });
    expect(m.message).toBe("approval_hash 'approved!' is not a postlint approval hash");
  });

  test('calendar posts: each item is checked on its own, and the hint names FILE#N', async () => {
    const cal = `- account: harboursidebank\n  platform: x\n  text: "Rates are changing."\n- account: harboursidebank\n  platform: x\n  approved_by: Ruth Calloway\n  text: "Branch hours."\n`;
    const ms = await run('approval', cal, { config, filePath: 'week.yaml' });
    expect(ms.map((m) => [m.postId, m.line])).toEqual([['week.yaml#1', 1]]);
    expect(ms[0].hint).toBe(`Ask ${WHO} to read this post, then run: postlint approve week.yaml#1 --by "Their Name"`);
  });
});

describe('text hash: sentences', () => {
  test('split at sentence ends and line breaks, offsets into the part', () => {
    const part = { kind: 'body' as const, name: 'body', text: 'Hello there! Fees: 0.5% a year. "Quoted." Next\n\nline (ok)? yes', start: 0, offsets: null };
    expect(segments(part).map((s) => part.text.slice(s.start, s.end))).toEqual(['Hello there!', 'Fees: 0.5% a year.', '"Quoted."', 'Next', 'line (ok)?', 'yes']);
  });

  test('the same text in another file has the same hash', () => {
    const a = makeSource(draft({ account: 'x' }, 'Same words.'), '/a/one.md', 'one.md');
    const b = makeSource(draft({ account: 'x', platform: 'x' }, 'Same words.'), '/b/two.md', 'two.md');
    expect(computeApprovalHash(parseFile(a).posts[0])).toBe(computeApprovalHash(parseFile(b).posts[0]));
    expect(checkApprovalHash(parseFile(b).posts[0], computeApprovalHash(parseFile(a).posts[0]))).toEqual({ ok: true });
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges and severities on drafts written for it, hard negatives among the valid.
const APPROVED = post({}).hash;
const EDITED = BODY.replace('No notice, no penalties.', 'No notice, no penalties, ever.');

ruleTester('approval', { config }).run({
  valid: [
    { name: 'an account not in required_for needs nothing', draft: draft({ account: 'stackwise', platform: 'x' }, 'Ship it') },
    { name: 'approved by an approver, bound to this text', draft: post({ approved_by: 'Kwame Adjei', approval_hash: APPROVED }).text },
    { name: 'approver names compare ignoring case and surrounding spaces', draft: post({ approved_by: '  kwame ADJEI ' }).text },
    { name: 'line endings and trailing spaces are not edits', draft: post({ approved_by: 'Kwame Adjei', approval_hash: APPROVED }, `${BODY}  `).text.replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'no approved_by, reported at the account',
      draft: post({}).text,
      errors: [{ message: `harboursidebank posts need approval: add approved_by naming ${WHO}`, text: '"harboursidebank"', severity: 'error' }],
    },
    {
      name: 'an empty approved_by',
      draft: post({ approved_by: '' }).text,
      errors: [{ message: `approved_by is empty: harboursidebank posts need ${WHO}`, text: '""', severity: 'error' }],
    },
    {
      name: 'a name that is not an approver',
      draft: post({ approved_by: 'Jamie Fenwick' }).text,
      errors: [{ message: `'Jamie Fenwick' is not an approver for harboursidebank: approvals come from ${WHO}`, text: '"Jamie Fenwick"', severity: 'error' }],
    },
    {
      name: 'a near miss is pointed out, never fixed',
      draft: post({ approved_by: 'Kwame Adjai' }).text,
      errors: [{ message: `'Kwame Adjai' is not an approver for harboursidebank (did you mean 'Kwame Adjei'?): approvals come from ${WHO}`, text: '"Kwame Adjai"', severity: 'error' }],
    },
    {
      name: 'an edit after approval, and the sentence it changed',
      draft: post({ approved_by: 'Kwame Adjei', approval_hash: APPROVED }, EDITED).text,
      errors: [
        { message: 'the text changed after Kwame Adjei approved it (1 sentence edited): the approval no longer covers what would be published', text: JSON.stringify(APPROVED), severity: 'error' },
        { message: 'not approved: this sentence was edited or added after Kwame Adjei approved the post', text: 'No notice, no penalties, ever.', severity: 'error' },
      ],
    },
    {
      name: 'approved by hand when bind_to_text is on',
      draft: post({ approved_by: 'Kwame Adjei' }).text,
      config: { approval: { ...approval, bind_to_text: true } },
      errors: [{ message: 'approved_by Kwame Adjei is not bound to this text: approval_hash is missing (approval.bind_to_text is on)', text: '"Kwame Adjei"', severity: 'error' }],
    },
  ],
});
