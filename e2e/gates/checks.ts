/**
 * The quality gates, as functions that return problems ("<page>: <rule>: <what>"),
 * so the same code checks every page and is shown to fail on a bad fixture.
 */
import type { Page, BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { shortEstimates, type Width } from '../../src/lib/book/section-estimate';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe on a page, run in the page itself (`axe.run`, "legacy mode"). The default mode runs each
 * frame's part and then `finishRun` in a new blank page, which cost 6–10 s per call on 2 busy
 * cores (measured 2026-12-06: 13.0 s against 3.8 s for an embed page, 14.8 s against 5.9 s for
 * /zh/society/), the same findings. What legacy mode cannot audit is a cross-origin frame, and the
 * site's pages have none.
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

export interface Watch {
  problems: string[];
  /** Call after the page settled: adds CSP violations recorded in the page. */
  finish(): Promise<string[]>;
}

/** Records console errors and warnings, page errors, failed and third-party requests, CSP violations. */
export async function watchPage(page: Page, label: string, origin: string): Promise<Watch> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${label}: console ${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (new URL(u).origin !== origin) problems.push(`${label}: request to another origin: ${u}`);
  });
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).origin === origin) problems.push(`${label}: failed request: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${label}: HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    problems,
    async finish() {
      const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
      return [...problems, ...csp.map((c) => `${label}: CSP violation: ${c}`)];
    },
  };
}

/** Renders every section skipped by `content-visibility: auto`, as a reader who scrolled the whole page sees it. */
export async function renderAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const e of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(e).contentVisibility === 'auto') e.style.setProperty('content-visibility', 'visible', 'important');
    }
  });
}

export async function axeProblems(page: Page, label: string, rules?: string[]): Promise<string[]> {
  // Everything laid out first, as a reader who scrolled the whole page sees it: axe scrolls each
  // element into view to read its colours, and skipped sections (content-visibility: auto) above
  // it would change height under it, so that it read another element's background. It also
  // checks the text of sections far below the fold, which are skipped until then.
  // (through the CSSOM, which the pages' CSP allows, unlike an injected <style>)
  await renderAll(page);
  const builder = axeOn(page).withTags(AXE_TAGS);
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${label}: axe ${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`),
  );
}

/** Sets Starlight's theme before the page's scripts run. */
export async function useTheme(context: BrowserContext | Page, theme: 'light' | 'dark') {
  await context.addInitScript((t) => {
    try {
      localStorage.setItem('starlight-theme', t);
    } catch {
      /* storage may be unavailable on some pages */
    }
  }, theme);
}

/**
 * At phone width: no horizontal page scroll; nothing sticks out of an example's
 * box (where it would be cut off or overlap the page) unless inside its own
 * scrolling or clipping container; tap targets of examples at least 24 px.
 */
