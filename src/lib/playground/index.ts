/**
 * The optimizer playground's maths, one module per concern: loss surfaces and their gradients,
 * seeded gradient noise, settings with validation, URL state, trajectories of gd / sgd / momentum /
 * adam, the plot's mapping and SVG path clipping, contour lines, the loss chart and table, and
 * helpers for the controls. The strings are in ./strings.ts. Pure; no DOM.
 */
export * from './surfaces';
export * from './noise';
export * from './settings';
export * from './url-state';
export * from './trajectories';
export * from './plot';
export * from './contours';
export * from './loss-chart';
export * from './controls';
