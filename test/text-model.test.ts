// The text model (src/text): tokens with folded keys, censored and disguised words, hashtag words,
// sentences, quotations, and the one phrase language every word list is written in.
import { beforeAll, describe, expect, test } from 'vitest';
import { analyse, ready } from '../src/text/analysis.js';
import { foldWord, unstretch } from '../src/text/chars.js';
import { resolve, unmask } from '../src/text/masked.js';
import { compilePhrases, PhraseError } from '../src/text/phrases.js';
import { customerQuestions, quoteSpans } from '../src/text/quotes.js';
import { hashtagWords, segmentWord } from '../src/text/segment.js';
import { tokenize } from '../src/text/tokens.js';

beforeAll(() => ready());

const keys = (t: string) => tokenize(t).map((x) => x.key);
const m = (phrases: string[], text: string, classes: Record<string, string[]> = {}, options = {}) =>
  compilePhrases([{ phrases, entry: 1, options }], classes).match(tokenize(text), text).map((x) => x.text);

describe('folded keys', () => {
  test('case, apostrophes, fullwidth and lookalike letters, invisible characters', () => {
    expect(foldWord('Don’t')).toBe('dont');
    expect(foldWord('ＦＵＣＫ')).toBe('fuck');
    expect(foldWord('fυсk')).toBe('fuck'); // Greek upsilon, Cyrillic es
    expect(foldWord('f\u200Buck')).toBe('fuck');
    expect(keys('sh\u200Bit happens')).toEqual(['shit', 'happens']);
  });
  test('Norwegian letters and whole words in another script stay as they are', () => {
    expect(foldWord('Havnøy')).toBe('havnøy');
    expect(foldWord('Блин')).toBe('блин');
  });
  test('stretched letters get shortened alternatives', () => {
    expect(unstretch('hooome')).toEqual(['hoome', 'home']);
    expect(unstretch('coffee')).toEqual([]);
  });
});

describe('censored and disguised swearing', () => {
  test.each([
    ['f***', 'fuck'],
    ['F*CK', 'fuck'],
    ['sh!t', 'shit'],
    ['a$$', 'ass'],
    ['f—ing', 'fucking'],
    ['b*tch', 'bitch'],
    ['s**t', 'shit'],
    ['f*!#$%', 'fucking'],
  ])('%s → %s', (raw, word) => expect(resolve(raw)).toBe(word));

  test('spelt out, numbers for letters, grawlix', () => {
    expect(keys('f.u.c.k this, s h i t, sh1t and #$%&!')).toEqual(['fuck', 'this', 'shit', 'shit', 'and', '#grawlix']);
  });

  test('hard negatives: marker runs, real words with symbols, abbreviations', () => {
    expect(unmask('Black Friday **** Need copy and link****')).toEqual([]);
    expect(unmask('Yahoo! 5* reviews, well-known, e-mail, U.S.A., A B C')).toEqual([]);
    expect(resolve('link****')).toBeUndefined();
  });
});

describe('sentences and questions', () => {
  test('sentence starts and ends; questions; emoji end a thought', () => {
    const t = tokenize('You don’t believe it, do you? We do. Great 🎉 Next');
    expect(t.filter((x) => x.sentStart).map((x) => x.text)).toEqual(['You', 'We', 'Great', 'Next']);
    expect(t.filter((x) => x.question).map((x) => x.text)).toEqual(['You', 'don’t', 'believe', 'it', 'do', 'you']);
    expect(t.filter((x) => x.sentEnd).map((x) => x.text)).toEqual(['you', 'do', 'Great', 'Next']);
  });
  test('a Norwegian ordinal date is not a sentence end', () => {
    expect(m(['22. juli'], 'Vi minnes 22. juli i dag. Juli er fin.')).toEqual(['22. juli']);
  });
});

describe('hashtags', () => {
  test('CamelCase and the likeliest split of lower-case tags', () => {
    expect(hashtagWords('PrayForCarrowRidge')).toEqual(['pray', 'for', 'carrow', 'ridge']);
    expect(hashtagWords('whatajoke')).toEqual(['what', 'a', 'joke']);
    expect(hashtagWords('immigrationoffenders')).toEqual(['immigration', 'offenders']);
    expect(hashtagWords('SupportJapan')).toEqual(['support', 'japan']);
  });
  test('a known word stays whole; unknown runs are not forced apart', () => {
    expect(segmentWord('together')).toEqual(['together']);
    expect(segmentWord('jesuischarile')).toBeUndefined();
  });
  test('the analysis gives each tag its words as tokens', async () => {
    const a = await analyse('Big news #whatajoke');
    expect(a.hashtags[0].tokens.map((t) => [t.key, a.text.slice(t.start, t.end).toLowerCase()])).toEqual([['what', 'what'], ['a', 'a'], ['joke', 'joke']]);
  });
});

