/**
 * The printable sheet and its solutions for the seed in the URL (`?ex.seed=<n>`):
 * recomputes the numbers of every numeric exercise (and, on the solutions page,
 * the worked solutions). Text only: nothing from the URL is inserted as HTML
 * (KaTeX renders our own TeX).
 */
import { PAGES_UI } from '../components/exercise-pages';
import { EX_UI } from '../lib/exercises/messages';
import { answerString, fillPrompt, paramsFor, solutionTex } from '../lib/exercises/registry';
import { DEFAULT_SEED, seedFromSearch } from '../lib/exercises/seed';
import { isNumericKind } from '../lib/exercises/types';

const lang = document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
const r = seedFromSearch(window.location.search);
const errorEl = document.querySelector<HTMLElement>('[data-sheet-seed-error]');
if (r.error && errorEl) {
  errorEl.textContent = EX_UI[lang].seedError(r);
  errorEl.hidden = false;
}
if (r.seed !== DEFAULT_SEED) {
  const note = document.querySelector<HTMLElement>('[data-sheet-seed]');
  if (note) note.textContent = PAGES_UI[lang].seedNote(String(r.seed));
  const render = document.querySelector('[data-sheet-tex]') ? import('../lib/maths/tex').then((m) => m.renderTex) : null;
  for (const el of document.querySelectorAll<HTMLElement>('article[data-sheet]')) {
    const kind = el.dataset.kind ?? '';
    if (!isNumericKind(kind)) continue;
    let settings: Record<string, unknown> = {};
    try {
      settings = JSON.parse(el.dataset.settings ?? '{}') as Record<string, unknown>;
    } catch {
      /* our own attribute: never malformed */
    }
    const tolerance = el.dataset.tolerance === undefined ? undefined : Number(el.dataset.tolerance);
    const params = paramsFor({ id: el.dataset.sheet!, kind, settings, tolerance }, r.seed);
    const prompt = el.querySelector<HTMLElement>('[data-sheet-prompt]');
    if (prompt) prompt.textContent = fillPrompt(el.dataset.prompt ?? '', params);
    const answer = el.querySelector<HTMLElement>('[data-sheet-answer]');
    if (answer) answer.textContent = answerString(kind, params);
    const tex = el.querySelector<HTMLElement>('[data-sheet-tex]');
    if (tex && render) {
      void render.then((f) => {
        tex.innerHTML = solutionTex(kind, params)
          .map((t) => `<div class="exercise-tex-line">${f(t, true)}</div>`)
          .join('');
      });
    }
  }
}
