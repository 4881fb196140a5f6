// Jokes without a laughter word: the reaction-meme caption and stock sarcasm (src/detect/joke.ts),
// and what they change in risky-topic, where a grave topic in a joke is the risk.
import { beforeAll, describe, expect, test } from 'vitest';
import { jokeCues } from '../../src/detect/joke.js';
import { analyse, ready } from '../../src/text/analysis.js';
import { draft, run } from '../helpers.js';

beforeAll(() => ready());
const cues = async (t: string, lang = 'en') => (await jokeCues(await analyse({ kind: 'body', name: 'body', text: t, start: 0, offsets: [] } as never), lang)).map((c) => `${c.kind}:${c.text}`);

describe('caption shape', () => {
  test.each([
    ['When you realise it is only Tuesday', 'caption:When you …'],
    ['When your boss asks for the report at five to five', 'caption:When your …'],
    ['Når du innser at det bare er tirsdag', 'caption:Når du …'],
  ])('a caption: %s', async (t, want) => {
    expect(await cues(t, /Når/.test(t) ? 'nb' : 'en')).toEqual([want]);
  });
  test.each([
    'When do you open on Sundays',
    'When you visit, say hi to the team at the front desk',
    'When we lost Sam last spring we learned how much this town cares',
    'When in Rome',
    'Open when you are. Closed when we are not.',
  ])('not a caption: %s', async (t) => {
    expect((await cues(t)).filter((c) => c.startsWith('caption'))).toEqual([]);
  });
});

describe('sarcasm markers', () => {
  test.each([
    ['Another Monday delay. Yeah right, "on time".', 'word:Yeah right'],
    ['Printer jammed again. What could possibly go wrong', 'word:What could possibly go wrong'],
  ])('%s', async (t, want) => {
    expect(await cues(t)).toContain(want);
  });
  test.each([
    'Thanks a million to everyone who came out on Saturday!',
    'Thanks a lot to everyone who donated after the flood.',
    'Who would have thought a corner bakery would turn 50? Cake for everyone on Friday.',
    'Just what we needed: a sunny weekend for the fair.',
  ])('a sincere phrase is not sarcasm: %s', async (t) => {
    expect(await cues(t)).toEqual([]);
  });
});

describe('risky-topic with a joke that has no laughter word', () => {
  const brand = { accounts: [{ handle: '@acme', kind: 'brand', voice: 'we', platforms: ['x'] }] };
  const post = (body: string) => draft({ account: '@acme', platform: 'x' }, body);
  test('a caption about a death is a joke about it', async () => {
    const text = post('When we have to tell a family their son has died in a crash');
    const [m, ...rest] = await run('risky-topic', text, { config: brand });
    expect(rest).toEqual([]);
    expect(m.message).toBe('Death or tragedy on a brand account: "died" in a joke ("When we …")');
    expect(m.line).toBe(5);
  });
  test('a plain memorial sentence stays fine', async () => {
    expect(await run('risky-topic', post('When our colleague Sam died last spring, this whole town stood with his family. We miss him.'), { config: brand })).toEqual([]);
  });
  test('thanks to donors after a deadly flood is not a joke about it', async () => {
    expect(await run('risky-topic', post('Thanks a lot to everyone who donated after the flood that killed six people.'), { config: brand })).toEqual([]);
  });
  test('a caption with no grave topic is only a joke', async () => {
    expect(await run('risky-topic', post('When you finally get the last croissant on the shelf'), { config: brand })).toEqual([]);
  });
});
