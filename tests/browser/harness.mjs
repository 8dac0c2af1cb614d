// Starts the `wallet` preview on a free port with a fresh data folder, and Debian's Chromium headless.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..', '..');
const walletBin = process.env.WALLET_BIN ?? join(root, 'target', 'debug', 'wallet');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts `wallet --port 0` and resolves with its URL once it prints it. */
export async function startPreview() {
  const dataDir = mkdtempSync(join(tmpdir(), 'wallet-preview-'));
  const child = spawn(walletBin, ['--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`wallet printed no URL in 20 s:\n${output}`)), 20_000);
    const read = (chunk) => {
      output += chunk;
      const found = output.match(/Wallet preview: (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) {
        clearTimeout(timer);
        resolvePromise(found[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', (error) => reject(new Error(`cannot start ${walletBin}: ${error.message}`)));
    child.on('exit', (code) => reject(new Error(`wallet exited with ${code} before serving:\n${output}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGINT');
      await new Promise((done) => {
        if (child.exitCode !== null) return done();
        const timer = setTimeout(() => { child.kill('SIGKILL'); done(); }, 5_000);
        child.on('exit', () => { clearTimeout(timer); done(); });
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs (and any `extraArgs`). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * For a test file: a preview and a browser for all its tests, started before and stopped after them.
 * `chromiumArgs` adds flags, e.g. Chromium's fake camera.
 */
export function usePreviewAndBrowser({ chromiumArgs = [] } = {}) {
  const running = {};
  before(async () => {
    running.preview = await startPreview();
    running.browser = await launchChromium(chromiumArgs);
  });
  after(async () => {
    await running.browser?.close();
    await running.preview?.stop();
  });
  return running;
}

/**
 * A new page in Russian on the preview, with its first phone and the script errors and console errors it logs (a
 * test asserts there are none). `contextOptions` go to the browser's context: a viewport, permissions, ….
 */
export async function openPhone(running, contextOptions = {}) {
  const context = await running.browser.newContext({ locale: 'ru-RU', ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico (the preview has none) is not the page's doing.
    const url = message.location().url ?? '';
    if (message.type() === 'error' && !url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()} (${url})`);
  });
  await page.goto(running.preview.url);
  return { context, page, errors, phone: page.locator('[data-phone="a"]') };
}
