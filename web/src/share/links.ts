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

/** The full page's link for the current state. */
export function shareLink(state: AppState, href: string): string {
  return `${href.split('#')[0] ?? href}#${formatHash(linkStateOf(state))}`;
}

/** The "Open in pollscope" target from inside an embed. */
export function openInPageLink(state: AppState, href: string): string {
  return `${pageUrl('index.html', href)}#${formatHash(linkStateOf(state))}`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An iframe snippet for blog posts. */
export function embedSnippet(state: AppState, href: string): string {
  const hash = formatHash(linkStateOf(state, { autorun: true }), true);
  const src = `${pageUrl('embed.html', href)}#${hash}`;
  return `<iframe src="${escapeAttr(src)}" title="pollscope" width="100%" height="460" style="border:0;border-radius:8px" loading="lazy"></iframe>`;
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
