/**
 * Parser yield points: an empty data block that desktop Chromium's HTML parser treats as a
 * script, cutting its budget back to 10 ms (why and where: src/plugins/sections.ts). Never run
 * (not a JavaScript type), so never hashed into the CSP (src/lib/book/csp.ts).
 */
export const YIELD_POINT_TYPE = 'application/x-parser-yield';
/** The element as it appears in the built HTML. */
export const YIELD_POINT_HTML = `<script type="${YIELD_POINT_TYPE}"></script>`;
