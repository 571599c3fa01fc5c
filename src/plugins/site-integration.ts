/**
 * The public address (src/lib/book/site.ts): a build without SITE_URL prints one
 * warning saying how to set it, and keeps Starlight from adding the sitemap,
 * which needs an absolute address (it would only warn and write nothing).
 */
import type { AstroIntegration } from 'astro';
import { SITE, siteWarning } from '../lib/book/site';

export function siteAddress(): AstroIntegration {
  return {
    name: 'book-site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const w = siteWarning(SITE);
        if (w) logger.warn(w);
      },
    },
  };
}

/**
 * In a local build: an integration under the sitemap's name that does nothing, so that
 * Starlight (which adds @astrojs/sitemap when no integration of that name is present)
 * adds none. With SITE_URL there is none of it and Starlight adds the real sitemap.
 */
export function noSitemap(): AstroIntegration[] {
  return SITE ? [] : [{ name: '@astrojs/sitemap', hooks: {} }];
}
