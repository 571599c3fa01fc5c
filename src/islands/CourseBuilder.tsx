/**
 * The reading-list builder (/<lang>/course/): state from and to the URL (src/lib/course/state.ts),
 * ids resolved against the build-time catalog (resolve.ts), exports from src/lib/course/exports.ts
 * downloaded as files. Everything from the URL is shown as text, never as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../lib/book/book';
import { COURSE_UI } from '../lib/course/ui';
import { parseCourse, problemText, serializeCourse, courseIds, DEFAULT_VARIANTS, MAX_ITEMS, MAX_NOTE, MAX_TITLE, MAX_VARIANTS, MIN_VARIANTS, type CourseProblem } from '../lib/course/state';
import { exportInput, idKindOf, movesOf, moduleTitle, resolveModules, searchTargets, totalMinutes, type CourseCatalog } from '../lib/course/resolve';
import { handoutHref } from '../lib/course/handout';
import { addItem, addModule, moveItem, removeItem, removeModule, setModuleTitle, setNote } from '../lib/course/edit';
import { itemLabel } from '../lib/course/export-common';
import { EXPORTS, EXPORT_FORMATS, type ExportFormat } from '../lib/course/exports';
import type { CourseList, CourseModule } from '../lib/course/types';

interface Props {
  lang: Lang;
  base: string;
  edition: CourseCatalog['edition'];
}

/** The id of the page's data block holding the catalog (JSON), read once the island runs. */
export const CATALOG_ID = 'course-catalog';

function readCatalog(): CourseCatalog | null {
  try {
    const c = JSON.parse(document.getElementById(CATALOG_ID)?.textContent ?? 'null') as CourseCatalog | null;
    return c && Array.isArray(c.targets) && Array.isArray(c.others) ? c : null;
  } catch {
    return null;
  }
}

const SHOWN = 20;
const EMPTY: CourseList = { title: '', modules: [], variants: DEFAULT_VARIANTS };

