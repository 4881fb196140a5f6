// The rule tester itself: a table that is right passes, and every way of being wrong fails
// (wrong message, count, range, severity, fix output, messageId, a valid case that fires, a
// malformed table). Real rules (placeholder, front-matter, spelling) stand in for "the rule".
import { describe, expect, test } from 'vitest';
import type { Message } from '../src/types.js';
import { caseText, collect, compare, ruleTester, tableProblems, verify, type InvalidCase } from './rule-tester.js';

const X = { front: { platform: 'x' } };
const TK: InvalidCase = { body: 'Fares from $TK round trip.', errors: [{ message: 'placeholder marker "TK"', text: 'TK', severity: 'error' }] };
const KEY = '---\nplatfrom: x\n---\nHello\n';
const KEY_ERRORS = [
  { message: "unknown front-matter key 'platfrom'; did you mean 'platform'?", text: 'platfrom', severity: 'error' as const },
  { message: 'no platform: say where this post goes (platform: x, or platforms: [x, bluesky])', line: 4, column: 1, endLine: 4, endColumn: 1, severity: 'warn' as const },
];

describe('rule tester: what passes', () => {
  test('an exact invalid case, by text, by range, by pattern', async () => {
    await verify('placeholder', 'invalid', TK, X);
    await verify('placeholder', 'invalid', { ...TK, errors: [{ message: 'placeholder marker "TK"', line: 4, column: 13, endLine: 4, endColumn: 15, severity: 'error' }] }, X);
    await verify('placeholder', 'invalid', { ...TK, errors: [{ message: /^placeholder marker/, text: 'TK', severity: 'error' }] }, X);
  });

  test('a valid case, as a string or an object, with or without front matter', async () => {
    await verify('placeholder', 'valid', 'Back-to-school deals at TK Maxx this weekend.', X);
    await verify('placeholder', 'valid', { body: 'Back-to-school deals at TK Maxx this weekend.', front: { platform: 'x', lang: 'en' } }, X);
  });

  test('a fix and its output', async () => {
    await verify('front-matter', 'invalid', { draft: KEY, errors: KEY_ERRORS, output: '---\nplatform: x\n---\nHello\n' });
  });

  test('a warning is a warning', async () => {
    await verify('placeholder', 'invalid', { body: 'Speakers TBA', errors: [{ message: 'placeholder marker "TBA"', text: 'TBA', severity: 'warn' }] }, X);
  });

  test('rules alongside must be quiet, or say exactly what `others` lists', async () => {
    await verify('placeholder', 'invalid', TK, { ...X, alongside: ['length'] });
    await verify('placeholder', 'valid', { draft: KEY, others: { 'front-matter': KEY_ERRORS } });
  });

  test('the draft a case makes: front merged over the defaults, null for none', () => {
    expect(caseText({ body: 'Hi', front: { lang: 'en' } }, X)).toBe('---\nplatform: "x"\nlang: "en"\n---\nHi\n');
    expect(caseText({ body: 'Hi', front: { platform: undefined, lang: 'en' } }, X)).toBe('---\nlang: "en"\n---\nHi\n');
    expect(caseText({ body: 'Hi', front: null }, X)).toBe('Hi');
    expect(caseText({ body: 'Hi' })).toBe('Hi');
    expect(caseText({ draft: KEY }, X)).toBe(KEY);
  });
});

