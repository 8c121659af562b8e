// Escaping for what report.html embeds: page text, JSON data islands and inlined script, so no
// scenario name or library string can end a <script> element or inject markup.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * JSON safe inside <script type="application/json">: `<`, `>` and `&` as \u escapes so `</script>`
 * and `<!--` cannot occur; U+2028/U+2029 escaped too, since older JavaScript parsers treat them
 * as line breaks should the data ever be read as script.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Library code safe inside an inline <script>. In minified code these sequences can only occur in
 * string or regular-expression literals, where `<\/` and `\x3C` mean the same characters.
 */
export function scriptSafeCode(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}
