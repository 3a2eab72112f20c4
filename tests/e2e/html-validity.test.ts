// Every HTML page of the built site is valid per html-validate, with the project's .htmlvalidate.json.
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distHtmlFiles, urlPathOf } from '../e2e-support/paths.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = distHtmlFiles();

const describeMessage = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

describe('html-validate', () => {
  it('has pages to check', () => {
    expect(pages.length, 'HTML files in dist/').toBeGreaterThan(10);
  });

  it.each(pages.map((file) => [urlPathOf(file), file]))('%s is valid HTML', async (path, file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((r) => r.messages);
    expect(messages.map(describeMessage), `${path} (${file})`).toEqual([]);
  });

  it('reports invalid markup (so a clean result above means something)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="vi"><title>x</title><p><div></p>', 'probe.html');
    expect(report.valid).toBe(false);
  });
});
