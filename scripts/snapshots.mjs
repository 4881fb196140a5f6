// `npm run build` step: the spelling rule's precompiled structures (src/spell/snapshot.ts) written into
// dist/snapshots/, which the package ships: the word frequencies and the trie suggestions walk, the rule's data
// file and the hash indexes of the English word files. A run whose key matches (same Node.js version, same
// dependency versions and data) reads them instead of building them, with or without --no-cache.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'snapshots');
const mod = (p) => import(pathToFileURL(join(root, 'dist', 'src', p)).href);
const snap = await mod('spell/snapshot.js');
rmSync(out, { recursive: true, force: true });
snap.useShippedFolder(undefined);
snap.useSnapshotFolder(out);
const { spellingData } = await mod('spell/data.js');
const { frequency, frequentNear } = await mod('spell/frequency.js');
const { englishVocabulary, names, terms } = await mod('spell/vocabulary.js');
spellingData();
frequency('the');
frequentNear('teh');
// Past the look-ups after which each word file is indexed (vocabulary.ts INDEX_AFTER).
const en = [englishVocabulary('en-US'), englishVocabulary('en-GB')];
for (let i = 0; i < 5000; i++) {
  for (const v of en) v.has(`Zz${i}`);
  names().has(`Zz${i}`);
  terms().has(`zz${i}`);
}
const made = [...snap.snapshotEvents].filter(([, e]) => e === 'built').map(([n]) => n);
console.log(`snapshots: ${made.sort().join(', ')} -> dist/snapshots`);
