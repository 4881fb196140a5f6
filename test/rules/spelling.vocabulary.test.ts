// The vocabulary real posts need (issue 12): names, places, holidays and greetings, everyday and technical words,
// informal spellings as style, quoted retweets, shouted words, missing apostrophes, Norwegian loanwords and names.
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { findDictionary } from '../../src/spell/dictionaries.js';
import { informal, plainForms } from '../../src/spell/informal.js';
import { draft, run } from '../helpers.js';

const post = (lang: string, body: string) => draft({ platform: 'x', lang }, body);
const msgs = async (lang: string, body: string, config: Record<string, unknown> = {}) => (await run('spelling', post(lang, body), { config })).map((m) => m.message);

describe('spelling: a vocabulary as wide as real posts', () => {
  test.each([
    ['en', 'Eid Mubarak to everyone celebrating today, and Chag Sameach to our Jewish neighbors!'],
    ['en-GB', 'Happy Diwali and Bandi Chhor Divas! Wishing you a joyful Vaisakhi and Gurpurab too.'],
    ['en', 'Happy Hanukkah, Shana Tova, and Ramadan Kareem. Gong Xi Fa Cai! Nowruz Mubarak!'],
    ['en-GB', 'New stores open in Middlesex, Retford and Scunthorpe this spring.'],
    ['en', 'New stores open in Middlesex, Retford and Scunthorpe this spring.'],
    ['en', 'Gameplay on dimmable screens, a faster backend and a free audiobook.'],
    ['en', 'A grey coat in the theatre lobby.'],
    ['en', 'Use code FREESHIP at checkout.'],
    ['en', 'Our new backend is written in Kotlin, with webhooks, PostgreSQL and Kubernetes behind the API.'],
    ['en-GB', 'Proud to be the Official Paint Supplier of the Club: sorry for the posts from Dulux this morning.'],
    ['en', 'Thanks to James Comey and Amy Winehouse fans, the Lakers and the Dems.'],
    ['en-GB', 'The overstayer was found working at a nail bar in Swansea.'],
  ])('%s: %s', async (lang, body) => {
    expect(await msgs(lang, body)).toEqual([]);
  });

  test('a typo next to those words is still found', async () => {
    expect(await msgs('en', 'Eid Mubarak and Chag Sameach to everyone celebrting!')).toEqual(['"celebrting" is not in the en-US dictionary; did you mean "celebrating"?']);
  });
});

describe('spelling: informal spellings are style, not typos', () => {
  const slang = 'Sooo excited for your bday tonite, nothin\' like it. Hooome soon, yesss.';

  test('not reported by default', async () => {
    expect(await msgs('en', slang)).toEqual([]);
  });

  test('the slang option reports them as style warnings with the plain spelling, per account with overrides', async () => {
    const ms = await run('spelling', post('en', slang), { config: { rules: { spelling: ['error', { slang: 'warn' }] } } });
    expect(ms.map((m) => [m.message, m.severity])).toEqual([
      ['"Sooo" is a held letter (style, not a typo); the plain spelling is "So"', 1],
      ['"bday" is informal spelling (style, not a typo)', 1],
      ['"tonite" is informal spelling (style, not a typo)', 1],
      ['"nothin" is a dropped g (style, not a typo); the plain spelling is "nothing"', 1],
      ['"Hooome" is a held letter (style, not a typo); the plain spelling is "Home"', 1],
      ['"yesss" is a held letter (style, not a typo); the plain spelling is "yes"', 1],
    ]);
    const strict = await run('spelling', draft({ platform: 'x', lang: 'en', account: 'bank' }, 'Sooo ready.'), {
      config: { overrides: [{ accounts: ['bank'], rules: { spelling: ['error', { slang: 'error' }] } }] },
    });
    expect(strict.map((m) => m.severity)).toEqual([2]);
  });

  test('held letters collapse to a word or the typo stays a typo', () => {
    const known = (w: string) => ['so', 'yes', 'home', 'cool', 'nothing'].includes(w.toLowerCase());
    expect(informal('Sooo', known, new Set())).toEqual({ kind: 'elongation', plain: 'So' });
    expect(informal('cooool', known, new Set())).toEqual({ kind: 'elongation', plain: 'cool' });
    expect(informal('nothin', known, new Set())).toEqual({ kind: 'dropped-g', plain: 'nothing' });
    expect(informal('bday', known, new Set(['bday']))).toEqual({ kind: 'listed' });
    expect(informal('recieve', known, new Set())).toBeUndefined();
    expect(informal('zzzqqq', known, new Set())).toBeUndefined();
    expect(plainForms('yesss').map((f) => f.plain)).toEqual(['yes', 'yess']);
  });

  test('a real typo is not mistaken for slang', async () => {
    expect((await msgs('en', 'We still on skedul, time to delivr evrything.')).map((m) => m.split(';')[0])).toEqual([
      '"skedul" is not in the en-US dictionary',
      '"delivr" is not in the en-US dictionary',
      '"evrything" is not in the en-US dictionary',
    ]);
  });
});