describe('rule tester: what fails', () => {
  const fails = (p: Promise<void>, why: RegExp) => expect(p).rejects.toThrow(why);

  test('a wrong message text, or a pattern that does not match', async () => {
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ ...TK.errors[0], message: 'placeholder marker "TBD"' }] }, X), /message 1 differs/);
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ ...TK.errors[0], message: 'placeholder' }] }, X), /message 1 differs/);
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ ...TK.errors[0], message: /TBD/ }] }, X), /message 1 differs/);
  });

  test('too few or too many errors listed', async () => {
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [...TK.errors, ...TK.errors] }, X), /should give 2 message\(s\), gave 1/);
    await fails(verify('placeholder', 'invalid', { body: 'TK and TBD', errors: [{ message: 'placeholder marker "TK"', text: 'TK', severity: 'error' }] }, X), /should give 1 message\(s\), gave 2/);
  });

  test('a wrong range, a wrong slice, a wrong severity', async () => {
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ ...TK.errors[0], text: undefined, line: 4, column: 12, endLine: 4, endColumn: 15 }] }, X), /message 1 differs/);
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ ...TK.errors[0], text: '$TK' }] }, X), /message 1 differs/);
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ ...TK.errors[0], severity: 'warn' }] }, X), /message 1 differs/);
  });

  test('a messageId the message does not carry', async () => {
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ messageId: 'marker', text: 'TK', severity: 'error' }] }, X), /message 1 differs/);
  });

  test('messageId: compared with Message.messageId when the rule gives one', () => {
    const text = 'Fares from $TK round trip.';
    const m = { ruleId: 'placeholder', severity: 2, message: 'placeholder marker "TK"', messageId: 'marker', line: 1, column: 13, endLine: 1, endColumn: 15, post: 0, postId: 'post.md' } as Message;
    expect(() => compare('placeholder', text, [m], [{ messageId: 'marker', text: 'TK', severity: 'error' }])).not.toThrow();
    expect(() => compare('placeholder', text, [m], [{ messageId: 'template', text: 'TK', severity: 'error' }])).toThrow(/message 1 differs/);
  });

  test('a valid case on which the rule speaks', async () => {
    await fails(verify('placeholder', 'valid', 'Fares from $TK round trip.', X), /should say nothing/);
  });

  test('a fix without `output`, a wrong `output`, an `output` where nothing is fixed', async () => {
    await fails(verify('front-matter', 'invalid', { draft: KEY, errors: KEY_ERRORS }), /--fix changes the draft: add `output`/);
    await fails(verify('front-matter', 'invalid', { draft: KEY, errors: KEY_ERRORS, output: '---\nplatforms: x\n---\nHello\n' }), /another text than `output`/);
    await fails(verify('placeholder', 'invalid', { ...TK, output: 'Fares from $99 round trip.' }, X), /another text than `output`/);
    await fails(verify('front-matter', 'invalid', { draft: KEY, errors: KEY_ERRORS, output: KEY }), /write `output: null`/);
  });

  test('a rule alongside that speaks', async () => {
    await fails(verify('placeholder', 'invalid', { body: 'Fares from $TK round trip.', front: null, errors: TK.errors }, { alongside: ['front-matter'] }), /front-matter \(alongside\) should say nothing/);
  });

  test('a case written wrongly: no severity, no range, an ambiguous or absent slice, no errors', async () => {
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ message: 'placeholder marker "TK"', text: 'TK' } as never] }, X), /give `severity`/);
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ message: 'placeholder marker "TK"', line: 4, severity: 'error' }] }, X), /give the range/);
    await fails(verify('placeholder', 'invalid', { body: 'TK to TK', errors: [{ message: 'placeholder marker "TK"', text: 'TK', severity: 'error' }, { message: 'placeholder marker "TK"', text: 'TK', severity: 'error' }] }, X), /occurs more than once/);
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [{ ...TK.errors[0], text: 'XYZ' }] }, X), /is not in the draft/);
    await fails(verify('placeholder', 'invalid', { ...TK, errors: [] }, X), /lists its messages in `errors`/);
    await fails(verify('placeholder', 'valid', { ...TK } as never, X), /move it to `invalid`/);
    await fails(verify('placeholder', 'valid', { draft: 'x', body: 'y' }, X), /either `draft` or `body`/);
  });
});

describe('rule tester: tables', () => {
  test('a table needs a valid and an invalid case, and distinct titles', () => {
    expect(tableProblems({ valid: ['a'], invalid: [TK] })).toEqual([]);
    expect(tableProblems({ valid: [], invalid: [TK] })).toEqual(['the table needs at least one valid case']);
    expect(tableProblems({ valid: ['a'], invalid: [] })).toEqual(['the table needs at least one invalid case']);
    expect(tableProblems({ valid: ['a', { body: 'a' }], invalid: [TK] })).toEqual(['two cases are called "valid: a": give one a `name`']);
  });

  test('one test per case, with readable titles; a malformed table gets a failing test of its own', async () => {
    const tests = collect('placeholder', { valid: ['Back-to-school deals at TK Maxx this weekend.'], invalid: [{ ...TK, name: 'a TK marker' }] }, X);
    expect(tests.map((t) => t.title)).toEqual(['valid: Back-to-school deals at TK Maxx this weekend.', 'invalid: a TK marker']);
    for (const t of tests) await t.fn();
    const bad = collect('placeholder', { valid: [], invalid: [TK] }, X);
    expect(bad.map((t) => t.title)).toEqual(['table', 'invalid: Fares from $TK round trip.']);
    await expect(bad[0].fn()).rejects.toThrow(/at least one valid case/);
  });
});

// The tester in use, as a rule's table reads.
ruleTester('placeholder', X).run({
  valid: ['Back-to-school deals at TK Maxx this weekend.'],
  invalid: [TK],
});
