// A scenario file starts with a header for the gallery and the test harnesses: `//!` lines (title,
// description, `part:`) and `// crosscheck:` tags. Readers see the program without it.

/** Whether a line belongs to the header at the top of a scenario file. */
function isHeaderLine(line: string): boolean {
  return line.startsWith('//!') || /^\/\/\s*crosscheck:/.test(line);
}

/** The header lines (without the `//!`) and the program that follows them. */
export function splitScenario(text: string): { header: string[]; program: string } {
  const lines = text.split('\n');
  let end = 0;
  while (end < lines.length && isHeaderLine(lines[end] ?? '')) end++;
  const header = lines
    .slice(0, end)
    .filter((l) => l.startsWith('//!'))
    .map((l) => l.slice(3).trim());
  let start = end;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  return { header, program: lines.slice(start).join('\n') };
}
