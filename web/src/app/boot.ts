import { defaultScenario, findScenario, scenarioSource } from '../scenarios/catalog';
import type { ParsedLink } from '../url/codec';
import { DEFAULT_OPTIONS, initialState, type AppState, type Theme } from './store';

/** The starting state for a link; a link that cannot be used gives the default example and a banner.
 * A gallery example's source is fetched (each is a small chunk of its own). */
export async function stateFromLink(parsed: ParsedLink, theme: Theme): Promise<AppState> {
  const state = linkState(parsed, theme);
  if (state.example !== null) {
    try {
      state.source = await scenarioSource(state.example);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      state.banner = { tone: 'error', text: `The example could not be loaded: ${why}` };
    }
  }
  return state;
}

function linkState(parsed: ParsedLink, theme: Theme): AppState {
  const fallback = defaultScenario();
  const state = initialState('', theme);
  state.example = fallback.name;
  const link = parsed.state;
  if (parsed.error !== null) {
    state.banner = { tone: 'error', text: `${parsed.error} Showing the default example instead.` };
    return state;
  }
  if (link.code !== null) {
    state.source = link.code;
    state.example = null;
  } else if (link.example !== null) {
    const scenario = findScenario(link.example);
    if (scenario) {
      state.example = scenario.name;
    } else {
      state.banner = {
        tone: 'warning',
        text: `There is no example called “${link.example}”. Showing the default example instead.`,
      };
    }
  }
  state.options = {
    seed: link.seed ?? DEFAULT_OPTIONS.seed,
    tokio: link.tokio ?? DEFAULT_OPTIONS.tokio,
    maxEvents: link.maxEvents ?? DEFAULT_OPTIONS.maxEvents,
  };
  if (link.filter !== null) state.filter = link.filter;
  if (link.speed !== null) state.speed = link.speed;
  return state;
}
