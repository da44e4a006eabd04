import type { AppState, Store } from '../app/store';
import { tokenizeLines } from '../lang/highlight';

/** The embed's read-only source: highlighted by the small tokenizer, current line marked. */
export class CodeView {
  private readonly lineEls: HTMLElement[] = [];
  private source: string | null = null;
  private line: number | null = null;
  /** Stops following the store (when Monaco takes the code pane over). */
  readonly dispose: () => void;

  constructor(
    private readonly host: HTMLElement,
    store: Store,
  ) {
    this.dispose = store.subscribe((state, previous) => this.render(state, previous));
    this.render(store.state, null);
  }

  highlightedLine(): number | null {
    return this.line;
  }

  private render(state: AppState, previous: AppState | null): void {
    if (state.source !== this.source) this.build(state.source);
    if (
      !previous ||
      state.cursor !== previous.cursor ||
      state.selected !== previous.selected ||
      state.traceVersion !== previous.traceVersion ||
      state.source !== previous.source
    ) {
      this.mark(state);
    }
  }

  private build(source: string): void {
    this.source = source;
    this.line = null;
    const pre = document.createElement('pre');
    pre.className = 'codeview';
    const code = document.createElement('code');
    this.lineEls.length = 0;
    tokenizeLines(source).forEach((tokens, i) => {
      const row = document.createElement('span');
      row.className = 'cv-line';
      const number = document.createElement('span');
      number.className = 'cv-num';
      number.textContent = String(i + 1);
      row.append(number);
      for (const token of tokens) {
        const span = document.createElement('span');
        span.className = `tk-${token.cls}`;
        span.textContent = token.text;
        row.append(span);
      }
      row.append('\n');
      code.append(row);
      this.lineEls.push(row);
    });
    pre.append(code);
    this.host.replaceChildren(pre);
  }

  private mark(state: AppState): void {
    const trace = state.trace;
    const span =
      state.selected !== null
        ? (trace.span(state.selected) ?? trace.spanAtOrBefore(state.selected))
        : state.cursor > 0 && !state.follow
          ? trace.spanAtOrBefore(state.cursor - 1)
          : null;
    const next = span?.line ?? null;
    if (next === this.line) return;
    if (this.line !== null) this.lineEls[this.line - 1]?.classList.remove('current');
    this.line = next;
    const el = next !== null ? this.lineEls[next - 1] : undefined;
    if (el) {
      el.classList.add('current');
      const top = el.offsetTop;
      const view = this.host;
      if (top < view.scrollTop || top + el.offsetHeight > view.scrollTop + view.clientHeight) {
        view.scrollTop = Math.max(0, top - view.clientHeight / 2);
      }
    }
  }
}
