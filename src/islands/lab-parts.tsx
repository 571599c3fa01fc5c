/** @jsxImportSource preact */
/**
 * Parts shared by the worker labs (the training lab and the tiny language-model lab): the
 * run buttons, the alert with the list of what is wrong, the progress bar, the result panels
 * and their `<output data-result data-value>` read-outs. Only markup: every string comes in
 * through the props (from src/lib), and the classes are those of training-lab.css.
 */
import type { ComponentChildren } from 'preact';

/** A read-out the tests and the page's scripts find by `data-result`; `data-value` holds the exact value. */
export function Result({
  name,
  value,
  text,
  na,
  extra = {},
}: {
  name: string;
  value: string;
  /** What the reader sees; empty shows `na`. */
  text: string;
  na: string;
  /** More attributes (such as `data-baseline`), after `data-value`. */
  extra?: Record<string, string>;
}) {
  return (
    <output data-result={name} data-value={value} {...extra}>
      {text || na}
    </output>
  );
}

/** One row of a results list: the term and its value. */
export function Row({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A titled panel with a list of rows; `after` comes below the list. */
export function ResultPanel({ title, children, after }: { title: string; children: ComponentChildren; after?: ComponentChildren }) {
  return (
    <section class="tl-panel" aria-label={title}>
      <h3 class="tl-h">{title}</h3>
      <dl class="tl-dl">{children}</dl>
      {after}
    </section>
  );
}

/** The progress bar (0–100) with its text below it. */
export function ProgressBar({ label, pct, text }: { label: string; pct: number; text: string }) {
  return (
    <>
      <div class="tl-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={text}>
        <div class="tl-progress-bar" style={{ width: `${pct}%` }} />
      </div>
      <p class="tl-progress-text">{text}</p>
    </>
  );
}

/**
 * The buttons of a run form: the submit button, then Stop and Reset where the lab gives their
 * handlers. Nothing works before hydration; the submit button rests during a run, Stop only works during one.
 */
export function RunButtons({
  hydrated,
  running,
  submit,
  text,
  onStop,
  onReset,
}: {
  hydrated: boolean;
  running: boolean;
  submit: string;
  text: { stop: string; reset: string };
  onStop?: () => void;
  onReset?: () => void;
}) {
  return (
    <div class="tl-buttons">
      <button type="submit" disabled={!hydrated || running}>
        {submit}
      </button>
      {onStop && (
        <button type="button" onClick={onStop} disabled={!hydrated || !running}>
          {text.stop}
        </button>
      )}
      {onReset && (
        <button type="button" onClick={onReset} disabled={!hydrated}>
          {text.reset}
        </button>
      )}
    </div>
  );
}

/**
 * The alert below the forms: what is wrong with the settings (under `heading`), the run's error,
 * then anything else the lab adds. Empty when all is well (the CSS hides it then).
 */
export function LabAlert({
  heading,
  items,
  runError,
  children,
}: {
  heading: string;
  items: { key: string; text: string }[];
  runError: string | null;
  children?: ComponentChildren;
}) {
  return (
    <div role="alert" class="tl-alert">
      {items.length > 0 && (
        <>
          <p>{heading}</p>
          <ul>
            {items.map((e) => (
              <li key={e.key}>{e.text}</li>
            ))}
          </ul>
        </>
      )}
      {runError && <p>{runError}</p>}
      {children}
    </div>
  );
}
