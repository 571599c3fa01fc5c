/**
 * Starts `astro preview` (the built site in dist/) on a port for the benchmark and
 * audit scripts, and stops it. Refuses a port that already answers: it would measure
 * somebody else's server. Resolves once `ready` (a path) answers 200.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

export async function startPreview(port: number, ready = '/'): Promise<{ url: string; stop: () => void }> {
  const url = `http://127.0.0.1:${port}`;
  const inUse = await fetch(url + '/').then(
    () => true,
    () => false,
  );
  if (inUse) throw new Error(`port ${port} is already in use: choose another one`);
  const child: ChildProcess = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; ; i++) {
    if (i === 120) {
      stop();
      throw new Error(`astro preview did not start on port ${port}:\n${log}`);
    }
    try {
      const r = await fetch(url + ready);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, stop };
}

/** Lighthouse launches Chromium itself (chrome-launcher), headless, with the project's flags. */
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
export { CHROMIUM };