export async function phoneProblems(page: Page, label: string): Promise<string[]> {
  return page.evaluate((label) => {
    const out: string[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) {
      // Name the widest element that sticks out.
      let worst: Element | null = null;
      let right = doc.clientWidth;
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (r.right > right + 1 && getComputedStyle(el).position !== 'fixed') {
          right = r.right;
          worst = el;
        }
      }
      const desc = worst ? `${worst.tagName.toLowerCase()}${worst.id ? '#' + worst.id : ''}.${[...worst.classList].join('.')}` : '?';
      out.push(`${label}: horizontal page scroll at ${doc.clientWidth}px (content ${doc.scrollWidth}px wide; widest: ${desc})`);
    }
    for (const fig of Array.from(document.querySelectorAll('figure[id^="example-"]'))) {
      const box = fig.getBoundingClientRect();
      if (box.width === 0) continue;
      for (const el of Array.from(fig.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.right <= box.right + 1) continue;
        let a = el.parentElement;
        let clipped = false;
        for (; a && a !== fig; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.overflowX !== 'visible' || /paint|content|strict/.test(cs.contain)) {
            clipped = true;
            break;
          }
        }
        if (clipped) continue;
        out.push(`${label}: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} sticks out of #${fig.id} by ${Math.round(r.right - box.right)}px`);
        break;
      }
    }
    for (const el of Array.from(document.querySelectorAll('figure[id^="example-"] :is(button, input, select, summary, [role="slider"])'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // hidden
      const small = (el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio' ? r.width < 16 || r.height < 16 : r.width < 24 || r.height < 24;
      if (small) out.push(`${label}: tap target smaller than 24px: ${el.tagName.toLowerCase()} "${(el as HTMLElement).innerText || el.getAttribute('aria-label') || el.id}" (${Math.round(r.width)}×${Math.round(r.height)})`);
    }
    return out;
  }, label);
}

/** Without JavaScript: text, rendered math, code and the examples' static results are present. */
export async function noJsProblems(page: Page, label: string, staticHtml: string): Promise<string[]> {
  const out: string[] = [];
  // One round trip, and no layout of the whole page (innerText would lay out every skipped section).
  const seen = await page.evaluate(() => {
    const main = document.querySelector('main');
    const clone = main?.cloneNode(true) as HTMLElement | undefined;
    clone?.querySelectorAll('code, pre, script, style').forEach((n) => n.remove());
    return {
      text: (main?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      prose: clone?.textContent ?? '',
      katex: document.querySelectorAll('.katex').length,
      figures: [...document.querySelectorAll('figure[id^="example-"]')].map((fig) => ({
        id: fig.id,
        // (outputs that only the reader's run fills, `data-until-run`, are left out, as in staticNoJsProblems)
        outputs: [...fig.querySelectorAll('output[data-result]:not([data-until-run])')].map((o) => ({ name: o.getAttribute('data-result'), value: o.getAttribute('data-value') })),
      })),
    };
  });
  if (seen.text.length < 40) out.push(`${label}: no-JS: the main text is missing`);
  if (staticHtml.includes('class="katex') && seen.katex === 0) out.push(`${label}: no-JS: math is missing`);
  if (/\$\$/.test(seen.prose)) out.push(`${label}: no-JS: raw $$ left in the text`);
  if (staticHtml.includes('class="expressive-code')) {
    if (!(await page.locator('.expressive-code pre').first().isVisible().catch(() => false))) out.push(`${label}: no-JS: code is not visible`);
  }
  for (const fig of seen.figures) {
    if (fig.outputs.length === 0) out.push(`${label}: no-JS: ${fig.id} shows no static result`);
    for (const o of fig.outputs) {
      if (o.value === null || o.value === '' || /NaN/.test(o.value)) out.push(`${label}: no-JS: ${fig.id} output ${o.name} has no value`);
    }
  }
  return out;
}

/** The page's main text without code (quotes of TeX source in code are fine). */
export async function proseText(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const main = document.querySelector('main');
      if (!main) return '';
      const clone = main.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('code, pre, script, style').forEach((n) => n.remove());
      return clone.textContent ?? '';
    })
    .catch(() => '');
}

/**
 * The axe rules that depend on the theme's colours: the dark-theme pass runs only
 * these (the other rules see the same DOM in both themes, and axe over a long
 * chapter takes tens of seconds on two cores).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Sections whose estimated height is shorter than what they hold: the build gives each section
 * and subsection its size while skipped (`--est-desktop`, `--est-phone`, src/lib/book/section-estimate.ts),
 * and a section counted shorter than its content lets it overlap what follows for anything that
 * measures the page unrendered (Lighthouse's axe once called the exercises "obscured"). Call it
 * with every section rendered (after `axeProblems`), at the width of the figure checked: 1280 px
 * for `desktop`, 360 px (the narrowest the site supports) for `phone`.
 */
export async function estimateProblems(page: Page, label: string, width: Width): Promise<string[]> {
  const sections = await page.evaluate(
    (prop) =>
      // The chapter's sections as the stylesheet skips them (src/styles/book.css), not the parallel view's
      // (whose narrower columns never count with an estimate).
      [...document.querySelectorAll<HTMLElement>('.sl-markdown-content > section.book-section[data-section], .sl-markdown-content > .book-section > section.book-subsection[data-section]')].map((s) => ({
        id: s.dataset.section ?? '?',
        estimate: parseFloat(s.style.getPropertyValue(prop)),
        height: s.getBoundingClientRect().height,
      })),
    `--est-${width}`,
  );
  return shortEstimates(sections, label, width);
}
