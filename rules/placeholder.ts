// Leftover template text: TODO/TK markers, lorem ipsum, [insert link], {{first_name}},
// example.com links, empty UTM values, runs of asterisks.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineRule } from '../src/engine/rule.js';
import { packagePath } from '../src/paths.js';
import { entities, type Entity } from '../src/text/entities.js';
import { ready } from '../src/text/analysis.js';
import { compilePhrases, type PhraseSet } from '../src/text/phrases.js';
import { tokenize } from '../src/text/tokens.js';
import type { MessageData, TextPart } from '../src/types.js';

interface Data {
  markers: { words: string[]; severity?: 'warn'; note: string }[];
  exceptions: { pattern: string }[];
  phrases: { phrases: string[]; unless_url_follows?: boolean; note: string }[];
  whole_post: { phrases: string[]; note: string }[];
  brackets: { starts: string[]; slots: string[] };
  domains: { hosts: string[]; tlds: string[]; templates: string[] };
}

interface Compiled {
  markers: RegExp;
  markerSeverity: Map<string, 'warn' | undefined>;
  exceptions: RegExp[];
  phrases: PhraseSet<{ unlessUrl: boolean }>;
  bracketStart: RegExp;
  slots: Set<string>;
  wholePost: Set<string>;
  data: Data;
}

let compiled: Compiled | undefined;

