import type * as Monaco from 'monaco-editor/editor/editor.api';
import { API, lookupApi, type ApiEntry, type ApiKind } from './api';

/** The path under or before a column: identifiers joined by `::` or `.`, with a trailing `!`. */
function pathAt(line: string, column: number): { path: string; start: number; end: number } | null {
  const isPath = (c: string) => /[\w:.!]/.test(c);
  let start = column - 1;
  let end = column - 1;
  while (start > 0 && isPath(line.charAt(start - 1))) start--;
  while (end < line.length && /\w/.test(line.charAt(end))) end++;
  if (line.charAt(end) === '!') end++;
  const path = line.slice(start, end).replace(/^[.:]+/, '');
  if (path === '') return null;
  return { path, start: end - path.length + 1, end: end + 1 };
}

/** `sleep` for `tokio::time::sleep`, `select!` for `tokio::select!`, `waker` for `cx.waker`. */
function lastSegment(name: string): string {
  return name.split(/::|\./).pop() ?? name;
}

function completionKind(monaco: typeof Monaco, kind: ApiKind): Monaco.languages.CompletionItemKind {
  const K = monaco.languages.CompletionItemKind;
  switch (kind) {
    case 'function':
      return K.Function;
    case 'method':
      return K.Method;
    case 'macro':
      return K.Snippet;
    case 'type':
      return K.Class;
    case 'variant':
      return K.EnumMember;
    case 'module':
      return K.Module;
  }
}

/** Signature, one-line doc, and the API family that declares the name. */
function docMarkdown(entry: ApiEntry): Monaco.IMarkdownString {
  return {
    value: '```rust\n' + entry.signature + '\n```\n' + entry.doc + '\n\n`' + entry.family + '`',
    isTrusted: false,
  };
}

/** Hover help and completion for the runtime names, on the `rust` language. */
export function registerRustHelp(monaco: typeof Monaco): void {
  monaco.languages.registerHoverProvider('rust', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const line = model.getLineContent(position.lineNumber);
      const found = pathAt(line, word.endColumn);
      const entry = found ? lookupApi(found.path) : null;
      if (!entry || !found) return null;
      return {
        range: new monaco.Range(position.lineNumber, found.start, position.lineNumber, found.end),
        contents: [docMarkdown(entry)],
      };
    },
  });

  monaco.languages.registerCompletionItemProvider('rust', {
    triggerCharacters: [':', '.'],
    provideCompletionItems(model, position) {
      const line = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const match = /[\w:.]*$/.exec(line);
      const typed = match ? match[0] : '';
      const dot = typed.lastIndexOf('.');
      const start = position.column - (dot >= 0 ? typed.length - dot - 1 : typed.length);
      const range = new monaco.Range(
        position.lineNumber,
        start,
        position.lineNumber,
        position.column,
      );
      const afterDot = dot >= 0;
      const path = typed.includes('::');
      const suggestions = API.filter((e) =>
        afterDot ? e.kind === 'method' : e.kind !== 'method' || e.name.includes('.'),
      ).map((entry, index) => {
        // The last segment is what a reader types (`sle` → `sleep`); a typed path matches the path.
        const short = lastSegment(entry.name);
        const prefix = !path && short.startsWith(typed.slice(typed.lastIndexOf(':') + 1));
        const method = entry.insert.replace(/\(.*$/s, '');
        return {
          label: afterDot
            ? method
            : { label: short, description: entry.name === short ? '' : entry.name },
          kind: completionKind(monaco, entry.kind),
          detail: entry.signature,
          documentation: { value: entry.doc },
          filterText: afterDot ? method : path ? entry.name : short,
          sortText: `${prefix ? 0 : 1}${String(index).padStart(3, '0')}`,
          insertText: entry.insert,
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          range,
        };
      });
      return { suggestions };
    },
  });
}
