/**
 * Everything that comes from a scenario file or the command line (scenario, scheme and role
 * names, descriptions, overrides) is user text: it goes into the page only through these two
 * functions, so a scheme named `<img src=x onerror=alert(1)>` shows as text.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML elements and double- or single-quoted attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON safe inside `<script type="application/json">`: `<` (and so `</script>`, `<!--`) and the
 * line separators that older parsers treat as newlines are written as \u escapes, which JSON.parse
 * reads back unchanged.
 */
export function jsonForScript(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
