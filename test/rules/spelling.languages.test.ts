// Languages beyond the bundled English: a dictionary found at run time, a missing one, Norwegian.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findDictionary, dictionaryPackages } from '../../src/spell/dictionaries.js';
import { packageRoot } from '../../src/paths.js';
import { lintText } from '../../src/lint.js';
import { draft, run } from '../helpers.js';
import { makeTempDir } from '../support/temp.js';

/** A tiny fake `dictionary-xx` package (Hunspell aff/dic) in a temp project's node_modules. */
function fakeProject(): string {
  const dir = makeTempDir('postlint-lang-');
  const pkg = join(dir, 'node_modules', 'dictionary-xx');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'dictionary-xx', version: '1.0.0', type: 'module', exports: './index.js' }));
  writeFileSync(join(pkg, 'index.js'), 'export default {}\n');
  writeFileSync(join(pkg, 'index.aff'), 'SET UTF-8\nTRY aeiouyhlrtnskmvdgb\n\nSFX S Y 1\nSFX S 0 er .\n');
  writeFileSync(join(pkg, 'index.dic'), '6\nhallo\nverden\nog\nkatt/S\nhund/S\nbåt/S\n');
  return dir;
}

async function lint(body: string, lang: string, cwd: string, config: Record<string, unknown> = {}) {
  const s = await lintText(draft({ platform: 'x', lang }, body), { config: { ...config, rules: { spelling: 'error' } }, cwd, only: ['spelling'], filePath: 'post.md' });
  return { messages: s.results[0].messages, notices: s.notices };
}

describe('spelling: languages', () => {
  test('package names tried for a language tag', () => {
    expect(dictionaryPackages('en-AU')).toEqual(['dictionary-en-au']);
    // US and British English are postlint's own vocabulary, whatever is installed.
    expect(findDictionary('en', [packageRoot()])?.bundled).toBe('en-US');
    expect(findDictionary('en-GB', [packageRoot()])?.bundled).toBe('en-GB');
    expect(dictionaryPackages('nb')).toEqual(['dictionary-nb']);
    expect(dictionaryPackages('nb-NO')).toEqual(['dictionary-nb']);
    expect(dictionaryPackages('no')).toEqual(['dictionary-nb']);
    expect(dictionaryPackages('pt-BR')).toEqual(['dictionary-pt-br', 'dictionary-pt']);
  });

  test('a user-installed dictionary-<lang> is found from the config folder at run time', async () => {
    const dir = fakeProject();
    expect(findDictionary('xx', [dir])?.name).toBe('dictionary-xx');
    const ok = await lint('Hallo verden, katter og hunder!', 'xx', dir);
    expect(ok.messages).toEqual([]);
    expect(ok.notices).toEqual([]);
    const bad = await lint('Hallo verdn og katt.', 'xx', dir);
    expect(bad.messages.map((m) => m.message)).toEqual(['"verdn" is not in the xx dictionary; did you mean "verden"?']);
    expect(bad.messages[0].severity).toBe(2);
  });

  test('it is found from a sub-folder too (node_modules further up)', async () => {
    const dir = fakeProject();
    const sub = join(dir, 'drafts', 'june');
    mkdirSync(sub, { recursive: true });
    expect(findDictionary('xx', [sub])?.dir).toBe(join(dir, 'node_modules', 'dictionary-xx'));
  });

  test('the config dictionary applies in every language', async () => {
    const dir = fakeProject();
    expect((await lint('Hallo Havnøy og Skarvdalen.', 'xx', dir, { dictionary: ['Havnøy', 'Skarvdalen'] })).messages).toEqual([]);
  });

  test('a missing dictionary: one notice naming the package, the posts are not spell-checked, the run goes on', async () => {
    const dir = makeTempDir('postlint-lang-');
    const s = await lintText(
      [draft({ platform: 'x', lang: 'de' }, 'Das ist ein Tippfeler.'), '', ''].join('\n'),
      { config: { rules: { spelling: 'error' } }, cwd: dir, only: ['spelling'], filePath: 'post.md' },
    );
    expect(s.fatal).toBe(false);
    expect(s.results[0].messages).toEqual([]);
    expect(s.notices.filter((n) => n.includes('dictionary'))).toEqual([
      'spelling: no dictionary for "de": posts in "de" are not spell-checked. Install it next to your config with: npm install --save-dev dictionary-de',
    ]);
  });

  test('an English variant without its package is checked as British English, with one notice', async () => {
    const dir = makeTempDir('postlint-lang-');
    const { messages, notices } = await lint('The colour of the organisation is lovley.', 'en-AU', dir);
    expect(messages.map((m) => m.message)).toEqual(['"lovley" is not in the en-AU dictionary; did you mean "lovely", "lovey" or "lively"?']);
    expect(notices).toEqual(['spelling: no dictionary package for "en-AU" (npm install dictionary-en-au); checking en-AU posts with British English']);
  });

  test('English posts still work next to a language without a dictionary', async () => {
    const ms = await run('spelling', draft({ platform: 'x', lang: 'en' }, 'It is definately here.'));
    expect(ms).toHaveLength(1);
  });
});

const nb = findDictionary('nb', [packageRoot()]);

// dictionary-nb is GPL-2.0: a devDependency used only by these tests, never bundled (see docs/spelling.md).
describe.skipIf(!nb)('spelling: Norwegian (dictionary-nb, installed as a test-only devDependency)', () => {
  const nbPost = (body: string) => draft({ platform: 'facebook', lang: 'nb' }, body);

  test('a Norwegian typo is found with the right first suggestion', async () => {
    const [m, ...rest] = await run('spelling', nbPost('Servicetorget får nye åpningstidder fra 1. mars.'));
    expect(rest).toEqual([]);
    expect(m.message).toMatch(/^"åpningstidder" is not in the nb dictionary; did you mean "åpningstider"/);
  }, 60_000);

  test('compounds of dictionary words pass (nspell cannot build them)', async () => {
    expect(await run('spelling', nbPost('Sommerlesingen starter, hent lesekortet på biblioteket. Hentedagen er flyttet, se emneknaggen. Kommunestyremøtet og barnehageplass.'))).toEqual([]);
  }, 60_000);

  test('the nb supplement accepts everyday words the dictionary lacks (noe, noen)', async () => {
    expect(await run('spelling', nbPost('Har du noen spørsmål? Si gjerne noe.'))).toEqual([]);
  }, 60_000);

  test('a junk compound is still a typo', async () => {
    const ms = await run('spelling', nbPost('Velkommen til sommerlsingen.'));
    expect(ms.map((m) => m.message.split(';')[0])).toEqual(['"sommerlsingen" is not in the nb dictionary']);
  }, 60_000);
});
