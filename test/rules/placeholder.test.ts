import { describe, expect, test } from 'vitest';
import { draft, run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const post = (body: string, front: Record<string, unknown> = { platform: 'x' }) => draft(front, body);
const msgs = async (body: string, front?: Record<string, unknown>) => {
  const t = post(body, front);
  return (await run('placeholder', t)).map((m) => ({ message: m.message, text: slice(t, m), severity: m.severity }));
};

describe('placeholder: invalid', () => {
  test.each([
    ['Fares from $TK round trip.', 'placeholder marker "TK"', 'TK'],
    ['TODO: add quote from their lead', 'placeholder marker "TODO"', 'TODO'],
    ['Kick-off TBD. Tickets soon.', 'placeholder marker "TBD"', 'TBD'],
    ['FIXME final price', 'placeholder marker "FIXME"', 'FIXME'],
    ['Happy birthday, {{first_name}}!', 'template variable {{first_name}} was never filled in', '{{first_name}}'],
    ['Join the {campaign} today', 'template variable {campaign} was never filled in', '{campaign}'],
    ['Hi ${name}, welcome', 'template variable ${name} was never filled in', '${name}'],
    ['Shop the collection: [insert link]', 'placeholder [insert link]', '[insert link]'],
    ['Read more: [LINK]', 'placeholder [LINK]', '[LINK]'],
    ['Dear <NAME>, thanks', 'placeholder <NAME>', '<NAME>'],
    ['Svar her: [sett inn lenke]', 'placeholder [sett inn lenke]', '[sett inn lenke]'],
    ['Need copy and link', 'placeholder text "Need copy"', 'Need copy'],
    ['Lorem ipsum dolor sit amet', 'placeholder text "Lorem ipsum"', 'Lorem ipsum'],
    ['Now pays XXX% AER', 'placeholder "XXX" where a value belongs', 'XXX'],
    ['Only $XX this week', 'placeholder "XX" where a value belongs', 'XX'],
    ['Black Friday **** big news', 'run of asterisks "****" used as a marker', '****'],
    ['Tickets: http://example.com/tickets', 'link to the placeholder domain example.com', 'http://example.com/tickets'],
    ['See shop.example.org/sale', 'link to the placeholder domain shop.example.org', 'shop.example.org/sale'],
    ['Sign up: https://acme.io/x?utm_campaign={{campaign}}', 'template variable {{campaign}} was never filled in', '{{campaign}}'],
    ['Sign up: https://acme.io/x?utm_campaign=TBD', 'templated utm_campaign=TBD in the link', 'https://acme.io/x?utm_campaign=TBD'],
    ['Details: link here', 'placeholder text "link here"', 'link here'],
    ['Offer ends XX/XX. Terms apply.', 'placeholder date "XX/XX"', 'XX/XX'],
    ['Deadline DD/MM/YYYY', 'placeholder date "DD/MM/YYYY"', 'DD/MM/YYYY'],
    ['Headline goes here', 'placeholder text "goes here"', 'goes here'],
    ['Hi [First Name], your order is ready', 'placeholder [First Name]', '[First Name]'],
    ['Join us on <insert date>', 'placeholder <insert date>', '<insert date>'],
  ])('%s', async (body, message, text) => {
    const [m] = await msgs(body);
    expect(m).toMatchObject({ message, text });
  });

  test('empty UTM value is a warning', async () => {
    expect(await msgs('Sign up https://acme.io/a?utm_source=x&utm_campaign=')).toEqual([
      { message: 'empty utm_campaign in the link', text: 'https://acme.io/a?utm_source=x&utm_campaign=', severity: 1 },
    ]);
  });

  test('TBA is a warning, TBD an error', async () => {
    expect((await msgs('Speakers TBA'))[0].severity).toBe(1);
    expect((await msgs('Speakers TBD'))[0].severity).toBe(2);
  });

  test('alt text is checked too, at its own line', async () => {
    const t = '---\nplatform: instagram\nmedia:\n  - path: a.png\n    alt: "Lorem ipsum dolor sit amet"\n---\nThanks for coming!\n';
    const [m] = await run('placeholder', t);
    expect(m.message).toBe('placeholder text "Lorem ipsum" in the alt text');
    expect([m.line, m.column]).toEqual([5, 11]);
    expect(slice(t, m)).toBe('Lorem ipsum');
  });

  test('the McDonald\'s tweet', async () => {
    const found = await msgs('Black Friday **** Need copy and link****');
    expect(found.map((f) => f.text)).toEqual(['****', 'Need copy', '****']);
  });
});

describe('placeholder: valid (hard negatives)', () => {
  test.each([
    'Back-to-school deals at TK Maxx this weekend.',
    'Sizes XS–XXL, now in oat and sage.',
    'Your team\'s to-do list shouldn\'t live in five tools.',
    '[UPDATE 2.30pm] Station Road has reopened.',
    'Write `Hi {{ user.name }}` and we fill it in at send time.',
    'Venue to be announced soon: watch this space!',
    'Read the [case study](https://acme.io/case) on our blog.',
    'Find the link here: https://acme.io/tickets',
    'Swear words get censored: f*** that traffic',
    'Bold **news** from the team',
    'Text us on 555-0100 or e-mail hello@acme.io',
    'Love you all xxx',
    'The TKO Boxing Gym opens Monday.',
    'Meet the XO team at booth 12.',
    'Save the date: 14 June. More details to follow!',
    '[Thread] 1/3 Here\'s how we cut our build times.',
    'Open 24/7, 365 days a year.',
    'Our XR-7 headset ships in May.',
    'Join us at https://acme.io/?utm_source=x&utm_campaign=spring',
  ])('%s', async (body) => {
    expect(await msgs(body)).toEqual([]);
  });
});

describe('placeholder: a whole post sent by mistake, a copy brief', () => {
  test.each(['Test', 'testing 1 2 3', 'Thanks', 'Thank you!! 🙏', 'ok'])('the whole post "%s"', async (body) => {
    expect(await msgs(body)).toEqual([{ message: `the whole post is "${body}": a test or a word meant for one person, not a post`, text: body, severity: 2 }]);
  });
  test.each([
    'Thanks to everyone who came out tonight!',
    'Trains are running normally again.',
    'Testing a new recipe this week: tell us what you think.',
    'Yes, we are open on Sunday.',
  ])('not the whole post: %s', async (body) => {
    expect(await msgs(body)).toEqual([]);
  });
  test('a reply may be one word', async () => {
    const t = draft({ account: 'acme', platform: 'x', reply_to: { author: '@kim', text: 'Loved the new menu!' } }, 'Thanks!');
    expect(await run('placeholder', t, { config: { accounts: [{ handle: 'acme', platforms: ['x'] }] } })).toEqual([]);
  });
  test.each(['Can you tweet something like: Great win today, thanks for the support!', 'Could you please post the following: doors open at 7.', 'Suggested caption: summer is here'])('a copy brief: %s', async (body) => {
    const [m, ...rest] = await msgs(body);
    expect(rest).toEqual([]);
    expect(m.message).toMatch(/^placeholder text "(Can you tweet something( like)?|Could you please post the following|Suggested caption)"$/);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges, severities and --fix output on drafts written for it, hard negatives among the valid.
ruleTester('placeholder', { front: { platform: 'x' } }).run(
  {
    valid: [
      'Back-to-school deals at TK Maxx this weekend.',
      'Sizes XS–XXL, now in oat and sage.',
      'Love you all xxx',
      "[Thread] 1/3 Here's how we cut our build times.",
      'Write `Hi {{ user.name }}` and we fill it in at send time.',
      'Read the [case study](https://acme.io/case) on our blog.',
      'Swear words get censored: f*** that traffic',
      'Venue to be announced soon: watch this space!',
      'Thanks to everyone who came out tonight!',
    ],
    invalid: [
      {
        body: 'Fares from $TK round trip.',
        errors: [{ message: 'placeholder marker "TK"', text: 'TK', severity: 'error' }],
      },
      {
        body: 'Happy birthday, {{first_name}}!',
        errors: [{ message: 'template variable {{first_name}} was never filled in', text: '{{first_name}}', severity: 'error' }],
      },
      {
        body: 'Shop the collection: [insert link]',
        errors: [{ message: 'placeholder [insert link]', text: '[insert link]', severity: 'error' }],
      },
      {
        body: 'Lorem ipsum dolor sit amet',
        errors: [
          { message: 'placeholder text "Lorem ipsum"', text: 'Lorem ipsum', severity: 'error' },
          { message: 'placeholder text "dolor sit amet"', text: 'dolor sit amet', severity: 'error' },
        ],
      },
      {
        body: 'Tickets: http://example.com/tickets',
        errors: [{ message: 'link to the placeholder domain example.com', text: 'http://example.com/tickets', severity: 'error' }],
      },
      {
        body: 'Sign up https://acme.io/a?utm_source=x&utm_campaign=',
        errors: [{ message: 'empty utm_campaign in the link', text: 'https://acme.io/a?utm_source=x&utm_campaign=', severity: 'warn' }],
      },
      {
        body: 'Speakers TBA',
        errors: [{ message: 'placeholder marker "TBA"', text: 'TBA', severity: 'warn' }],
      },
      {
        body: 'Test',
        errors: [{ message: 'the whole post is "Test": a test or a word meant for one person, not a post', text: 'Test', severity: 'error' }],
      },
      {
        body: 'Black Friday **** Need copy and link****',
        errors: [
          { message: 'run of asterisks "****" used as a marker', text: '****', line: 4, column: 14, endLine: 4, endColumn: 18, severity: 'error' },
          { message: 'placeholder text "Need copy"', text: 'Need copy', severity: 'error' },
          { message: 'run of asterisks "****" used as a marker', text: '****', line: 4, column: 37, endLine: 4, endColumn: 41, severity: 'error' },
        ],
      },
      {
        name: 'alt text is checked too', draft: '---\nplatform: instagram\nmedia:\n  - path: a.png\n    alt: "Lorem ipsum dolor sit amet"\n---\nThanks for coming!\n',
        errors: [
          { message: 'placeholder text "Lorem ipsum" in the alt text', text: 'Lorem ipsum', severity: 'error' },
          { message: 'placeholder text "dolor sit amet" in the alt text', text: 'dolor sit amet', severity: 'error' },
        ],
      },
    ],
  },
);