function download(name: string, mime: string, content: string | Uint8Array) {
  const blob = new Blob([content as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function CourseBuilder({ lang, base, edition }: Props) {
  const T = COURSE_UI[lang];
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const [catalog, setCatalog] = useState<CourseCatalog>({ book: { en: '', zh: '' }, edition, targets: [], others: [], moved: {} });
  const [hydrated, setHydrated] = useState(false);
  const [list, setList] = useState<CourseList>(EMPTY);
  const [problems, setProblems] = useState<CourseProblem[]>([]);
  const [query, setQuery] = useState('');
  const [variantsText, setVariantsText] = useState(String(DEFAULT_VARIANTS));
  const [status, setStatus] = useState('');
  const statusTimer = useRef<number>();

  useEffect(() => {
    const cat = readCatalog();
    if (!cat) return;
    const parsed = parseCourse(location.search, idKindOf(cat), movesOf(cat));
    setCatalog(cat);
    setList(parsed.list);
    setVariantsText(String(parsed.list.variants));
    setProblems(parsed.problems);
    setHydrated(true);
  }, []);

  const update = (next: CourseList) => {
    setList(next);
    const q = serializeCourse(next);
    // Keep the other parameters of the URL out: the list is the whole state.
    history.replaceState(history.state, '', `${location.pathname}${q}${location.hash}`);
  };
  const say = (s: string) => {
    setStatus(s);
    window.clearTimeout(statusTimer.current);
    statusTimer.current = window.setTimeout(() => setStatus(''), 4000);
  };

  const ids = courseIds(list);
  const chosen = new Set(ids);
  const resolved = resolveModules(list, catalog, lang);
  const minutes = totalMinutes(resolved);
  const results = searchTargets(catalog.targets, query);
  const modTitle = (m: CourseModule, i: number) => m.title?.trim() || moduleTitle(i + 1, lang);
  const lastModule = list.modules.length ? modTitle(list.modules[list.modules.length - 1]!, list.modules.length - 1) : moduleTitle(1, lang);

  const add = (id: string) => update(addItem(list, id));
  const move = (mi: number, ii: number, dir: -1 | 1) => update(moveItem(list, mi, ii, dir));
  const setVariants = (text: string) => {
    setVariantsText(text);
    const n = Number(text);
    if (/^\d{1,2}$/.test(text.trim()) && n >= MIN_VARIANTS && n <= MAX_VARIANTS) update({ ...list, variants: n });
  };
  const variantsBad = !(/^\d{1,2}$/.test(variantsText.trim()) && Number(variantsText) >= MIN_VARIANTS && Number(variantsText) <= MAX_VARIANTS);

  const runExport = (format: ExportFormat) => {
    const name = T.exportNames[format];
    try {
      const file = EXPORTS[format](exportInput(list, catalog, lang));
      download(file.filename, file.mime, file.content);
      say(T.downloaded(file.filename));
    } catch {
      say(T.exportFailed(name));
    }
  };
  const shareUrl = hydrated ? `${location.origin}${location.pathname}${serializeCourse(list)}` : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      say(T.copied);
    } catch {
      say(T.copyFailed);
    }
  };
  const handout = handoutHref(base, lang, ids, list.title);

  return (
    <figure id="course-builder" class="course-builder not-content" data-hydrated={hydrated ? 'true' : 'false'}>
      <figcaption class="course-caption">{T.builder}</figcaption>
      {problems.length > 0 && (
        <div class="course-problems" role="alert" data-course-problems="">
          <p>{T.problems}</p>
          <ul>
            {problems.map((p) => (
              <li data-problem={p.kind}>{problemText(p, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      {!hydrated ? (
        <p class="course-no-js">{T.noJsShort}</p>
      ) : (
        <>
          <div class="course-fields">
            <label for="course-title">{T.courseTitle}</label>
            <input id="course-title" type="text" maxLength={MAX_TITLE} value={list.title} onInput={(e) => update({ ...list, title: e.currentTarget.value })} />
            <label for="course-variants">{T.variants}</label>
            <input
              id="course-variants"
              type="text"
              inputMode="numeric"
              value={variantsText}
              aria-invalid={variantsBad ? 'true' : 'false'}
              onInput={(e) => setVariants(e.currentTarget.value)}
            />
          </div>
          <div class="course-search">
            <label for="course-search">{T.search}</label>
            <input id="course-search" type="search" value={query} autoComplete="off" onInput={(e) => setQuery(e.currentTarget.value)} aria-describedby="course-search-count" />
            <p id="course-search-count" class="course-hint" aria-live="polite">
              {query.trim() ? T.results(results.length, SHOWN) : T.searchHint}
            </p>
            {results.length > 0 && (
              <ul class="course-results">
                {results.slice(0, SHOWN).map((t) => (
                  <li data-result-id={t.id}>
                    <span class="course-result-label">
                      {itemLabel({ target: t }, lang)} <span class="course-id">{t.id}</span>
                    </span>
                    {chosen.has(t.id) ? (
                      <span class="course-in-list">{T.inList}</span>
                    ) : (
                      <button type="button" class="book-button" aria-label={T.addTo(itemLabel({ target: t }, lang), lastModule)} disabled={ids.length >= MAX_ITEMS} onClick={() => add(t.id)}>
                        {T.add}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
      <h2 class="course-list-title" data-course-title="">
        {list.title.trim() || (lang === 'zh' ? '阅读清单' : 'Reading list')}
      </h2>
      <p class="course-meta">
        {hydrated && (
          <>
            <span data-course-summary="">{T.summary(ids.length, minutes)}</span> ·{' '}
          </>
        )}
        <span data-edition={edition.id}>{T.edition(edition.name[lang], edition.date)}</span>
      </p>
      <p class="course-hint">{T.rule}</p>
      {list.modules.length === 0 && hydrated && <p class="course-empty">{T.empty}</p>}
      <ol class="course-list" data-reading-list="">
        {resolved.map((m, mi) => {
          const mod = list.modules[mi]!;
          const mt = modTitle(mod, mi);
          return (
            <li class="course-module" data-module={String(mi + 1)}>
              <div class="course-module-head">
                <h3 class="course-module-title">{mt}</h3>
                {hydrated && (
                  <>
                    <label class="sr-only" for={`course-module-${mi + 1}`}>
                      {T.moduleTitle(mi + 1)}
                    </label>
                    <input
                      id={`course-module-${mi + 1}`}
                      class="course-module-input"
                      type="text"
                      maxLength={MAX_TITLE}
                      placeholder={moduleTitle(mi + 1, lang)}
                      value={mod.title ?? ''}
                      onInput={(e) => update(setModuleTitle(list, mi, e.currentTarget.value))}
                    />
                    <button type="button" class="book-button" onClick={() => update(removeModule(list, mi))}>
                      {T.removeModule(mt)}
                    </button>
                  </>
                )}
              </div>
              {m.items.length === 0 ? (
                <p class="course-empty">{T.emptyModule}</p>
              ) : (
                <ol class="course-items">
                  {m.items.map((it, ii) => {
                    const l = itemLabel(it, lang);
                    const first = mi === 0 && ii === 0;
                    const last = mi === resolved.length - 1 && ii === m.items.length - 1;
                    return (
                      <li data-id={it.target.id}>
                        <a href={it.target.url[lang]}>{l}</a>{' '}
                        <a href={it.target.url[other]} lang={other === 'zh' ? 'zh-CN' : 'en'} class="course-other">
                          {T.otherEditionShort}
                        </a>
                        {it.minutes !== undefined && <span class="course-minutes"> · {T.minutes(it.minutes)}</span>}
                        {it.note && <p class="course-note">{it.note}</p>}
                        {hydrated && (
                          <div class="course-item-controls">
                            <label class="sr-only" for={`course-note-${it.target.id}`}>
                              {T.note(l)}
                            </label>
                            <input
                              id={`course-note-${it.target.id}`}
                              class="course-note-input"
                              type="text"
                              maxLength={MAX_NOTE}
                              value={it.note ?? ''}
                              placeholder={T.note(l)}
                              onInput={(e) => update(setNote(list, mi, ii, e.currentTarget.value))}
                            />
                            <button type="button" class="book-button" aria-label={T.up(l)} disabled={first} onClick={() => move(mi, ii, -1)}>
                              ↑
                            </button>
                            <button type="button" class="book-button" aria-label={T.down(l)} disabled={last} onClick={() => move(mi, ii, 1)}>
                              ↓
                            </button>
                            <button type="button" class="book-button" aria-label={T.remove(l)} onClick={() => update(removeItem(list, mi, ii))}>
                              ×
                            </button>
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      {hydrated && (
        <div class="course-actions">
          <button type="button" class="book-button" onClick={() => update(addModule(list))}>
            {T.addModule}
          </button>
          <div class="course-share">
            <label for="course-share-url">{T.share}</label>
            <input id="course-share-url" type="text" readOnly value={shareUrl} />
            <button type="button" class="book-button" onClick={copy}>
              {T.copy}
            </button>
          </div>
          {handout ? (
            <p>
              <a href={handout} data-handout="">
                {T.handout}
              </a>{' '}
              <span class="course-hint">{T.handoutHint}</span>
            </p>
          ) : null}
          <div class="course-exports" role="group" aria-label={T.exports}>
            <span>{T.exports}:</span>
            {EXPORT_FORMATS.map((f) => (
              <button type="button" class="book-button" data-export={f} disabled={ids.length === 0} onClick={() => runExport(f)}>
                {T.exportNames[f]}
              </button>
            ))}
          </div>
          <p role="status" class="course-status">
            {status}
          </p>
        </div>
      )}
    </figure>
  );
}
