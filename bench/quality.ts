/**
 * `npm run quality`: leak % by kind and by shape and safe-kept % on the development corpus, and
 * caught / spared % on the peer vectors. `--leaks` lists what leaked (values are synthetic).
 */
import { createRedactor } from '../src/index.js';
import { loadCorpus, loadPeerVectors, pct, scoreCorpus, scorePeers, type Tally } from './score.js';

const redactor = createRedactor({ onFailure: () => {} });
const corpus = scoreCorpus(loadCorpus(), (v) => redactor.redact(v));
const peers = scorePeers(loadPeerVectors(), (s) => redactor.redactString(s));

const table = (title: string, rows: Record<string, Tally>): void => {
  console.log(`\n| ${title} | PHI strings | leaked | leak % |\n| --- | ---: | ---: | ---: |`);
  for (const [k, t] of Object.entries(rows).sort((a, b) => b[1].total - a[1].total)) {
    console.log(`| ${k} | ${t.total} | ${t.bad} | ${pct(t.bad, t.total)} |`);
  }
};

console.log(`## Development corpus (${loadCorpus().length} cases)`);
console.log(`\nOverall PHI leak: ${corpus.phiLeaked}/${corpus.phiTotal} = ${pct(corpus.phiLeaked, corpus.phiTotal)}`);
console.log(`Safe strings kept: ${corpus.safeKept}/${corpus.safeTotal} = ${pct(corpus.safeKept, corpus.safeTotal)}`);
table('kind', corpus.byKind);
table('shape', corpus.byShape);
console.log(`\n## Peer vectors (disputed aside)`);
console.log(`\ndetect caught: ${peers.detect.total - peers.detect.bad}/${peers.detect.total} = ${pct(peers.detect.total - peers.detect.bad, peers.detect.total)}`);
console.log(`ignore spared: ${peers.ignore.total - peers.ignore.bad}/${peers.ignore.total} = ${pct(peers.ignore.total - peers.ignore.bad, peers.ignore.total)}`);
if (process.argv.includes('--leaks')) {
  console.log('\n## Leaks');
  for (const l of corpus.leaks) console.log(`${l.id}\t${l.kind}\t${JSON.stringify(l.value)}`);
  console.log('\n## Safe strings lost');
  for (const l of corpus.lost) console.log(`${l.id}\t${JSON.stringify(l.value)}`);
  console.log('\n## Peer detect missed');
  for (const v of peers.detect.missed) console.log(`${v.source}\t${v.kind}\t${JSON.stringify(v.input)}`);
  console.log('\n## Peer ignore touched');
  for (const v of peers.ignore.touched) console.log(`${v.source}\t${v.kind}\t${JSON.stringify(v.input)} -> ${JSON.stringify(redactor.redactString(v.input))}`);
}
