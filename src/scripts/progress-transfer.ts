/**
 * The "Move your progress" panel (src/components/ProgressTransfer.astro): shows the
 * reader's progress code, copies it, imports a pasted one. Everything shown is set
 * as text; a pasted code is only ever read by `decodeProgress` (strict, bounded).
 */
import { loadProgress, onProgress, readProgress } from '../lib/exercises/progress';
import { TRANSFER_TEXT, decodeProgress, encodeProgress, importProgress } from '../lib/exercises/transfer';
import { toLang } from '../lib/book/i18n';

export function setupProgressTransfer(root: HTMLElement): void {
  const T = TRANSFER_TEXT[toLang(document.documentElement.lang)];
  const controls = root.querySelector<HTMLElement>('[data-progress-transfer-controls]');
  const out = root.querySelector<HTMLTextAreaElement>('[data-progress-code]');
  const paste = root.querySelector<HTMLTextAreaElement>('[data-progress-paste]');
  const copy = root.querySelector<HTMLButtonElement>('[data-progress-copy]');
  const importButton = root.querySelector<HTMLButtonElement>('[data-progress-import]');
  const status = root.querySelector<HTMLElement>('[data-progress-transfer-status]');
  if (!controls || !out || !paste || !copy || !importButton || !status) return;
  // No storage here (an opaque origin, storage blocked): nothing to move; the exercises say so when checked.
  if (readProgress() === null) return;
  const known = new Set((root.dataset.known ?? '').split(' ').filter(Boolean));

  const say = (text: string, error = false) => {
    status.textContent = text;
    status.dataset.state = error ? 'error' : 'ok';
  };
  const show = () => {
    out.value = encodeProgress(loadProgress());
  };
  show();
  onProgress(show);

  copy.addEventListener('click', () => {
    out.focus();
    out.select();
    const manual = () => say(T.copyManual);
    // In a cross-origin iframe the clipboard may be refused (Permissions Policy): the code stays selected.
    if (!navigator.clipboard?.writeText) return manual();
    navigator.clipboard.writeText(out.value).then(() => say(T.copied), manual);
  });
  importButton.addEventListener('click', () => {
    const decoded = decodeProgress(paste.value);
    if (!decoded.ok) return say(T.errors[decoded.error], true);
    const r = importProgress(decoded.progress, known.size ? known : undefined);
    if (r.result !== 'saved') return say(T.saveFailed[r.result], true);
    paste.value = '';
    say(r.changed ? T.imported(r.changed, r.ignored) : T.nothingNew(r.ignored));
  });

  controls.hidden = false;
  root.hidden = false;
}
