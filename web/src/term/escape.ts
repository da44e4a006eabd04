// Makes untrusted text inert for a terminal: every C0 and C1 control character, DEL and the
// Unicode bidi/line-separator controls become visible escapes, so no escape sequence (OSC 52
// clipboard, OSC 8 links, cursor moves, title changes) can reach the terminal's parser.

const NAMED: Readonly<Record<number, string>> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0d: '\\r',
  0x1b: '\\x1b',
};

function hex2(code: number): string {
  return code.toString(16).padStart(2, '0');
}

function needsEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    code === 0xfeff
  );
}

function escapeOne(code: number): string {
  const named = NAMED[code];
  if (named !== undefined) return named;
  if (code < 0x80) return `\\x${hex2(code)}`;
  return `\\u{${code.toString(16)}}`;
}

/** Escapes one line of engine text (a newline inside it is shown as `\n`). */
export function escapeForTerminal(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!needsEscape(code)) continue;
    out += text.slice(start, i) + escapeOne(code);
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}
