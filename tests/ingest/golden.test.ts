// Golden fixtures: realistic articles the seeds do not contain (tests/fixtures/articles/<case>.txt), each
// beside the entry and body it must give (<case>.json). Regenerate with `UPDATE=1 npx vitest run
// tests/ingest/golden.test.ts` and review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexRegister, ingestSeed, parseRegister } from '../../src/lib/ingest/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'tests/fixtures/articles');
const register = indexRegister(parseRegister(readFileSync(join(ROOT, 'src/data/people.yaml'), 'utf8')));
const cases = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe.each(cases)('%s', (file) => {
  it('gives the entry and body of its golden file', () => {
    const r = ingestSeed(file, new Uint8Array(readFileSync(join(DIR, file))), register, { today: '2026-11-23' });
    const got = { entry: r.entry, errors: r.errors, warnings: r.warnings, body: r.body.split('\n') };
    const golden = join(DIR, file.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE) writeFileSync(golden, JSON.stringify(got, null, 2) + '\n');
    expect(existsSync(golden), `${golden} is missing: run with UPDATE=1 and review it`).toBe(true);
    expect(got).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
