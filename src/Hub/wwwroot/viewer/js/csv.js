// Fields of the CSV files the viewer writes, by the same rule as the Hub's own CSV (Statistics/Export/CsvField.cs).

// A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// RFC 4180 quotes the separator, quotes and line breaks; ';' too, because Excel in a Swedish locale splits at ';',
// which would start a new, unprotected cell in the middle of a field.
const NEEDS_QUOTES = /[,;"\r\n]/;

/**
 * One field. Numbers are the viewer's own counts (never negative) and stay numbers. Text came from someone else
 * (labels, codes): text that would start a formula gets a leading ' (shown as text, OWASP's advice) and quotes;
 * other text is quoted when RFC 4180 requires it. A code such as "-5" is text too and is protected.
 */
export function csvField(value) {
  if (typeof value === 'number') return String(value);
  let text = String(value ?? '');
  const neutralised = FORMULA_START.test(text);
  if (neutralised) text = `'${text}`;
  return neutralised || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of fields as CSV text: CRLF line ends, as RFC 4180 has them. */
export const csvText = (lines) => lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
