import type { ITheme } from '@xterm/xterm';
import type { Theme } from './store';

const STORAGE_KEY = 'pollscope.theme';

export function systemTheme(): Theme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The full page remembers an explicit choice; otherwise the system decides. */
export function savedTheme(): Theme | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : null;
  } catch {
    return null;
  }
}

export function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be unavailable (private mode, sandboxed frames); the choice then lasts the visit.
  }
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  document.documentElement.style.colorScheme = theme;
}

/** Terminal palettes. Slot "brightWhite" is the program-output colour in both themes. */
export function terminalTheme(theme: Theme): ITheme {
  if (theme === 'dark') {
    return {
      background: '#0f1419',
      foreground: '#c9d1d9',
      cursor: '#0f1419',
      selectionBackground: '#33415588',
      scrollbarSliderBackground: '#8b96a322',
      scrollbarSliderHoverBackground: '#8b96a344',
      scrollbarSliderActiveBackground: '#8b96a366',
      black: '#0f1419',
      red: '#f47067',
      green: '#7ee787',
      yellow: '#e3b341',
      blue: '#6cb6ff',
      magenta: '#dcbdfb',
      cyan: '#76e3ea',
      white: '#c9d1d9',
      brightBlack: '#6e7681',
      brightRed: '#ff938a',
      brightGreen: '#a6f0b0',
      brightYellow: '#f2cc60',
      brightBlue: '#96d0ff',
      brightMagenta: '#e8d1ff',
      brightCyan: '#b3f0ff',
      brightWhite: '#ffffff',
    };
  }
  return {
    background: '#fbfbfa',
    foreground: '#1f2328',
    cursor: '#fbfbfa',
    selectionBackground: '#b6d4fe88',
    scrollbarSliderBackground: '#1f232818',
    scrollbarSliderHoverBackground: '#1f232830',
    scrollbarSliderActiveBackground: '#1f232848',
    black: '#1f2328',
    red: '#c4314b',
    green: '#1a7f37',
    yellow: '#9a6700',
    blue: '#0969da',
    magenta: '#8250df',
    cyan: '#0b7a86',
    white: '#6e7781',
    brightBlack: '#8c959f',
    brightRed: '#d1242f',
    brightGreen: '#2da44e',
    brightYellow: '#bf8700',
    brightBlue: '#218bff',
    brightMagenta: '#a475f9',
    brightCyan: '#3192aa',
    brightWhite: '#0d1117',
  };
}
