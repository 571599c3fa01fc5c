/**
 * A form control as text until its island has hydrated.
 *
 * Why: when a page has loaded, Chromium's form handling checks every text field,
 * select, checkbox and radio button of the document, and one inside a section that
 * `content-visibility` skips makes the browser lay that section out, one section
 * after another, in one long task (700–850 ms under a 4× CPU throttle on chapter 4;
 * docs/performance.md, "Benchmarks"). So the static HTML has no such controls: each shows its
 * value in an `<output>` with the control's id (its `<label for>` still names it:
 * `<output>` is labelable), boxed like the control, and the island renders the real
 * control once it has hydrated (`client:visible`: when the reader gets near it).
 * Without JavaScript nothing could be typed anyway; the values stay readable.
 */
import type { JSX } from 'preact';

export function StaticField({ id, value, class: cls, describedBy }: { id: string; value: string; class?: string; describedBy?: string }): JSX.Element {
  return (
    <output id={id} class={cls ? `field-static ${cls}` : 'field-static'} aria-describedby={describedBy}>
      {value}
    </output>
  );
}

/** A checkbox or radio button, as a mark, until hydration (the label next to it carries the name). */
export function StaticCheck({ checked, radio = false }: { checked: boolean; radio?: boolean }): JSX.Element {
  return (
    <span class={`field-static-check${radio ? ' field-static-radio' : ''}`} aria-hidden="true" data-checked={checked ? 'true' : 'false'}>
      {radio ? (checked ? '◉' : '○') : checked ? '☑' : '☐'}
    </span>
  );
}