describe('spelling: names, quotes, shouting, apostrophes', () => {
  test('text after "RT @user" is the other account\'s, typos and all', async () => {
    expect(await msgs('en', 'Eat a #SNICKERS, you’re not you when you’re hungry RT @JCPenney Who kkmew theis was ghiong tob e a baweball ghamle.')).toEqual([]);
    expect((await msgs('en', 'Our own typo: recieve. RT @someone fine words')).map((m) => m.split(';')[0])).toEqual(['"recieve" is not in the en-US dictionary']);
  });

  test('a short word shouted among ALL-CAPS words is checked, an acronym alone is not', async () => {
    expect(await msgs('en', 'Last tweet NOT AST ALL A JOKE.')).toEqual(['"AST" is not in the en-US dictionary; did you mean "at", "as" or "act"?']);
    expect(await msgs('en', 'See the AST notes. NO COLLUSION, NO DEAL.')).toEqual([]);
  });

  test('a missing apostrophe is a typo even capitalised inside a sentence', async () => {
    const [m] = await run('spelling', post('en', 'OMG Youre such a star.'));
    expect(m.message).toBe('"Youre" is not in the en-US dictionary; did you mean "you\'re", "your" or "yours"?');
    expect(m.severity).toBe(2);
  });

  test('a name one edit from another name is just a name; one edit from an ordinary word at 7+ letters is a typo', async () => {
    expect(await msgs('en', 'Then Fellaini took his tracksuit off.')).toEqual([]);
    expect(await msgs('en', 'We loved the Definately new menu.')).toEqual(['"Definately" is not in the en-US dictionary; did you mean "definitely"?']);
  });

  test('a lower-case acronym suggests its capitals', async () => {
    expect(await msgs('en', 'It was on tv last night.')).toEqual(['"tv" is not in the en-US dictionary; did you mean "TV", "to" or "t"?']);
  });
});

const nb = findDictionary('nb', [packageRoot()]);

describe.skipIf(!nb)('spelling: Norwegian compounds, loanwords, acronyms and product names', () => {
  test.each([
    'Betalingsløsningene våre bruker en ny backend skrevet i Kotlin, og API-et er oppe igjen.',
    'Vi fikk melding om husbråk. Da vi kom fram fant vi et sykepleiervorspiel.',
    'Beklager min tweet om Jagland. Vi har frontend- og backend-team i Oslo og London.',
    'Som statsminister har jeg hatt en åpen Facebook-side. Eid Mubarak!',
  ])('%s', async (body) => {
    expect(await msgs('nb', body)).toEqual([]);
  }, 60_000);

  test('typos and junk compounds are still found', async () => {
    expect((await msgs('nb', 'Nye åpningstidder og sommerlsingen.')).map((m) => m.split(';')[0])).toEqual([
      '"åpningstidder" is not in the nb dictionary',
      '"sommerlsingen" is not in the nb dictionary',
    ]);
  }, 60_000);

  test('names and loanwords are accepted but never offered as suggestions', async () => {
    const [m] = await msgs('nb', 'Vi ses i Oslo, verdn.');
    expect(m).toMatch(/^"verdn" is not in the nb dictionary/);
    expect(m).not.toMatch(/Verdi|Verdun/);
  }, 60_000);
});
