import {
  DEFAULT_SETTINGS,
  parseField,
  SETTING_KEYS,
  type SettingError,
  type SettingKey,
  type TrainingSettings,
} from './settings';

export const URL_PREFIX = 'training.';

/**
 * Settings from a query string. Unknown parameters are ignored, bad ones are
 * reported (and the default kept for that field), good ones are used.
 */
export function settingsFromQuery(
  query: string | URLSearchParams,
  base: TrainingSettings = DEFAULT_SETTINGS,
): { settings: TrainingSettings; errors: SettingError[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const settings: TrainingSettings = { ...base };
  const errors: SettingError[] = [];
  for (const key of SETTING_KEYS) {
    const raw = params.get(URL_PREFIX + key);
    if (raw === null) continue;
    const r = parseField(key, raw);
    if (r.ok) (settings as Record<SettingKey, unknown>)[key] = r.value;
    else errors.push(r.error);
  }
  return { settings, errors };
}

/** Format a number for the URL without noise (0.001, not 0.0010000000474974513). */
function fmt(v: number): string {
  return String(v);
}

/**
 * Write the settings into a query string: the lab's own parameters are set
 * (or removed when they equal the default), every other parameter is kept.
 */
export function settingsToQuery(
  settings: TrainingSettings,
  query: string | URLSearchParams = '',
  defaults: TrainingSettings = DEFAULT_SETTINGS,
): string {
  const params = new URLSearchParams(typeof query === 'string' ? query : query.toString());
  for (const key of SETTING_KEYS) {
    const v = settings[key];
    if (v === defaults[key]) params.delete(URL_PREFIX + key);
    else params.set(URL_PREFIX + key, typeof v === 'number' ? fmt(v) : v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
