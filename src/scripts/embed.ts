/**
 * Browser glue of every embed page (an example's or an exercise's, `main[data-embed]`):
 * - the link back to the book carries the embed's parameters (not its theme);
 * - the embed tells its parent page its height (src/lib/embed.ts), at load and
 *   whenever it changes.
 */
import { heightMessage } from '../lib/embed';
import { searchWithout, withSearch } from '../lib/reading';

const main = document.querySelector<HTMLElement>('main[data-embed]');
const name = main?.dataset.embed;

const back = document.querySelector<HTMLAnchorElement>('a[data-embed-back]');
const carry = () => {
  if (back) back.href = withSearch(back.href, searchWithout(window.location.search, 'theme'));
};
carry();
back?.addEventListener('click', carry);
back?.addEventListener('focus', carry);

let last = -1;
const post = () => {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (!name || height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage(heightMessage(name, height), '*');
};
new ResizeObserver(post).observe(document.body);
window.addEventListener('load', post);
post();
