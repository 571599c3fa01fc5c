/**
 * The instructors' page: its snippets show https://YOUR-HOST in the static HTML;
 * put this site's own origin in its place (as text: nothing is parsed as HTML).
 */
import { SNIPPET_HOST } from '../lib/book/instructors';

for (const el of document.querySelectorAll<HTMLElement>('[data-host-text]')) {
  const text = el.textContent ?? '';
  if (text.includes(SNIPPET_HOST)) el.textContent = text.split(SNIPPET_HOST).join(window.location.origin);
}
