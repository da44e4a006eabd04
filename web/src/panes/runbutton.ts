import type { Controller } from '../app/controller';
import { button, h, icon } from './dom';

/** Run, or Stop while a run is recording. */
export function runButtons(controller: Controller): HTMLElement {
  const run = button(
    'Run (Ctrl+Enter)',
    { class: 'btn primary', 'data-action': 'run' },
    icon('play'),
    h('span', {}, 'Run'),
  );
  const stop = button(
    'Stop',
    { class: 'btn danger', 'data-action': 'stop' },
    icon('stop'),
    h('span', {}, 'Stop'),
  );
  run.addEventListener('click', () => controller.run());
  stop.addEventListener('click', () => controller.stop());
  const render = () => {
    const running = controller.store.state.run.phase === 'running';
    if (run.hidden !== running && document.activeElement === (running ? run : stop)) {
      run.hidden = running;
      stop.hidden = !running;
      (running ? stop : run).focus();
    } else {
      run.hidden = running;
      stop.hidden = !running;
    }
  };
  controller.store.subscribe((s, p) => s.run.phase !== p.run.phase && render());
  render();
  return h('div', { class: 'group run-group' }, run, stop);
}
