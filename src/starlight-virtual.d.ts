/**
 * Types of the two Starlight virtual modules that src/overrides/Search.astro (a copy of
 * Starlight's search component) imports; Starlight does not publish them. Shapes from
 * @astrojs/starlight/dist/integrations/vite-virtual-modules.js (0.42).
 */
declare module 'virtual:starlight/project-context' {
  const project: { build: { format: 'file' | 'directory' | 'preserve' }; root: URL; srcDir: URL; trailingSlash: 'always' | 'never' | 'ignore' };
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