/** A text without case, punctuation, emoji or extra spaces: "Thanks!! 🙏" → "thanks". */
const bare = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function load(): Compiled {
  if (compiled) return compiled;
  const data = parse(readFileSync(packagePath('rules/data/placeholder.yaml'), 'utf8')) as Data;
  const words = data.markers.flatMap((m) => m.words);
  const markerSeverity = new Map(data.markers.flatMap((m) => m.words.map((w) => [w, m.severity] as const)));
  compiled = {
    // Whole words, case-sensitive; "$TK" counts, "TK-4" in a model number does not.
    markers: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${words.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu'),
    markerSeverity,
    exceptions: data.exceptions.map((e) => new RegExp(e.pattern.replace(/\s+/g, '\\s+'), 'g')),
    phrases: compilePhrases(data.phrases.map((p) => ({ phrases: p.phrases, entry: { unlessUrl: !!p.unless_url_follows } }))),
    bracketStart: new RegExp(`^(?:${data.brackets.starts.map((s) => s.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i'),
    slots: new Set(data.brackets.slots.map((s) => s.toLowerCase())),
    wholePost: new Set(data.whole_post.flatMap((e) => e.phrases.map(bare))),
    data,
  };
  return compiled;
}

const WHY = 'Leftover template text tells followers nobody read the post before it went out (McDonald\'s tweeted "Black Friday **** Need copy and link****").';

export default defineRule({
  id: 'placeholder',
  meta: {
    description: 'No leftover template text: TODO/TK/TBD markers, lorem ipsum, [insert link], {{variables}}, example.com links, empty UTM values.',
    docs: {
      why: 'Scheduling tools publish exactly what is in the draft. A marker left for the copywriter goes out to every follower, and screenshots of it outlive the post.',
      incidents: [
        'McDonald\'s (2016): "Black Friday ***** Need copy and link****" went out on the brand account.',
        'Countless "Hi {{first_name}}" e-mails and posts from unfilled merge fields.',
      ],
      bad: '---\naccount: skylarkair\nplatform: x\n---\nNonstop to Lisbon from $TK. Book now: [insert link]',
      good: '---\naccount: skylarkair\nplatform: x\n---\nNonstop to Lisbon from $189. Book now: https://skylark.example/lisbon',
      notes: [
        'Markers are matched as whole words in capitals: "TK Maxx", "XS–XXL", "to-do list" and "[UPDATE 2.30pm]" pass.',
        '"Venue to be announced soon" is deliberate copy and passes; the abbreviations TBD/TBC are internal notes and fail; TBA is a warning.',
        '`{{ variables }}` inside a `code span` document a template feature and pass.',
        '"Link here" only counts when no URL follows it on the same line.',
        'A post that is nothing but a test word ("Test", "asdf") or a lone chat word ("Thanks", "ok") and is not a reply is reported: it was sent by mistake. A copy brief pasted as the post ("Can you tweet something like...") is reported too.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    messages: {
      wholePost: 'the whole post is "{{text}}": a test or a word meant for one person, not a post',
      // {{where}}: " in the alt text" for an alt text, else empty.
      marker: 'placeholder marker "{{marker}}"{{where}}',
      date: 'placeholder date "{{date}}"{{where}}',
      value: 'placeholder "{{text}}" where a value belongs{{where}}',
      phrase: 'placeholder text "{{text}}"{{where}}',
      asterisks: 'run of asterisks "{{stars}}" used as a marker{{where}}',
      templateVariable: 'template variable {{variable}} was never filled in{{where}}',
      bracketed: 'placeholder {{text}}{{where}}',
      placeholderDomain: 'link to the placeholder domain {{host}}{{where}}',
      emptyUtm: 'empty {{param}} in the link{{where}}',
      templatedUtm: 'templated {{param}}={{value}} in the link{{where}}',
    },
  },
  async check(post, ctx) {
    await ready();
    const c = load();
    // A post that is only "Test" or "Thanks": sent from the wrong window. A reply may say it.
    const body = post.parts.filter((p) => p.kind === 'body' && p.text.trim());
    if (!post.meta.replyTo && body.length === 1 && c.wholePost.has(bare(body[0].text))) {
      const t = body[0].text;
      const start = t.length - t.trimStart().length;
      ctx.report({
        messageId: 'wholePost',
        data: { text: t.trim() },
        why: 'A post that is only "Test" or "Thanks" was sent by mistake: a test from the scheduling tool, or half of a private conversation typed into the brand account. Followers see it, and ask who is at the keyboard.',
        hint: 'Delete the draft, or write the post it was meant to be. A thank-you belongs in a reply to the person.',
        at: { part: body[0], start, end: t.trimEnd().length },
      });
    }
    for (const part of post.parts) {
      const ents = await entities(part);
      const code = ents.filter((e) => e.type === 'code');
      const urls = ents.filter((e) => e.type === 'url');
      const inside = (s: number, e: number, spans: Entity[]) => spans.some((x) => s >= x.start && e <= x.end);
      const seen: [number, number][] = [];
      const where = part.kind === 'alt' ? ' in the alt text' : '';
      const report: Reporter = (start, end, messageId, data, severity, hint) => {
        if (inside(start, end, code) || seen.some(([a, b]) => start < b && end > a)) return;
        seen.push([start, end]);
        ctx.report({ messageId, data: { ...data, where }, why: WHY, hint: hint ?? 'Write the final text before publishing.', at: { part, start, end }, severity });
      };
      const text = part.text;

      const excepted = c.exceptions.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
      for (const m of text.matchAll(c.markers)) {
        const s = m.index;
        const e = s + m[0].length;
        if (excepted.some((x) => s >= x.start && e <= x.end) || inside(s, e, urls)) continue;
        report(s, e, 'marker', { marker: m[0] }, c.markerSeverity.get(m[0]));
      }
      // Dates left as a pattern: "ends XX/XX", "DD/MM/YYYY".
      for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?:XX|DD|MM|YYYY|YY)(?:[/.-](?:XX|DD|MM|YYYY|YY)){1,2}(?![\p{L}\p{N}])/gu))
        if (!inside(m.index, m.index + m[0].length, urls)) report(m.index, m.index + m[0].length, 'date', { date: m[0] });
      // XXX, XXXX, and XX standing for a number ("XX%", "$XX", "XX.99"); XXL is a size.
      for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?:X{3,}|(?<=[$£€])XX|XX(?=\s?%|[.,]\d))(?![\p{L}\p{N}])/gu))
        if (!inside(m.index, m.index + m[0].length, urls)) report(m.index, m.index + m[0].length, 'value', { text: m[0] });

      bracketed(part, c, report);
      for (const m of c.phrases.match(tokenize(text), text)) {
        if (m.entry.unlessUrl) {
          const eol = text.indexOf('\n', m.end);
          const rest = { start: m.end, end: eol === -1 ? text.length : eol };
          if (urls.some((u) => u.start >= rest.start && u.start < rest.end)) continue;
        }
        report(m.start, m.end, 'phrase', { text: m.text });
      }


      // "f***" and "s**t" censor a word; "**** Need copy" and "link****" mark a gap.
      for (const m of text.matchAll(/(\p{L}*)(\*{3,})/gu)) {
        const [, before, stars] = m;
        if (before.length && before.length <= 2 && stars.length <= 5) continue;
        const s = m.index + before.length;
        report(s, s + stars.length, 'asterisks', { stars });
      }

      for (const u of urls) checkUrl(u, text, c.data.domains, report);
    }
  },
});

/** A finding in the part at [start, end); the part's place (" in the alt text") is added to data. */
type Reporter = (start: number, end: number, messageId: string, data: MessageData, severity?: 'warn', hint?: string) => void;

function bracketed(part: TextPart, c: Compiled, report: Reporter): void {
  const text = part.text;
  // {{var}}, {var}, ${var}, %VAR%: template slots
  for (const m of text.matchAll(/\$?\{\{?\s*[\p{L}_][\p{L}\p{N}_. -]{0,40}\}?\}|%[A-Z][A-Z0-9_]{1,30}%/gu))
    report(m.index, m.index + m[0].length, 'templateVariable', { variable: m[0] }, undefined, 'Replace it with the real value, or remove it.');
  // [insert link], [LINK], <NAME>, but not [UPDATE 2.30pm] or Markdown [text](url)
  for (const m of text.matchAll(/\[([^\[\]\n]{1,60})\](?!\()|<([^<>\n]{1,40})>/g)) {
    const inner = (m[1] ?? m[2]).trim();
    const lower = inner.toLowerCase().replace(/[….:]+$/, '').trim();
    const isSlot =
      c.bracketStart.test(inner) ||
      c.slots.has(lower) ||
      (/^[A-Z][A-Z _]{1,30}$/.test(inner) && lower.split(/[ _]+/).some((w) => c.slots.has(w))) ||
      /\bhere\b|\bher\b$/i.test(inner);
    if (isSlot) report(m.index, m.index + m[0].length, 'bracketed', { text: m[0] });
  }
}

function checkUrl(u: Entity, text: string, d: Data['domains'], report: Reporter): void {
  // Link extractors stop at "{" or "[": a templated query value belongs to the URL here.
  const tail = /^[{[%][^\s]*/.exec(text.slice(u.end))?.[0] ?? '';
  u = { ...u, end: u.end + tail.length, value: u.value + tail };
  let url: URL;
  try {
    url = new URL(u.value);
  } catch {
    return;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const tld = host.split('.').pop() ?? '';
  if (d.hosts.some((h) => host === h || host.endsWith(`.${h}`)) || d.tlds.includes(tld) || d.templates.includes(host)) {
    report(u.start, u.end, 'placeholderDomain', { host }, undefined, 'Put the real link in: this domain never leads to your page.');
    return;
  }
  for (const [k, v] of url.searchParams) {
    if (!/^utm_/i.test(k)) continue;
    if (!v.trim()) report(u.start, u.end, 'emptyUtm', { param: k }, 'warn', `Fill in ${k} or remove it, or the campaign will not be tracked.`);
    else if (/\{|\}|%%|^\[|^x{2,}$|^(tbd|tk|todo|tbc|placeholder|campaign|source|medium|name)$/i.test(v)) report(u.start, u.end, 'templatedUtm', { param: k, value: v }, undefined, `Set ${k} to the campaign's real value.`);
  }
}
