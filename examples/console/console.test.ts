/**
 * The console page in a real Chromium (Playwright, Debian's /usr/bin/chromium or CHROMIUM_PATH):
 * built with esbuild, served by build.mjs, driven as a user drives it. Takes a screenshot into
 * reports/examples/console.png (untracked).
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCsr } from 'certkit/x509';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without a type file
import { buildConsole, serveConsole } from './build.mjs';

const SCREENSHOT = new URL('../../reports/examples/console.png', import.meta.url);
let server: Server;
let browser: Browser;
let page: Page;
const requests: { method: string; url: string; body: string | null }[] = [];

beforeAll(async () => {
  const result = await buildConsole();
  expect(result.warnings).toEqual([]);
  server = await serveConsole(0);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.on('request', (request) =>
    requests.push({ method: request.method(), url: request.url(), body: request.postData() }),
  );
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function typeDomains(text: string): Promise<void> {
  await page.fill('#domains', '');
  await page.type('#domains', text);
}

describe('the console page', () => {
  it('offers the catalog’s products and checks names as the user types, with gifts (GIFT-01)', async () => {
    expect(await page.locator('#brand option').allTextContents()).toContain('TrustAsia');
    await page.selectOption('#brand', 'TrustAsia');
    await page.selectOption('#type', 'DV');
    await page.selectOption('#domainType', 'wildcard');
    await typeDomains('*.Shop.Example.com');
    await expect.poll(() => page.textContent('#verdict')).toBe('These names can go on the certificate.');
    expect(await page.textContent('#bound')).toBe('*.shop.example.com, shop.example.com');
    expect(await page.textContent('#gifted')).toBe('shop.example.com');
    expect(await page.isEnabled('#generate')).toBe(true);
  });

  it('shows a refusal with its rule in English and Chinese, and disables the CSR (DOM-04)', async () => {
    await page.selectOption('#domainType', 'single');
    await typeDomains('shop.example.ru');
    await expect.poll(() => page.getAttribute('#verdict', 'class')).toBe('refused');
    const item = page.locator('#issues li').first();
    expect(await item.getAttribute('data-rule')).toBe('DOM-04');
    expect(await item.textContent()).toContain('.ru');
    expect(await item.locator('.zh').textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.isEnabled('#generate')).toBe(false);
  });

  it('generates the key and CSR in the page; the CSR names the bound domains and no request carries the key', async () => {
    await typeDomains('www.example.com');
    await expect.poll(() => page.isEnabled('#generate')).toBe(true);
    const before = requests.length;
    await page.click('#generate');
    await page.waitForSelector('#csr:not([hidden])');
    const pem = (await page.textContent('#csr')) ?? '';
    const csr = await parseCsr(pem);
    expect(csr.domains).toEqual(['www.example.com', 'example.com']);
    expect(csr.signatureValid).toBe(true);
    expect(await page.getAttribute('#save-key', 'href')).toMatch(/^blob:/);
    // Only the page and its script were ever fetched, and nothing since the key was made.
    expect(requests.slice(before)).toEqual([]);
    expect(requests.every((request) => request.method === 'GET' && request.body === null)).toBe(true);
    expect(requests.map((request) => new URL(request.url).pathname).sort()).toEqual(['/', '/dist/app.js']);

    mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT.pathname, fullPage: true });
    const png = readFileSync(SCREENSHOT);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });
});
