/**
 * The print edition as a handout: with `?handout=<ids>` (src/lib/course/handout.ts), only the chosen
 * chapters, sections, examples and exercises stay visible (each under its chapter's title), the
 * contents are hidden and the cover carries the course title (`&title=`, shown as text). Without the
 * parameter the page is the whole book, as before. The handout keeps the book's order.
 */
import { handoutIds, toHide } from '../lib/course/handout';

const ids = handoutIds(location.search);
const book = document.querySelector<HTMLElement>('.print-book');
if (ids && book) {
  const keep = new Set<Element>();
  for (const id of ids) {
    const el =
      document.getElementById(`chapter-${id}`)?.closest('article') ??
      document.querySelector(`section[data-section="${CSS.escape(id)}"]`) ??
      document.getElementById(id);
    if (el) keep.add(el);
  }
  const hide = (el: Element) => ((el as HTMLElement).style.display = 'none');
  const chapters = [...book.querySelectorAll('article.print-chapter')];
  const tree = {
    children: (n: Element) => [...n.children],
    contains: (a: Element, b: Element) => a.contains(b),
    isTitle: (n: Element) => n.classList.contains('print-chapter-title'),
  };
  for (const el of toHide(chapters, keep, tree)) hide(el);
  const toc = book.querySelector('.print-toc');
  if (toc) hide(toc);
  const title = new URLSearchParams(location.search).get('title')?.trim().slice(0, 200);
  const cover = book.querySelector('.print-cover');
  if (title && cover) {
    const p = document.createElement('p');
    p.className = 'print-handout-title';
    p.textContent = title;
    cover.prepend(p);
    document.title = `${title} · ${document.title}`;
  }
  book.dataset.handout = String(keep.size);
}
