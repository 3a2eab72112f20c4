// Chromium for the end-to-end files: one browser per file, a page per check, and what a page reported
// going wrong (console errors, uncaught exceptions, CSP violations, failed or 4xx/5xx requests).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath, RESULTS } from './paths.ts';

/** Launch headless Chromium (Playwright gives it a fresh temporary profile each time). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Launch Chromium before the calling file's tests and close it after them; returns the browser's getter. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() at the top level of a test file');
    return browser;
  };
}

/** A page with the problems it reported, in the order they came. */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

/** Options for a new browser context. */
export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  /** Load axe-core into every document of the context, for pages checked one after another. */
  withAxe?: boolean;
}

/** A new page (1280×800, light mode unless told) whose problems are recorded from now on. */
export async function newWatchedPage(browser: Browser, { colorScheme = 'light', withAxe = false }: PageOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', colorScheme });
  // Fail a wait within 10 s, with Playwright's message, well before the test's own timeout.
  context.setDefaultTimeout(10_000);
  if (withAxe) await context.addInitScript({ content: axe.source });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}

/**
 * Go to `path` of the site at `origin` and wait for the page to load, web fonts included (they load after
 * the `load` event; leaving before they arrive aborts them); a non-200 answer is a problem.
 */
export async function visit(watched: WatchedPage, origin: string, path: string): Promise<void> {
  const response = await watched.page.goto(origin + path, { waitUntil: 'load' });
  if (!response || response.status() !== 200) watched.problems.push(`HTTP ${response?.status()} for the page itself`);
  await watched.page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Open `path` of the site at `origin` in a new page and wait for it to load. */
export async function openPage(browser: Browser, origin: string, path: string, options: PageOptions = {}): Promise<WatchedPage> {
  const watched = await newWatchedPage(browser, options);
  await visit(watched, origin, path);
  return watched;
}

/** Close a page together with its browser context. */
export async function closePage({ page }: WatchedPage): Promise<void> {
  await page.context().close();
}

/** One axe-core violation, reduced to what a reader of a failed test needs. */
export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Run axe-core (WCAG 2.x A/AA and best practices) in the page and return its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's own Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Readable lines for a failed accessibility assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`).join('\n');
}

/** Save a full-page screenshot as test-results/<name>.png and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
