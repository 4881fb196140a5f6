import { chmodSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { ApproveError, approveFile } from '../src/approve.js';
import { loadConfig } from '../src/config/load.js';
import { lintFiles } from '../src/lint.js';
import { makeTempDir } from './support/temp.js';

const dir = makeTempDir('postlint-approve-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = loadConfig({
  config: {
    accounts: [
      { handle: 'harboursidebank', kind: 'brand', platforms: ['x', 'facebook'] },
      { handle: 'stackwise', kind: 'brand', platforms: ['x'] },
    ],
    approval: { required_for: ['harboursidebank'], approvers: ['Eleanor Marsh', 'Kwame Adjei', 'Ruth Calloway'] },
    rules: { approval: 'error' },
  },
  root: dir,
});
const now = new Date('2027-01-15T12:00:00Z');
const opts = { config, cwd: dir, now };

let n = 0;
let file = '';
beforeEach(() => {
  file = join(dir, `post-${++n}.md`);
});
const write = (text: string | Buffer, name = file) => {
  writeFileSync(name, text);
  return name;
};
const read = (name = file) => readFileSync(name, 'utf8');
const bytes = (name = file) => readFileSync(name);
const approvalFindings = async (name = file) => {
  const s = await lintFiles([name], { config, cwd: dir, now, only: ['approval'] });
  return s.results[0].messages.map((m) => m.message);
};
/** The text with the lines approve added removed: must be the original, byte for byte. */
const withoutAdded = (text: string) => text.replace(/^(approved_by|approval_hash|  approved_by|  approval_hash): .*\r?\n/gm, '');

