/** Every word the exercises show, in both languages: the interface (ui.ts) and the hints and verdicts (hints.ts). */
export * from './ui';
export * from './hints';
