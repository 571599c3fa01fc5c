/**
 * Each gate can fail: a bad fixture page (served on the site's own origin) with
 * an external image, an unlabelled button, an inline script outside the CSP, a
 * console error, a broken link and fragment, a page wider than a phone, content
 * wider than its example and an example without a static result is reported by every gate, naming the page,
 * the element or request and the rule.
 */
import { test, expect } from '@playwright/test';
import { axeProblems, COLOUR_RULES, noJsProblems, phoneProblems, watchPage } from './gates/checks';
import { linkProblems } from './gates/links';
import { sampleGaps, staticA11yProblems, staticNoJsProblems } from './gates/static';

const FIXTURE = '/__gate-fixture__/';
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; img-src 'self'; script-src 'self';">
<title>Bad fixture</title></head><body><main>
<h1>Bad fixture</h1>
<p>Enough text for the no-JavaScript text check to pass on its own, so only the other rules fire.</p>
<img src="https://cdn.example.invalid/tracker.png" alt="tracker">
<button></button>
<p><input type="image" src="/favicon.svg" width="10" height="10" alt="tiny one"><input type="image" src="/favicon.svg" width="10" height="10" alt="tiny two"></p>
<p><font class="faint" color="#aaaaaa">faint text, too little contrast</font></p>
<a href="/en/math/#no-such-section">a broken fragment</a> <a href="/en/no-such-page/">a broken link</a>
<img src="/favicon.svg" width="900" height="20" alt="too wide for a phone">
<figure id="example-bad"><figcaption>An example without a result</figcaption><img class="too-wide" src="/favicon.svg" width="500" height="10" alt="wider than its example"></figure>
<script>console.error('boom')</script>
</main></body></html>`;

test('every gate reports the bad fixture', async ({ page, baseURL, browser }) => {
  const origin = new URL(baseURL!).origin;
  await page.route(`**${FIXTURE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const watch = await watchPage(page, FIXTURE, origin);
  await page.goto(FIXTURE);
  await page.waitForTimeout(500);
  const runtime = await watch.finish();
  expect(runtime.some((p) => p.includes('request to another origin: https://cdn.example.invalid/tracker.png'))).toBe(true);
  expect(runtime.some((p) => p.includes('CSP violation: script-src-elem blocked inline'))).toBe(true);

  const axe = await axeProblems(page, FIXTURE);
  expect(axe.some((p) => p.includes('axe button-name') && p.includes('button'))).toBe(true);
  expect(axe.some((p) => p.includes('axe target-size'))).toBe(true); // WCAG 2.2 AA: two 10 px buttons side by side
  // The dark-theme pass runs only the colour rules: it still reports the contrast, and only that.
  const colours = await axeProblems(page, FIXTURE, COLOUR_RULES);
  expect(colours.some((p) => p.includes('axe color-contrast (serious): font —'))).toBe(true);
  expect(colours.every((p) => p.includes('axe color-contrast') || p.includes('axe link-in-text-block'))).toBe(true);

  const links = linkProblems(FIXTURE, html, 'https://site.invalid');
  expect(links).toContain(`${FIXTURE}: link /en/math/#no-such-section points to a missing #no-such-section`);
  expect(links).toContain(`${FIXTURE}: broken link <a> /en/no-such-page/`);
  expect(links).toContain(`${FIXTURE}: <img> loads from another origin: https://cdn.example.invalid/tracker.png`);

  // As the gates do: the same page, resized to a phone's width.
  await page.setViewportSize({ width: 360, height: 740 });
  const narrow = await phoneProblems(page, FIXTURE);
  expect(narrow.some((p) => p.includes('horizontal page scroll at 360px') && p.includes('img'))).toBe(true);
  expect(narrow.some((p) => p.startsWith(`${FIXTURE}: img.too-wide sticks out of #example-bad by `))).toBe(true);

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p3 = await noJs.newPage();
  await p3.route(`**${FIXTURE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await p3.goto(`${baseURL}${FIXTURE}`);
  expect(await noJsProblems(p3, FIXTURE, html)).toContain(`${FIXTURE}: no-JS: example-bad shows no static result`);
  await noJs.close();
  // The same, read from the HTML (the gate over every page).
  expect(staticNoJsProblems(FIXTURE, html)).toContain(`${FIXTURE}: no-JS: example-bad shows no static result`);
  expect(staticNoJsProblems(FIXTURE, html.replace('</figure>', '<output data-result="r" data-value="NaN"></output></figure>'))).toContain(`${FIXTURE}: no-JS: example-bad output r has no value`);
  // An output a run fills may be empty (data-until-run), but not every output of a figure.
  expect(staticNoJsProblems(FIXTURE, html.replace('</figure>', '<output data-result="r" data-value="" data-until-run="true"></output></figure>'))).toContain(`${FIXTURE}: no-JS: example-bad shows no static result`);
  expect(staticNoJsProblems(FIXTURE, html.replace('</figure>', '<output data-result="s" data-value="idle"></output><output data-result="r" data-value="" data-until-run="true"></output></figure>'))).not.toContain(`${FIXTURE}: no-JS: example-bad output r has no value`);
  expect(staticNoJsProblems(FIXTURE, '<main><p>$$x$$ and enough text for the length check to pass on its own.</p></main>')).toContain(`${FIXTURE}: no-JS: raw $$ left in the text`);
  expect(staticNoJsProblems(FIXTURE, '<main><p>Some text here, long enough.</p><code>$$x$$</code> quoted TeX in code is fine</main>')).toEqual([]);
  // axe's structural rules, read from the HTML of every page: the fixture's nameless button, and
  // what a chapter's own text could add (an image without alt, a nameless link, an unlabelled input,
  // a repeated id, a frame without a title, a page without lang).
  const bad = html.replace('<html lang="en">', '<html>').replace('</main>', '<img src="/favicon.svg"><a href="/en/"></a><input id="lonely"><p id="twice"></p><p id="twice"></p><iframe src="/en/"></iframe></main>');
  expect(staticA11yProblems(FIXTURE, bad)).toEqual([
    `${FIXTURE}: html-has-lang: <html> has no lang`,
    `${FIXTURE}: duplicate-id: #twice ×2`,
    `${FIXTURE}: image-alt: <img src="/favicon.svg"> has no alt`,
    `${FIXTURE}: link-name: <a href="/en/"> has no name`,
    `${FIXTURE}: button-name: a <button> has no name`,
    `${FIXTURE}: label: <input id="lonely"> has no label`,
    `${FIXTURE}: frame-title: an <iframe> has no title`,
  ]);
  // Named by aria-label, a <label for>, an enclosing <label>, an image's alt: nothing to report.
  expect(staticA11yProblems(FIXTURE, '<html lang="en"><body><main><button aria-label="Close"></button><label for="a">A</label><input id="a"><label>B <select></select></label><a href="/"><img src="/x.svg" alt="Home"></a><input type="hidden"></main></body></html>')).toEqual([]);
  // A class that only a page outside the browser sample uses is named, with that page.
  const pagesHtml: Record<string, string> = { '/a/': '<main><p class="para">a</p></main>', '/b/': '<main><p class="para new-block">b</p></main>' };
  expect(sampleGaps(['/a/'], ['/a/', '/b/'], (p) => pagesHtml[p]!)).toEqual(['.new-block (first on /b/)']);
  expect(sampleGaps(['/a/', '/b/'], ['/a/', '/b/'], (p) => pagesHtml[p]!)).toEqual([]);
});
