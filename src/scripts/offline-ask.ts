/**
 * Asks the service worker of offline reading (src/plugins/offline-sw.ts) what it holds: its
 * version of the site and the state of each edition's copy. Undefined when no worker controls
 * the page, or when it does not answer within `waitMs` (a worker older than this question).
 */
import { parseStateReply, STATE_REQUEST, type StateReply } from '../lib/book/offline-state';

export function askWorker(waitMs = 3000): Promise<StateReply | undefined> {
  const worker = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : undefined;
  if (!worker) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), waitMs);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      resolve(parseStateReply(e.data));
    };
    worker.postMessage({ type: STATE_REQUEST }, [channel.port2]);
  });
}