describe('approve: Markdown drafts', () => {
  test('writes approved_by and approval_hash at the end of the front matter, nothing else', async () => {
    const original = '---\naccount: harboursidebank\nplatform: x   # main channel\nlang: en-GB\n---\nNew: our Easy Access Saver pays 4.10% AER.\n';
    write(original);
    expect(await approvalFindings()).toEqual(['harboursidebank posts need approval: add approved_by naming one of the approvers (Eleanor Marsh, Kwame Adjei, Ruth Calloway)']);
    const r = await approveFile(file, 'Kwame Adjei', opts);
    expect(r.changed).toBe(true);
    expect(r.message).toMatch(/^approved post-\d+\.md by Kwame Adjei \(approval_hash sha256:[0-9a-f]{16}\): any later edit to the text voids this approval$/);
    const text = read();
    expect(text).toMatch(/^---\naccount: harboursidebank\nplatform: x   # main channel\nlang: en-GB\napproved_by: "Kwame Adjei"\napproval_hash: "sha256:[0-9a-f]{16};[0-9a-f]{6}"\n---\nNew: our/);
    expect(withoutAdded(text)).toBe(original);
    expect(await approvalFindings()).toEqual([]);
    // No temporary files left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('keeps a BOM, CRLF line endings, comments and the file mode', async () => {
    const original = '\ufeff---\r\n# drafted by Sam\r\naccount: harboursidebank   # the bank\r\nplatform: facebook\r\nmedia:\r\n  - path: card.png\r\n    alt: "A debit card."\r\n---\r\nTravelling this summer?\r\nNo fees abroad.\r\n';
    write(original);
    chmodSync(file, 0o640);
    await approveFile(file, 'eleanor marsh', opts);
    const buf = bytes();
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/); // every line ending still CRLF
    expect(text).toContain('    alt: "A debit card."\r\napproved_by: "Eleanor Marsh"\r\napproval_hash: "sha256:');
    expect(withoutAdded(text)).toBe(original);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(await approvalFindings()).toEqual([]);
  });

  test('replaces an existing approved_by in place, keeping its comment, and adds the hash after it', async () => {
    write('---\naccount: harboursidebank\napproved_by: Jamie Fenwick # asked in Slack\nplatform: x\n---\nHello.\n');
    const r = await approveFile(file, 'Ruth Calloway', opts);
    expect(r.message).toContain('replaces the approval of');
    expect(read()).toMatch(/^---\naccount: harboursidebank\napproved_by: "Ruth Calloway" # asked in Slack\napproval_hash: "sha256:[0-9a-f;,]+"\nplatform: x\n---\nHello.\n$/);
  });

  test('fills an empty `approved_by:` and replaces a stale hash', async () => {
    write('---\naccount: harboursidebank\nplatform: x\napproved_by:\napproval_hash: "sha256:0000000000000000"\n---\nHello.\n');
    await approveFile(file, 'Kwame Adjei', opts);
    expect(read()).toMatch(/^---\naccount: harboursidebank\nplatform: x\napproved_by: "Kwame Adjei"\napproval_hash: "sha256:(?!0000)[0-9a-f]{16};[0-9a-f]{6}"\n---\nHello.\n$/);
  });

  test('a draft without front matter gets one', async () => {
    write('Hello world.\n');
    await approveFile(file, 'Kwame Adjei', opts);
    expect(read()).toMatch(/^---\napproved_by: "Kwame Adjei"\napproval_hash: "sha256:[0-9a-f]{16};[0-9a-f]{6}"\n---\nHello world.\n$/);
  });

  test('approving the same text again changes nothing', async () => {
    write('---\naccount: harboursidebank\nplatform: x\n---\nHello.\n');
    await approveFile(file, 'Kwame Adjei', opts);
    const once = read();
    const r = await approveFile(file, ' KWAME adjei ', opts);
    expect(r).toEqual({ changed: false, message: `post-${n}.md is already approved by Kwame Adjei for this exact text; nothing to change` });
    expect(read()).toBe(once);
  });

  test('an edit after approval voids it; approving again binds the new text', async () => {
    write('---\naccount: harboursidebank\nplatform: x\n---\nNo fees abroad.\n');
    await approveFile(file, 'Kwame Adjei', opts);
    write(read().replace('No fees abroad.', 'No fees abroad, ever.'));
    expect(await approvalFindings()).toEqual([
      'the text changed after Kwame Adjei approved it (1 sentence edited): the approval no longer covers what would be published',
      'not approved: this sentence was edited or added after Kwame Adjei approved the post',
    ]);
    await approveFile(file, 'Ruth Calloway', opts);
    expect(await approvalFindings()).toEqual([]);
  });

  test('a post whose account needs no approval is recorded anyway, and says so', async () => {
    write('---\naccount: stackwise\nplatform: x\n---\nShip it.\n');
    const r = await approveFile(file, 'Kwame Adjei', opts);
    expect(r.message).toContain('\n  its account does not need approval; recorded anyway');
  });
});

describe('approve: refusals leave the file untouched', () => {
  test('--by must be an approver', async () => {
    const original = '---\naccount: harboursidebank\nplatform: x\n---\nHello.\n';
    write(original);
    await expect(approveFile(file, 'Jamie Fenwick', opts)).rejects.toThrow(
      new ApproveError("'Jamie Fenwick' is not an approver: the approvers are Eleanor Marsh, Kwame Adjei, Ruth Calloway (approval.approvers in the config); nothing was written"),
    );
    await expect(approveFile(file, '  ', opts)).rejects.toThrow(/^--by needs the approver's name/);
    expect(read()).toBe(original);
  });

  test('no approvers in the config', async () => {
    write('---\naccount: harboursidebank\n---\nHello.\n');
    const bare = loadConfig({ config: {}, root: dir });
    await expect(approveFile(file, 'Kwame Adjei', { config: bare, cwd: dir, now })).rejects.toThrow(/^nobody can approve post-\d+\.md: the config lists no approvers/);
  });

  test('a file that cannot be read as a draft', async () => {
    write('---\naccount: [unclosed\n---\nHello.\n');
    await expect(approveFile(file, 'Kwame Adjei', opts)).rejects.toThrow(/^cannot approve post-\d+\.md: fix the file first \(line 3: malformed YAML in front matter/);
    await expect(approveFile(join(dir, 'missing.md'), 'Kwame Adjei', opts)).rejects.toThrow('cannot approve missing.md: no such file');
  });
});

describe('approve: calendar files', () => {
  const calendar = [
    '# week 3',
    'posts:',
    '  - account: harboursidebank',
    '    platform: x',
    '    text: |',
    '      Rates are changing on 1 March.',
    '      Details in the app.',
    '',
    '  - {account: harboursidebank, platform: facebook, text: "Branch hours over Easter."}',
    '  - account: stackwise   # not approval-bound',
    '    platform: x',
    '    approved_by: Ruth Calloway',
    '    text: "Ship it."',
    '',
  ].join('\n');

  test('FILE#N approves that post only', async () => {
    const cal = write(calendar, join(dir, 'week-a.yaml'));
    const r = await approveFile(`${cal}#2`, 'Kwame Adjei', opts);
    expect(r.message).toMatch(/^approved week-a\.yaml#2 by Kwame Adjei \(approval_hash sha256:[0-9a-f]{16}\)/);
    const text = read(cal);
    expect(text).toMatch(/\n {2}- \{account: harboursidebank, platform: facebook, text: "Branch hours over Easter.", approved_by: "Kwame Adjei", approval_hash: "sha256:[0-9a-f;,]+"\}\n/);
    expect(text.replace(/, approved_by: "Kwame Adjei", approval_hash: "[^"]+"/, '')).toBe(calendar);
    const s = await lintFiles([cal], { config, cwd: dir, now, only: ['approval'] });
    expect(s.results[0].messages.map((m) => m.postId)).toEqual(['week-a.yaml#1']);
  });

  test('FILE approves every post, at each item\'s indentation', async () => {
    const cal = write(calendar, join(dir, 'week-b.yaml'));
    const r = await approveFile(cal, 'Kwame Adjei', opts);
    expect(r.message.split('\n')[0]).toBe('approved 3 posts in week-b.yaml (week-b.yaml#1, week-b.yaml#2, week-b.yaml#3) by Kwame Adjei: any later edit to the text voids this approval');
    expect(r.message).toContain('replaces the approval of week-b.yaml#3 (was Ruth Calloway)');
    const text = read(cal);
    expect(text).toMatch(/ {6}Details in the app\.\n {4}approved_by: "Kwame Adjei"\n {4}approval_hash: "sha256:[0-9a-f;,]+"\n\n {2}- \{/);
    expect(text).toMatch(/ {4}approved_by: "Kwame Adjei"\n {4}approval_hash: "[^"]+"\n {4}text: "Ship it\."\n$/);
    expect((await lintFiles([cal], { config, cwd: dir, now, only: ['approval'] })).results[0].messages).toEqual([]);
    // Approving again: nothing to do.
    expect((await approveFile(cal, 'Kwame Adjei', opts)).message).toBe('all 3 posts in week-b.yaml are already approved by Kwame Adjei for this exact text; nothing to change');
  });

  test('a post number out of range is refused', async () => {
    const cal = write(calendar, join(dir, 'week-c.yaml'));
    await expect(approveFile(`${cal}#4`, 'Kwame Adjei', opts)).rejects.toThrow('cannot approve week-c.yaml#4: the file has 3 posts (#1–#3)');
    expect(read(cal)).toBe(calendar);
  });

  test('a plain list calendar without a trailing newline', async () => {
    const cal = write('- account: harboursidebank\n  text: "One."\n- account: harboursidebank\n  text: "Two."', join(dir, 'list.yml'));
    await approveFile(`${cal}#2`, 'Ruth Calloway', opts);
    expect(read(cal)).toMatch(/^- account: harboursidebank\n {2}text: "One."\n- account: harboursidebank\n {2}text: "Two."\n {2}approved_by: "Ruth Calloway"\n {2}approval_hash: "[^"]+"\n$/);
  });

  test('a JSON calendar stays valid JSON', async () => {
    const json = '{\n  "posts": [\n    { "account": "harboursidebank", "platform": "x", "text": "One." },\n    { "account": "harboursidebank", "platform": "x", "text": "Two.", "approved_by": "" }\n  ]\n}\n';
    const cal = write(json, join(dir, 'week.json'));
    await approveFile(cal, 'Kwame Adjei', opts);
    const data = JSON.parse(read(cal)) as { posts: Record<string, string>[] };
    expect(data.posts.map((p) => p.approved_by)).toEqual(['Kwame Adjei', 'Kwame Adjei']);
    expect(read(cal)).toMatch(/^\{\n {2}"posts": \[\n {4}\{ "account": "harboursidebank", "platform": "x", "text": "One.", "approved_by": "Kwame Adjei", "approval_hash": "sha256:[0-9a-f;,]+" \},\n {4}\{ "account": "harboursidebank", "platform": "x", "text": "Two.", "approved_by": "Kwame Adjei", "approval_hash": "sha256:[0-9a-f;,]+" \}\n {2}\]\n\}\n$/);
    expect((await lintFiles([cal], { config, cwd: dir, now, only: ['approval'] })).results[0].messages).toEqual([]);
  });
});
