// The built-in rules. Each entry loads its module on demand; modules import their heavy
// libraries (dictionaries, twitter-text, the link checker) inside the rule, not here.
import type { Rule } from '../src/engine/rule.js';

type Loader = () => Promise<{ default: Rule }>;

export const BUILTIN_RULES: Record<string, Loader> = {
  'front-matter': () => import('./front-matter.js'),
  'broken-links': () => import('./broken-links.js'),
  placeholder: () => import('./placeholder.js'),
  length: () => import('./length.js'),
  mention: () => import('./mention.js'),
  hashtags: () => import('./hashtags.js'),
  media: () => import('./media.js'),
  schedule: () => import('./schedule.js'),
  freeze: () => import('./freeze.js'),
  approval: () => import('./approval.js'),
  disclosure: () => import('./disclosure.js'),
  'wrong-account': () => import('./wrong-account.js'),
  tone: () => import('./tone.js'),
  spelling: () => import('./spelling.js'),
  'tragedy-promo': () => import('./tragedy-promo.js'),
  'hashtag-hijack': () => import('./hashtag-hijack.js'),
  'risky-topic': () => import('./risky-topic.js'),
};
