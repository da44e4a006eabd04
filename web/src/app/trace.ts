import { RECORD_WORDS, SPAN_WORDS, type EngineSummary } from '../worker/protocol';
import { kindInfo } from './kinds';

export interface SourceSpan {
  line: number;
  col: number;
  len: number;
}

/** A recorded run: one text line and one 8-word record per event, appended chunk by chunk.
 * Text stays in the chunks as received (with line offsets), so a long run is a few large strings. */
export class Trace {
  private readonly texts: string[] = [];
  private readonly firsts: number[] = [];
  private readonly offsets: Uint32Array[] = [];
  private readonly records: Uint32Array[] = [];
  private total = 0;
  /** Chunk of the last lookup: playback and the terminal read events in order. */
  private hint = 0;
  private spanWords: Uint32Array = new Uint32Array(0);
  summary: EngineSummary | null = null;
  /** Task names by task id (main is 0), as far as the run has got. */
  taskNames: readonly string[] = [];

  get count(): number {
    return this.total;
  }

  append(text: string, records: Uint32Array): void {
    const n = Math.floor(records.length / RECORD_WORDS);
    if (n === 0) return;
    const starts = new Uint32Array(n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = at;
      const nl = i === n - 1 ? -1 : text.indexOf('\n', at);
      at = nl < 0 ? text.length : nl + 1;
    }
    starts[n] = text.length;
    this.texts.push(text);
    this.firsts.push(this.total);
    this.offsets.push(starts);
    this.records.push(
      records.length === n * RECORD_WORDS ? records : records.slice(0, n * RECORD_WORDS),
    );
    this.total += n;
  }

  private chunkOf(event: number): number {
    const hint = this.hint;
    const first = this.firsts[hint] ?? 0;
    if (event >= first && event < first + ((this.offsets[hint]?.length ?? 1) - 1)) return hint;
    let lo = 0;
    let hi = this.firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.firsts[mid] ?? 0) <= event) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return lo;
  }

  /** The formatted text of one event, without its newline. */
  line(event: number): string {
    const lo = this.chunkOf(event);
    const starts = this.offsets[lo];
    const text = this.texts[lo];
    if (!starts || text === undefined) return '';
    const i = event - (this.firsts[lo] ?? 0);
    const line = text.slice(starts[i] ?? 0, starts[i + 1] ?? 0);
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  }

  /** The name of task `id` as the trace shows it. */
  taskName(id: number): string {
    return this.taskNames[id] ?? `task ${id}`;
  }

  setSpans(spans: Uint32Array): void {
    this.spanWords = spans;
  }

  word(event: number, index: number): number {
    if (event < 0 || event >= this.total) return 0;
    const chunk = this.chunkOf(event);
    const words = this.records[chunk];
    return words?.[(event - (this.firsts[chunk] ?? 0)) * RECORD_WORDS + index] ?? 0;
  }

  kind(event: number): number {
    return this.word(event, 7) & 0xff;
  }

  flags(event: number): number {
    return (this.word(event, 7) >>> 8) & 0xff;
  }

  depth(event: number): number {
    return this.word(event, 7) >>> 16;
  }

  timeUs(event: number): number {
    return this.word(event, 1) * 2 ** 32 + this.word(event, 0);
  }

  task(event: number): number {
    return this.word(event, 2);
  }

  span(event: number): SourceSpan | null {
    const id = this.word(event, 3);
    return this.spanById(id);
  }

  spanById(id: number): SourceSpan | null {
    if (id === 0) return null;
    const base = id * SPAN_WORDS;
    if (base + 2 >= this.spanWords.length) return null;
    const line = this.spanWords[base] ?? 0;
    if (line === 0) return null;
    return { line, col: this.spanWords[base + 1] ?? 1, len: this.spanWords[base + 2] ?? 0 };
  }

  /** The nearest event at or before `event` that has a source span. */
  spanAtOrBefore(event: number): SourceSpan | null {
    for (let i = event; i >= 0 && i > event - 64; i--) {
      const span = this.span(i);
      if (span) return span;
    }
    return null;
  }

  toText(): string {
    const out: string[] = [];
    for (let i = 0; i < this.total; i++) out.push(this.line(i));
    return out.length === 0 ? '' : out.join('\n') + '\n';
  }

  toJsonLines(): string {
    const out: string[] = [];
    for (let i = 0; i < this.count; i++) {
      const span = this.span(i);
      out.push(
        JSON.stringify({
          i,
          timeUs: this.timeUs(i),
          task: this.task(i),
          kind: kindInfo(this.kind(i)).trace,
          flags: this.flags(i),
          depth: this.depth(i),
          a: this.word(i, 4),
          b: this.word(i, 5),
          c: this.word(i, 6),
          line: span?.line ?? null,
          col: span?.col ?? null,
          text: this.line(i),
        }),
      );
    }
    return out.length === 0 ? '' : out.join('\n') + '\n';
  }
}
