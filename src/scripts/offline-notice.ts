/**
 * On every page of an edition (src/overrides/Footer.astro, which holds the notice's text): when
 * the edition is saved for offline reading but its copy is of an older version (an update that
 * has not finished), shows the notice. Loaded by the footer only when a service worker controls
 * the page, so a reader who never saved loads nothing of it.
 */
import { askWorker } from './offline-ask';

const el = document.querySelector<HTMLElement>('[data-offline-notice]');
const lang = el?.dataset.lang;
if (el && (lang === 'en' || lang === 'zh') && navigator.serviceWorker?.controller) {
  void askWorker().then((reply) => {
    if (reply?.editions[lang] !== 'older') return;
    el.hidden = false;
  });
}
