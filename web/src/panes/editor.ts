import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/languages/definitions/rust/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { Controller } from '../app/controller';
import type { AppState } from '../app/store';
import { registerRustHelp } from '../lang/monaco-rust';
import { focusAfter } from './dom';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

let registered = false;
function registerOnce(): void {
  if (registered) return;
  registered = true;
  registerRustHelp(monaco);
  monaco.editor.defineTheme('pollscope-light', {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#a0a7b0' },
  });
  monaco.editor.defineTheme('pollscope-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#12171d', 'editorLineNumber.foreground': '#4d5561' },
  });
}

export interface EditorPaneOptions {
  readOnly: boolean;
  onRun(): void;
  onShare(): void;
}

/** The Monaco editor: the source, its diagnostics as markers, the line of the current (or picked)
 * event. Its cursor line is reported so the trace can light that line's events; Esc leaves it and
 * Ctrl+M switches Tab between indenting and moving focus. */
export class EditorPane {
  readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly current: monaco.editor.IEditorDecorationsCollection;
  private line: number | null = null;

  private revealSerial = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly controller: Controller,
    options: EditorPaneOptions,
  ) {
    registerOnce();
    const state = controller.store.state;
    host.tabIndex = -1;
    this.editor = monaco.editor.create(host, {
      ariaLabel:
        'Program source. Ctrl+Enter runs it. Escape leaves the editor; Ctrl+M makes Tab move focus.',
      value: state.source,
      language: 'rust',
      theme: `pollscope-${state.theme}`,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      lineHeight: 21,
      fontFamily: '"JetBrains Mono", "Cascadia Mono", "Fira Code", Menlo, Consolas, monospace',
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      wrappingIndent: 'same',
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      overviewRulerBorder: false,
      hideCursorInOverviewRuler: true,
      scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, useShadows: false },
      fixedOverflowWidgets: true,
      padding: { top: 10, bottom: 10 },
      readOnly: options.readOnly,
      tabSize: 4,
      'semanticHighlighting.enabled': false,
    });
    this.current = this.editor.createDecorationsCollection();
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => options.onShare());
    this.editor.addCommand(
      monaco.KeyCode.Escape,
      () => focusAfter(this.host),
      '!suggestWidgetVisible && !inSnippetMode && !editorHasMultipleSelections && !parameterHintsVisible',
    );
    this.editor.onDidChangeModelContent(() => {
      const value = this.editor.getValue();
      if (value !== controller.store.state.source) controller.edit(value);
    });
    this.editor.onDidChangeCursorPosition((event) => {
      if (this.editor.hasTextFocus()) controller.setSourceLine(event.position.lineNumber);
    });
    controller.store.subscribe((next, previous) => this.render(next, previous));
    this.render(state, null);
  }

  /** The line highlighted for the current event, if any. */
  highlightedLine(): number | null {
    return this.line;
  }

  private render(state: AppState, previous: AppState | null): void {
    const model = this.editor.getModel();
    if (!model) return;
    if (state.source !== model.getValue()) this.editor.setValue(state.source);
    if (!previous || state.theme !== previous.theme)
      monaco.editor.setTheme(`pollscope-${state.theme}`);
    if (!previous || state.diagnostics !== previous.diagnostics) this.renderMarkers(state, model);
    if (
      !previous ||
      state.cursor !== previous.cursor ||
      state.selected !== previous.selected ||
      state.traceVersion !== previous.traceVersion
    ) {
      this.renderCurrent(state);
    }
    if (state.reveal && state.reveal.serial !== this.revealSerial) this.revealAt(state.reveal);
  }

  /** Puts the cursor at a location asked for (a clicked location in a message) and focuses. */
  private revealAt(reveal: { line: number; col: number; serial: number }): void {
    this.revealSerial = reveal.serial;
    const position = { lineNumber: reveal.line, column: reveal.col };
    this.editor.setPosition(position);
    this.editor.revealPositionInCenter(position);
    this.editor.focus();
    this.controller.setSourceLine(reveal.line);
  }

  private renderMarkers(state: AppState, model: monaco.editor.ITextModel): void {
    const markers = state.diagnostics.map((d) => ({
      startLineNumber: d.line,
      startColumn: d.col,
      endLineNumber: d.line,
      endColumn: d.col + Math.max(1, d.len),
      message: d.message,
      severity:
        d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      source: 'pollscope',
    }));
    monaco.editor.setModelMarkers(model, 'pollscope', markers);
  }

  /** Lights the source of the picked event, else of the current one while stepping. */
  private renderCurrent(state: AppState): void {
    const trace = state.trace;
    const span =
      state.selected !== null
        ? (trace.span(state.selected) ?? trace.spanAtOrBefore(state.selected))
        : state.cursor > 0 && !state.follow
          ? trace.spanAtOrBefore(state.cursor - 1)
          : null;
    if (!span) {
      this.line = null;
      this.current.clear();
      return;
    }
    this.line = span.line;
    this.current.set([
      {
        range: new monaco.Range(span.line, 1, span.line, 1),
        options: {
          isWholeLine: true,
          className: 'ps-current-line',
          linesDecorationsClassName: 'ps-current-gutter',
        },
      },
      {
        range: new monaco.Range(span.line, span.col, span.line, span.col + Math.max(1, span.len)),
        options: { inlineClassName: 'ps-current-span' },
      },
    ]);
    this.editor.revealLineInCenterIfOutsideViewport(span.line, monaco.editor.ScrollType.Smooth);
  }
}
