// Writes docs/rules.md from the rules' own meta (what `postlint rules <id>` prints), so the
// reference never drifts from the code. `npm run docs`; test/docs.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import { rulesReference } from '../dist/src/commands/rules-doc.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), await rulesReference());
console.log('wrote docs/rules.md');
