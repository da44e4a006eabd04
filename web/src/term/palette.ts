// The one palette of the trace: each colour role of the engine's kinds (kinds.generated.ts) gets
// an ANSI slot, and each theme gives every slot a colour that reads at 4.5:1 or better on the
// terminal's background. The xterm theme is built from the same table.
import type { ITheme } from '@xterm/xterm';
import type { ColourRole } from '../app/kinds';
import type { Theme } from '../app/store';

/** ANSI colour slots the trace uses (the keys of xterm's ITheme). */
export type Slot =
  'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'brightBlack' | 'brightWhite';

/** SGR colour number of each slot. */
const SGR: Readonly<Record<Slot, number>> = {
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  brightBlack: 90,
  brightWhite: 97,
};

/** How each role is drawn: its slot and whether it is bold (as the engine's CLI colours). */
export const ROLE_STYLE: Readonly<Record<ColourRole, { slot: Slot; bold: boolean }>> = {
  quiet: { slot: 'brightBlack', bold: false },
  poll: { slot: 'cyan', bold: true },
  future: { slot: 'cyan', bold: false },
  wake: { slot: 'yellow', bold: false },
  timer: { slot: 'blue', bold: false },
  drop: { slot: 'magenta', bold: false },
  output: { slot: 'brightWhite', bold: true },
  diagnostic: { slot: 'red', bold: true },
};

interface Palette {
  background: string;
  foreground: string;
  /** Row backgrounds: the event picked in the trace, and the events of the editor's line. */
  selected: string;
  related: string;
  /** Search matches. */
  match: string;
  slots: Readonly<Record<Slot, string>>;
}

export const PALETTES: Readonly<Record<Theme, Palette>> = {
  light: {
    background: '#fbfbfa',
    foreground: '#1f2328',
    selected: '#fde2d4',
    related: '#e3edfb',
    match: '#f8e3a3',
    slots: {
      red: '#b3261e',
      green: '#17692f',
      yellow: '#855400',
      blue: '#0b57b8',
      magenta: '#7a3db8',
      cyan: '#05666f',
      brightBlack: '#5c6470',
      brightWhite: '#0d1117',
    },
  },
  dark: {
    background: '#0f1419',
    foreground: '#c9d1d9',
    selected: '#3a2418',
    related: '#1a2a3c',
    match: '#3d3210',
    slots: {
      red: '#ff8a80',
      green: '#7ee787',
      yellow: '#e3b341',
      blue: '#79b8ff',
      magenta: '#d2a8ff',
      cyan: '#76e3ea',
      brightBlack: '#9aa5b1',
      brightWhite: '#ffffff',
    },
  },
};

export const RESET = '\x1b[0m';

/** The SGR sequence that starts text in `slot`. */
export function sgr(slot: Slot, bold = false): string {
  return `\x1b[${bold ? '1;' : ''}${SGR[slot]}m`;
}

/** The SGR sequence of a colour role. */
export function roleSgr(role: ColourRole): string {
  const style = ROLE_STYLE[role];
  return sgr(style.slot, style.bold);
}

/** The colour a role is drawn in, in `theme`. */
export function roleColour(theme: Theme, role: ColourRole): string {
  return PALETTES[theme].slots[ROLE_STYLE[role].slot];
}

/** The xterm theme of `theme`: background, foreground and the trace's slots. */
export function terminalTheme(theme: Theme): ITheme {
  const p = PALETTES[theme];
  return {
    background: p.background,
    foreground: p.foreground,
    cursor: p.background,
    cursorAccent: p.background,
    selectionBackground: theme === 'dark' ? '#3b4d6680' : '#b6d4fe99',
    scrollbarSliderBackground: theme === 'dark' ? '#8b96a322' : '#1f232818',
    scrollbarSliderHoverBackground: theme === 'dark' ? '#8b96a344' : '#1f232830',
    scrollbarSliderActiveBackground: theme === 'dark' ? '#8b96a366' : '#1f232848',
    ...p.slots,
  };
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
