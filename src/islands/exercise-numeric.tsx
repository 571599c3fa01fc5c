/**
 * A numeric exercise as an island: its numbers come from the page's seed
 * (`?ex.seed=`, default 1), the reader's answer is checked by src/lib/exercises,
 * the worked solution is recomputed for the seed. No maths here.
 *
 * Testing contract: the <article> carries `data-kind` and `data-params` (JSON,
 * updated with the seed); a labelled answer input, a Check button, and an
 * element with `data-verdict` (correct | incorrect | invalid after a check).
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Lang } from "../lib/book/book";
import { EX_UI, verdictLine } from "../lib/exercises/ui";
import { recordAttempt, type SaveResult } from "../lib/exercises/progress";
import { fillPrompt, type NumericRegistry } from "../lib/exercises/registry-of";
import {
  DEFAULT_SEED,
  freshSeed,
  searchWithSeed,
  seedFromSearch,
  type SeedResult,
} from "../lib/exercises/seed";
import type { CheckResult } from "../lib/exercises/engine";
import type { KindOptions, NumericKind } from "../lib/exercises/types";
import {
  ExerciseHead,
  NotSaved,
  useProgress,
  type ExerciseHeadProps,
} from "./exercise-parts";
import { take } from "./ssr-html";
import { StaticField } from "./static-field";

export interface ExerciseNumericProps extends ExerciseHeadProps {
  kind: NumericKind;
  settings?: KindOptions;
  tolerance?: number;
  /** Prompt template with `{param}` placeholders. */
  prompt: string;
  /**
   * Key of the seed-1 solution lines' KaTeX HTML, rendered at build time and kept
   * out of the props (./ssr-html.ts): `<lang>:<exercise id>`.
   */
  ssrKey: string;
  /** The hints this exercise can give, in the page's language (code → text). */
  hints: Record<string, string>;
}

export const SEED_EVENT = "foundation-models-book:exercise-seed";

type TexRenderer = (tex: string, display?: boolean) => string;
let texModule: Promise<TexRenderer> | null = null;
function loadTex(): Promise<TexRenderer> {
  texModule ??= import("../lib/maths/tex").then((m) => m.renderTex);
  return texModule;
}

function randomUint32(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}

/**
 * The island's component over a registry of kinds: ./ExerciseNumeric.tsx (every kind) and
 * ./ExerciseNumericBase.tsx (the losses and optimizers only, for chapters that need no more).
 */
export function numericExercise(reg: NumericRegistry) {
  const { answerString, check, paramsFor, solutionTex, toleranceFor } = reg;
  return function ExerciseNumeric(props: ExerciseNumericProps) {
    const { id, lang, kind, settings, tolerance, prompt, ssrKey, hints } =
      props;
    const ui = EX_UI[lang];
    const setup = { id, kind, settings, tolerance };
    const [seedInfo, setSeedInfo] = useState<SeedResult>({
      seed: DEFAULT_SEED,
    });
    const [hydrated, setHydrated] = useState(false);
    const [text, setText] = useState("");
    const [result, setResult] = useState<CheckResult | null>(null);
    const [saved, setSaved] = useState<SaveResult>("saved");
    // The seed-1 solution: the server's HTML; in the browser, empty lines, which hydration leaves as rendered.
    const [solution, setSolution] = useState<{ seed: number; html: string[] }>(
      () => ({
        seed: DEFAULT_SEED,
        html:
          take<string[]>(ssrKey) ??
          solutionTex(kind, paramsFor(setup, DEFAULT_SEED)).map(() => ""),
      }),
    );
    const state = useProgress(id);
    const seed = seedInfo.seed;
    const params = useMemo(() => paramsFor(setup, seed), [seed]);
    const expectedLength = useMemo(() => {
      const a = answerString(kind, params);
      return a.split(",").length;
    }, [params]);

    // The page's seed, on load and whenever another exercise draws new numbers.
    useEffect(() => {
      setHydrated(true);
      const read = () => setSeedInfo(seedFromSearch(window.location.search));
      read();
      window.addEventListener(SEED_EVENT, read);
      return () => window.removeEventListener(SEED_EVENT, read);
    }, []);

    // A new seed: the old verdict no longer applies; the solution is recomputed.
    useEffect(() => {
      setResult(null);
      if (seed === solution.seed) return;
      let cancelled = false;
      void loadTex().then((render) => {
        if (!cancelled)
          setSolution({
            seed,
            html: solutionTex(kind, params).map((t) => render(t, true)),
          });
      });
      return () => {
        cancelled = true;
      };
    }, [seed]);

    const onCheck = () => {
      const r = check(setup, params, text);
      setResult(r);
      if (r.verdict === "correct") setSaved(recordAttempt(id, "solved"));
      else if (r.verdict === "incorrect")
        setSaved(recordAttempt(id, "attempted"));
      else setSaved("saved");
    };

    const newNumbers = () => {
      const next = freshSeed(seed, randomUint32);
      const url = `${window.location.pathname}${searchWithSeed(window.location.search, next)}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
      window.dispatchEvent(new Event(SEED_EVENT));
    };

    const rtol = toleranceFor(setup);
    const inputId = `${id}-answer`;
    const helpId = `${id}-help`;
    const solutionReady = solution.seed === seed;

    return (
      <article
        class="exercise exercise-numeric"
        aria-labelledby={id}
        data-exercise={id}
        data-kind={kind}
        data-params={JSON.stringify(params)}
        data-seed={String(seed)}
        data-hydrated={hydrated ? "true" : "false"}
      >
        <ExerciseHead {...props} state={state} hydrated={hydrated} />
        {seedInfo.error && (
          <p class="exercise-seed-error" role="alert">
            {ui.seedError(seedInfo)}
          </p>
        )}
        <p class="exercise-prompt">{fillPrompt(prompt, params)}</p>
        <div class="exercise-answer">
          <label for={inputId}>{ui.answer}</label>
          {hydrated ? (
            <input
              id={inputId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellcheck={false}
              value={text}
              aria-describedby={helpId}
              aria-invalid={result?.verdict === "invalid"}
              onInput={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") onCheck();
              }}
            />
          ) : (
            <StaticField id={inputId} value={text} describedBy={helpId} />
          )}
          <button type="button" class="exercise-check" onClick={onCheck}>
            {ui.check}
          </button>
          <button type="button" class="exercise-new" onClick={newNumbers}>
            {ui.newNumbers}
          </button>
        </div>
        <p class="exercise-help" id={helpId}>
          {expectedLength === 1
            ? ui.answerHelpScalar
            : ui.answerHelpVector(expectedLength)}{" "}
          {ui.tolerance(rtol)}{" "}
          <span class="exercise-seed">{ui.seed(seed)}</span>
        </p>
        <p
          class="exercise-verdict"
          data-verdict={result?.verdict ?? ""}
          role="status"
        >
          {result ? verdictLine(result, lang, hints) : ""}
          {result && saved !== "saved" && (
            <NotSaved lang={lang} saved={saved} />
          )}
        </p>
        <details class="exercise-solution">
          <summary>{ui.solution}</summary>
          <div class={solutionReady ? "exercise-tex" : "exercise-tex stale"}>
            {solution.html.map((h, i) => (
              <div
                class="exercise-tex-line"
                key={i}
                dangerouslySetInnerHTML={{ __html: h }}
              />
            ))}
          </div>
          <p class="exercise-result">
            {ui.answerIs}{" "}
            <output data-answer>{answerString(kind, params)}</output>
          </p>
        </details>
      </article>
    );
  };
}