describe('phrase language', () => {
  test('whole words, never substrings', () => {
    expect(m(['sex'], 'Our unisex jackets, across Sussex and Essex')).toEqual([]);
    expect(m(['sex'], 'sex education')).toEqual(['sex']);
  });
  test('hyphens and spaces are the same; prefixes; groups; optionals', () => {
    expect(m(['shoot out'], 'a penalty shoot-out')).toEqual(['shoot-out']);
    expect(m(['bomb*'], 'bombs and bombing, not a photobomb')).toEqual(['bombs', 'bombing']);
    expect(m(['(thoughts|hearts) are with'], 'Our hearts are with you')).toEqual(['hearts are with']);
    expect(m(['without [a] fee'], 'without fee, without a fee')).toEqual(['without fee', 'without a fee']);
    expect(m(['(come|pop) (in|on in)'], 'pop on in, come in')).toEqual(['pop on in', 'come in']);
  });
  test('bare alternatives, optional words with ?, word classes (nested), gaps', () => {
    expect(m(['fight me|us'], 'ok, fight us')).toEqual(['fight us']);
    expect(m(['you should? have checked'], 'you have checked / you should have checked')).toEqual(['you have checked', 'you should have checked']);
    expect(m(['{role} is ~ {insult}'], 'The ref is an absolute clown', { role: ['{official}'], official: ['ref', 'referee'], insult: ['clown', 'a joke'] })).toEqual(['ref is an absolute clown']);
    expect(m(['pour ~ wine'], 'pour a massive glass of wine')).toEqual(['pour a massive glass of wine']);
  });
  test('numbers, % and currency are words', () => {
    expect(m(['{n} % off'], '20% off and 20 % off')).toEqual(['20% off', '20 % off']);
    expect(m(['(from|is) ($|£) {n}'], 'from $389, is £1,250.50')).toEqual(['from $389', 'is £1,250.50']);
  });
  test('apostrophes, possessives and stretched letters do not matter; one comma may sit between words', () => {
    expect(m(["can't wait"], 'cant wait, can’t wait')).toEqual(['cant wait', 'can’t wait']);
    expect(m(['minute silence'], "a minute's silence")).toEqual(["minute's silence"]);
    expect(m(['dirty homo'], "fed up of dirty homo's")).toEqual(["dirty homo's"]);
    expect(m(['my home'], 'from my own hooome, my hooome')).toEqual(['my hooome']);
    expect(m(['sure jan'], 'Sure, Jan.')).toEqual(['Sure, Jan']);
  });
  test('censored words match their word', () => {
    expect(m(['fucking'], 'a f**king mess')).toEqual(['f**king']);
    expect(m(['shit*'], 'sh!tty service')).toEqual(['sh!tty']);
  });
  test('phrases stop at sentence punctuation and masked entities', async () => {
    expect(m(['fire sale'], 'fire. sale')).toEqual([]);
    const a = await analyse('fire http://127.0.0.1/x sale');
    expect(compilePhrases([{ phrases: ['fire sale'], entry: 1 }]).match(a.tokens, a.text)).toEqual([]);
  });
  test('exact case and {cap} skip sentence starts', () => {
    expect(m(['=Labour'], 'Labour costs rose. The Labour councillors')).toEqual(['Labour']);
    expect(m(['hurricane {cap}'], 'Hurricane Delia is near')).toEqual(['Hurricane Delia']);
    expect(m(['=RIP'], 'rip the tag off. RIP Jo')).toEqual(['RIP']);
  });
  test('entry options: unless_next, unless_prev, unless_in, at start, in a question, ending a sentence', () => {
    expect(m(['bloody'], 'A Bloody Mary, a bloody mess', {}, { unlessNext: ['mary'] })).toEqual(['bloody']);
    expect(m(['they are ~ joke'], 'They are no joke. They are a joke.', {}, { unlessIn: ['no'] })).toEqual(['They are a joke']);
    expect(m(['feeling'], 'Feeling tired? Our staff are feeling great', {}, { atStart: true })).toEqual(['Feeling']);
    expect(m(['kick'], 'a free kick, kick off', {}, { unlessPrev: ['free'] })).toEqual(['kick']);
    expect(m(['next time'], 'See you next time. Try reading it next time?', {}, { inQuestion: true, endsSentence: true })).toEqual(['next time']);
  });
  test('mistakes in a phrase are errors that name the phrase', () => {
    expect(() => compilePhrases([{ phrases: ['(open'], entry: 1 }])).toThrow(PhraseError);
    expect(() => compilePhrases([{ phrases: ['{nope} here'], entry: 1 }])).toThrow(/unknown word class \{nope\}/);
  });
});

describe('quotations and customer questions', () => {
  test('double, curly and guillemet quotes; single quotes only when they are not apostrophes', () => {
    const t = `"I love it" and “my husband too” and «jeg også» but don't and the kids' rooms; 'She died 3 days b4'.`;
    expect(quoteSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['"I love it"', '“my husband too”', '«jeg også»', "'She died 3 days b4'"]);
  });
  test('an unclosed quote quotes nothing; blockquotes count', () => {
    expect(quoteSpans('He said "hello and left')).toEqual([]);
    const t = '> my ex is a clown\nOur reply';
    expect(quoteSpans(t).map((s) => t.slice(s.start, s.end))).toEqual(['> my ex is a clown']);
  });
  test("FAQ questions in the customer's voice", () => {
    const t = 'Q: Can I bring my dog? A: Yes. How do I reset my PIN? In the app. Kan jeg ta med hunden min?';
    expect(customerQuestions(t).map((s) => t.slice(s.start, s.end))).toEqual(['Can I bring my dog?', 'How do I reset my PIN?', 'Kan jeg ta med hunden min?']);
  });
  test('quoted tokens are marked', async () => {
    const a = await analyse('She wrote "you are a clown" and we replied');
    expect(a.tokens.filter((t) => t.quoted).map((t) => t.text)).toEqual(['you', 'are', 'a', 'clown']);
  });
});

describe('entities: mentions', () => {
  test('".@user" at the start of a word is a mention (a reply made public); "a.@b" and "x/.@c" are not', async () => {
    const { entitiesSync } = await import('../src/text/entities.js');
    const mentions = (t: string) => entitiesSync(t).filter((e) => e.type === 'mention').map((e) => e.text);
    expect(mentions('.@carterjwm is now the most shared post. Thanks @DTFA')).toEqual(['@carterjwm', '@DTFA']);
    expect(mentions('(.@maya) said it first')).toEqual(['@maya']);
    expect(mentions('mail a.@b and x/.@c')).toEqual([]);
  });
});
