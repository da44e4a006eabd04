import type { AppState } from '../app/store';
import { DEFAULT_OPTIONS } from '../app/store';
import { emptyLink, formatHash, type EmbedOptions, type LinkState } from '../url/codec';

/** The link state of what is on screen: the example's name while it is unchanged, else the code. */
export function linkStateOf(state: AppState, embed: Partial<EmbedOptions> = {}): LinkState {
  const link = emptyLink();
  if (state.example !== null) link.example = state.example;
  else link.code = state.source;
  link.seed = state.options.seed;
  link.tokio = state.options.tokio;
  link.maxEvents =
    state.options.maxEvents !== DEFAULT_OPTIONS.maxEvents ? state.options.maxEvents : null;
  link.filter = state.filter;
  link.speed = state.speed !== 5 ? state.speed : null;
  link.embed = { ...link.embed, ...embed };
  return link;
}

function pageUrl(page: 'index.html' | 'embed.html', href: string): string {
  return new URL(page, href).href;
}

/** The event the reader is on, for links that keep it (null at the start or the end). */
export function currentStep(state: AppState): number | null {
  const atEnd = state.cursor >= state.trace.count;
  return state.cursor > 0 && !atEnd && !state.follow ? state.cursor : null;
}

/** The full page's link for the current state. */
export function shareLink(state: AppState, href: string): string {
  return `${href.split('#')[0] ?? href}#${formatHash(linkStateOf(state))}`;
}

/** The "Open in pollscope" target from inside an embed: the same program, step and theme. */
export function openInPageLink(state: AppState, href: string): string {
  const link = linkStateOf(state, { step: currentStep(state), theme: state.theme });
  return `${pageUrl('index.html', href)}#${formatHash(link, true)}`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The embed's address for `options` (the current program, seed and filters). */
export function embedUrl(state: AppState, href: string, options: Partial<EmbedOptions>): string {
  return `${pageUrl('embed.html', href)}#${formatHash(linkStateOf(state, options), true)}`;
}

/** The host page's side: sizes each pollscope iframe to the height it reports. */
export function heightScript(origin: string): string {
  return (
    `<script>addEventListener("message",function(e){` +
    `if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="pollscope:height")return;` +
    `document.querySelectorAll("iframe").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`
  );
}

/** An iframe snippet for blog posts, `height` px tall, with the script that keeps it sized. */
export function embedSnippet(
  state: AppState,
  href: string,
  options: Partial<EmbedOptions>,
  height: number,
  title: string,
): string {
  const src = embedUrl(state, href, options);
  const iframe =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`pollscope: ${title}`)}" ` +
    `width="100%" height="${Math.round(height)}" style="border:0;border-radius:8px;max-width:100%"></iframe>`;
  return `${iframe}\n${heightScript(new URL(href).origin)}`;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
