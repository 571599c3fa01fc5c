/** Request-local values the book's components read (see src/components/lang.ts). */
declare namespace App {
  interface Locals {
    /** The edition the components render in, when a page renders another edition than its own (parallel view, embeds). */
    bookLang?: import('./lib/book/book').Lang;
  }
}
