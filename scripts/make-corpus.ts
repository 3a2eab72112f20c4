// CLI: write a deterministic synthetic corpus of seeds. Thin wrapper over makeCorpus.
// Usage: node scripts/make-corpus.ts --count N --out <dir> [--seed S] [--people <register.yaml>]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseRegister } from '../src/lib/ingest/people.ts';
import { makeCorpus } from '../src/lib/corpus.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    people: { type: 'string', default: 'src/data/people.yaml' },
  },
});
if (!values.out) {
  console.error('make-corpus: --out <dir> is required');
  process.exit(1);
}
const people = parseRegister(readFileSync(values.people, 'utf8'));
const seeds = makeCorpus({ count: Number(values.count), seed: Number(values.seed), people });
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
for (const old of readdirSync(out)) if (old.endsWith('.txt')) rmSync(join(out, old));
for (const s of seeds) writeFileSync(join(out, s.name), s.text);
console.log(`make-corpus: ${seeds.length} seeds → ${values.out}`);
