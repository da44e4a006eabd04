import type { Controller } from '../app/controller';
import type { AppState } from '../app/store';
import { SPEEDS } from '../url/codec';
import { button, h, icon } from './dom';

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Back, Step, Play/Pause, speed, the scrubber and the event counter. */
export class PlaybackBar {
  readonly el: HTMLElement;
  private readonly startBtn = button(
    'To the first event',
    { class: 'btn icon-only', 'data-action': 'start' },
    icon('start'),
  );
  private readonly backBtn = button(
    'Back one event',
    { class: 'btn icon-only', 'data-action': 'back' },
    icon('back'),
  );
  private readonly stepBtn = button(
    'Step one event',
    { class: 'btn icon-only', 'data-action': 'step' },
    icon('step'),
  );
  private readonly playBtn = button(
    'Play',
    { class: 'btn icon-only', 'data-action': 'play' },
    icon('play'),
  );
  private readonly endBtn = button(
    'To the last event',
    { class: 'btn icon-only', 'data-action': 'end' },
    icon('end'),
  );
  private readonly speed = h('select', {
    class: 'select',
    title: 'Playback speed',
    'aria-label': 'Playback speed',
    'data-control': 'speed',
  });
  private readonly scrubber = h('input', {
    type: 'range',
    class: 'scrubber',
    min: '0',
    max: '0',
    value: '0',
    'aria-label': 'Trace position',
    'data-control': 'scrubber',
  });
  private readonly counter = h('span', { class: 'counter', 'data-role': 'counter' });
  private playing = false;

  constructor(controller: Controller) {
    for (const s of SPEEDS) this.speed.append(h('option', { value: String(s) }, `${s}/s`));
    this.el = h(
      'div',
      { class: 'playback' },
      h(
        'div',
        { class: 'group transport' },
        this.startBtn,
        this.backBtn,
        this.playBtn,
        this.stepBtn,
        this.endBtn,
      ),
      this.speed,
      this.scrubber,
      this.counter,
    );
    this.startBtn.addEventListener('click', () => controller.toStart());
    this.backBtn.addEventListener('click', () => controller.step(-1));
    this.stepBtn.addEventListener('click', () => controller.step(1));
    this.endBtn.addEventListener('click', () => controller.toEnd());
    this.playBtn.addEventListener('click', () =>
      this.playing ? controller.pause() : controller.play(),
    );
    this.speed.addEventListener('change', () => controller.setSpeed(Number(this.speed.value)));
    // Read the value before anything re-renders the bar (which writes the cursor back into it).
    this.scrubber.addEventListener('input', () => controller.scrub(Number(this.scrubber.value)));
    controller.store.subscribe((state) => this.render(state));
    this.render(controller.store.state);
  }

  private render(state: AppState): void {
    const running = state.run.phase === 'running';
    if (this.playing !== state.playing) {
      this.playing = state.playing;
      this.playBtn.replaceChildren(icon(state.playing ? 'pause' : 'play'));
      this.playBtn.title = state.playing ? 'Pause' : 'Play';
      this.playBtn.setAttribute('aria-label', this.playBtn.title);
      this.playBtn.dataset['action'] = state.playing ? 'pause' : 'play';
    }
    this.speed.value = String(state.speed);
    const total = state.trace.count;
    this.scrubber.max = String(total);
    this.scrubber.value = String(state.cursor);
    this.scrubber.style.setProperty(
      '--fill',
      total > 0 ? `${(state.cursor / total) * 100}%` : '0%',
    );
    this.counter.textContent = running
      ? `${count(state.cursor)} / ${count(total)} events…`
      : total > 0
        ? `${count(state.cursor)} / ${count(total)}`
        : 'no trace yet';
  }
}
