/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (so Excel opens Dutch text right), comma-separated,
 * CRLF line ends, every field quoted. Cells that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or carriage return) get a leading apostrophe.
 */
export function toCsv(
  header: string[],
  rows: Array<Array<string | number | boolean | null | undefined>>,
): string {
  const line = (cells: Array<string | number | boolean | null | undefined>) =>
    cells.map((cell) => quote(cell)).join(',');
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

function quote(cell: string | number | boolean | null | undefined): string {
  if (cell === null || cell === undefined) return '""';
  let text = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Offers text as a file download (no server involved). */
export function downloadFile(filename: string, content: string | Blob, type = 'text/plain'): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
