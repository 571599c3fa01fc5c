/**
 * Page-load part of "Cite this section": one delegated click listener. The
 * panel and the formatter (src/scripts/cite-panel.ts) load on the first click.
 */
document.addEventListener('click', (e) => {
  const btn = (e.target as Element | null)?.closest?.('button.cite-btn');
  if (!(btn instanceof HTMLButtonElement)) return;
  void import('./cite-panel').then((m) => m.toggleCite(btn));
});
