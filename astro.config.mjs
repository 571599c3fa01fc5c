// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { CHAPTERS } from './src/lib/book/book.ts';
import { remarkHeadingIds } from './src/plugins/heading-ids.ts';
import { remarkAsOf } from './src/plugins/as-of.ts';
import { rehypeMathStrict } from './src/plugins/math-strict.ts';
import { remarkEquationNames, rehypeEquationNumbers } from './src/plugins/equations.ts';
import { rehypeSections } from './src/plugins/sections.ts';
import { rehypeBaseLinks } from './src/plugins/section-links.ts';
import { reading } from './src/plugins/reading-integration.ts';
import { links } from './src/plugins/links-integration.ts';
import { SITE, BASE } from './src/lib/book/site.ts';
import { siteAddress, noSitemap } from './src/plugins/site-integration.ts';
import { parityCheck } from './src/plugins/parity-integration.ts';
import { cspCompletion } from './src/plugins/csp-integration.ts';
import { offline } from './src/plugins/offline-integration.ts';
import { digits } from './src/plugins/digits-integration.ts';

export default defineConfig({
  // The public address (SITE_URL); a local build without it has none (docs/publishing.md).
  site: SITE,
  base: BASE,
  trailingSlash: 'always',
  security: {
    // A strict Content-Security-Policy (a <meta> tag with hashes on every page):
    // scripts only from this origin or hashed, no 'unsafe-inline' for scripts.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // KaTeX and Expressive Code position glyphs and colour tokens with style attributes.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // The training lab's worker imports TensorFlow.js backends on demand; only ES-module workers can code-split.
  // The Cite panel's chunk (citeproc-js and the CSL styles, 534 KB, loaded on the first click on "Cite"
  // only; docs/performance.md) is the one chunk over Vite's default 500 kB warning.
  vite: { worker: { format: 'es' }, build: { chunkSizeWarningLimit: 560 } },
  markdown: {
    // Code is highlighted by Starlight's Expressive Code (CSP-friendly); Astro's own Shiki pass is off.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkMath, remarkHeadingIds, remarkAsOf, remarkEquationNames],
      rehypePlugins: [rehypeEquationNumbers, [rehypeKatex, { strict: 'error' }], rehypeMathStrict, [rehypeBaseLinks, { base: BASE }], rehypeSections],
    }),
  },
  integrations: [
    siteAddress(),
    ...noSitemap(),
    // The training lab's digits: public/digits/digits-<hash>.bin.gz from the mnist package.
    digits(),
    parityCheck(),
    starlight({
      title: { en: 'Foundation Models: A Bilingual Book', 'zh-CN': '基础模型：双语读本' },
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        zh: { label: '简体中文', lang: 'zh-CN' },
      },
      markdown: { processedDirs: ['./content'] },
      // src/pages/404.astro: bilingual, with search.
      disable404Route: true,
      customCss: ['katex/dist/katex.min.css', './src/styles/book.css', './src/styles/reading.css'],
      components: {
        LanguageSelect: './src/overrides/LanguageSelect.astro',
        Search: './src/overrides/Search.astro',
        MarkdownContent: './src/overrides/MarkdownContent.astro',
        PageTitle: './src/overrides/PageTitle.astro',
        Head: './src/overrides/Head.astro',
        TableOfContents: './src/overrides/TableOfContents.astro',
        Footer: './src/overrides/Footer.astro',
        MobileTableOfContents: './src/overrides/MobileTableOfContents.astro',
      },
      sidebar: CHAPTERS.map((c) => ({
        label: c.number === null ? c.title.en : `${c.number}. ${c.title.en}`,
        translations: { 'zh-CN': c.number === null ? c.title.zh : `${c.number}. ${c.title.zh}` },
        slug: c.slug,
      })),
    }),
    reading(),
    links(),
    preact(),
    mdx(),
    cspCompletion(),
    // After the CSP completion: the offline lists hash the pages as served.
    offline(),
  ],
});
