// The link format. A hash is `#v=1&code=<lz>&seed=N&tokio=1.24&...` or `#v=1&example=<name>&...`
// (see web/README.md). Older `#code/<lz>&...` and `#example/<name>&...` forms are read too.
import LZString from 'lz-string';
import { decompressFromUriBounded } from './lz';
import type { TokioVersion } from '../worker/protocol';
import type { TraceFilter } from '../app/kinds';

export const LINK_VERSION = 1;
/** Longest hash read at all: beyond it a link is refused before any decoding. */
export const MAX_HASH_CHARS = 200_000;
/** Longest program a link may carry once decompressed. */
export const MAX_SOURCE_CHARS = 100_000;
export const MAX_EVENTS_LIMIT = 10_000_000;
export const SPEEDS = [1, 2, 5, 10, 25, 100, 1000] as const;

export interface EmbedOptions {
  readonly: boolean;
  autorun: boolean;
  editor: boolean;
  theme: 'light' | 'dark' | null;
  step: number | null;
  height: number | null;
}

export interface LinkState {
  code: string | null;
  example: string | null;
  seed: number | null;
  tokio: TokioVersion | null;
  maxEvents: number | null;
  filter: TraceFilter | null;
  speed: number | null;
  embed: EmbedOptions;
}

export interface ParsedLink {
  state: LinkState;
  /** Set when the hash could not be used; `state` then carries no program. */
  error: string | null;
}

export function emptyLink(): LinkState {
  return {
    code: null,
    example: null,
    seed: null,
    tokio: null,
    maxEvents: null,
    filter: null,
    speed: null,
    embed: { readonly: false, autorun: false, editor: true, theme: null, step: null, height: null },
  };
}

function intIn(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function flag(text: string | undefined): boolean {
  return text === '1' || text === 'true' || text === '';
}

function splitPairs(hash: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of hash.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const slash = part.indexOf('/');
    let key: string;
    let value: string;
    if (eq >= 0 && (slash < 0 || eq < slash)) {
      key = part.slice(0, eq);
      value = part.slice(eq + 1);
    } else if (slash >= 0 && (part.startsWith('code/') || part.startsWith('example/'))) {
      key = part.slice(0, slash);
      value = part.slice(slash + 1);
    } else {
      key = part;
      value = '';
    }
    if (!pairs.has(key)) pairs.set(key, value);
  }
  return pairs;
}

function decodeText(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Reads a location hash (with or without the leading '#'). Never throws. */
export function parseHash(rawHash: string): ParsedLink {
  const state = emptyLink();
  const hash = rawHash.startsWith('#') ? rawHash.slice(1) : rawHash;
  if (hash === '') return { state, error: null };
  if (hash.length > MAX_HASH_CHARS) {
    return { state, error: `This link is too long to open (${hash.length} characters).` };
  }
  const pairs = splitPairs(hash);
  const version = pairs.get('v');
  if (version !== undefined && version !== String(LINK_VERSION)) {
    return {
      state,
      error: `This link uses format v=${version.slice(0, 8)}, which this version of pollscope cannot read.`,
    };
  }

  const code = pairs.get('code');
  const example = pairs.get('example');
  if (code !== undefined) {
    const source = decompressFromUriBounded(code, MAX_SOURCE_CHARS);
    if (source === null || source === '') {
      return { state, error: 'The program in this link is damaged or too large to open.' };
    }
    state.code = source;
  } else if (example !== undefined) {
    const name = decodeText(example);
    if (name === null || !/^[\w.-]{1,80}$/.test(name)) {
      return { state, error: 'The example named in this link is not valid.' };
    }
    state.example = name;
  }

  state.seed = intIn(pairs.get('seed'), 0, 0xffff_ffff);
  const tokio = pairs.get('tokio');
  state.tokio = tokio === '1.24' || tokio === '1.29' ? tokio : null;
  state.maxEvents = intIn(pairs.get('maxEvents'), 1, MAX_EVENTS_LIMIT);
  const filter = pairs.get('filter');
  state.filter = filter === 'all' || filter === 'polls' || filter === 'output' ? filter : null;
  const speed = intIn(pairs.get('speed'), 1, 1000);
  state.speed = speed !== null && (SPEEDS as readonly number[]).includes(speed) ? speed : null;

  const theme = pairs.get('theme');
  state.embed = {
    readonly: pairs.has('readonly') && flag(pairs.get('readonly')),
    autorun: pairs.has('autorun') && flag(pairs.get('autorun')),
    editor: pairs.get('editor') !== '0',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    step: intIn(pairs.get('step'), 0, MAX_EVENTS_LIMIT),
    height: intIn(pairs.get('height'), 120, 4000),
  };
  return { state, error: null };
}

/** Writes a hash (without '#'). Embed options are written only when `withEmbed` is set. */
export function formatHash(state: LinkState, withEmbed = false): string {
  const parts = [`v=${LINK_VERSION}`];
  if (state.example !== null) parts.push(`example=${encodeURIComponent(state.example)}`);
  else if (state.code !== null)
    parts.push(`code=${LZString.compressToEncodedURIComponent(state.code)}`);
  if (state.seed !== null) parts.push(`seed=${state.seed}`);
  if (state.tokio !== null) parts.push(`tokio=${state.tokio}`);
  if (state.maxEvents !== null) parts.push(`maxEvents=${state.maxEvents}`);
  if (state.filter !== null && state.filter !== 'all') parts.push(`filter=${state.filter}`);
  if (state.speed !== null) parts.push(`speed=${state.speed}`);
  if (withEmbed) {
    const e = state.embed;
    if (e.readonly) parts.push('readonly=1');
    if (e.autorun) parts.push('autorun=1');
    if (!e.editor) parts.push('editor=0');
    if (e.theme !== null) parts.push(`theme=${e.theme}`);
    if (e.step !== null) parts.push(`step=${e.step}`);
    if (e.height !== null) parts.push(`height=${e.height}`);
  }
  return parts.join('&');
}
