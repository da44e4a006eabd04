// A small Rust tokenizer for the read-only code view of the embed (Monaco loads only on Edit).

export type TokenClass =
  'comment' | 'string' | 'number' | 'keyword' | 'macro' | 'type' | 'attr' | 'lifetime' | 'plain';

export interface Token {
  text: string;
  cls: TokenClass;
}

const KEYWORDS = new Set(
  'as async await break const continue crate dyn else enum false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while'.split(
    ' ',
  ),
);

const RULES: ReadonlyArray<[RegExp, TokenClass | 'ident']> = [
  [/^\/\/[^\n]*/, 'comment'],
  [/^\/\*[\s\S]*?(\*\/|$)/, 'comment'],
  [/^#!?\[[^\]\n]*\]?/, 'attr'],
  [/^b?"(\\[\s\S]|[^"\\])*"?/, 'string'],
  [/^'(\\.|[^'\\\n])'/, 'string'],
  [/^'[A-Za-z_]\w*/, 'lifetime'],
  [
    /^\d[\d_]*(\.\d[\d_]*)?([eE][+-]?\d+)?(u8|u16|u32|u64|usize|i8|i16|i32|i64|isize|f32|f64)?/,
    'number',
  ],
  [/^[A-Za-z_]\w*!/, 'macro'],
  [/^[A-Za-z_]\w*/, 'ident'],
  [/^\s+/, 'plain'],
  [/^[^\w\s"'/#]+|^./, 'plain'],
];

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let rest = source;
  while (rest.length > 0) {
    for (const [pattern, cls] of RULES) {
      const match = pattern.exec(rest);
      if (!match || match[0] === '') continue;
      const text = match[0];
      let kind: TokenClass;
      if (cls !== 'ident') kind = cls;
      else if (KEYWORDS.has(text)) kind = 'keyword';
      else if (/^[A-Z]/.test(text)) kind = 'type';
      else kind = 'plain';
      const last = tokens[tokens.length - 1];
      if (last && last.cls === kind && kind === 'plain') last.text += text;
      else tokens.push({ text, cls: kind });
      rest = rest.slice(text.length);
      break;
    }
  }
  return tokens;
}

/** Tokens split into lines (a token spanning lines is cut at each newline). */
export function tokenizeLines(source: string): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokenize(source)) {
    const pieces = token.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]?.push({ text: piece, cls: token.cls });
    });
  }
  return lines;
}
