import {
  DEFAULT_SETTINGS,
  parseField,
  samplesError,
  SETTING_KEYS,
  type SettingError,
  type SettingKey,
  type TrainingSettings,
} from './settings';
import { readPrefixed, writePrefixed } from '../examples/url-state';

export const URL_PREFIX = 'training.';

/**
 * Settings from a query string. Unknown parameters are ignored, bad ones are
 * reported (and the default kept for that field), good ones are used.
 */
export function settingsFromQuery(
  query: string | URLSearchParams,
  base: TrainingSettings = DEFAULT_SETTINGS,
): { settings: TrainingSettings; errors: SettingError[] } {
  const found = readPrefixed(query, URL_PREFIX, SETTING_KEYS);
  const settings: TrainingSettings = { ...base };
  const errors: SettingError[] = [];
  for (const key of SETTING_KEYS) {
    const raw = found[key];
    if (raw === undefined) continue;
    const r = parseField(key, raw);
    if (r.ok) (settings as Record<SettingKey, unknown>)[key] = r.value;
    else errors.push(r.error);
  }
  // Samples that the chosen data cannot supply (e.g. 10,000 digits): reported, and the default kept.
  const cross = samplesError(settings.data, settings.samples);
  if (cross) {
    errors.push(cross);
    settings.samples = base.samples;
  }
  return { settings, errors };
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
  const s = writePrefixed(
    query,
    URL_PREFIX,
    SETTING_KEYS.map((key) => [key, settings[key] === defaults[key] ? null : String(settings[key])] as const),
  );
  return s ? `?${s}` : '';
}
