// The meters as text and native <meter> elements: the HTML twin of the dance floor,
// for screen readers, for players without WebGL, and for anyone who wants numbers.
import type { Meters } from '../engine/types';
import { h, replaceChildren } from './dom';
import type { Strings } from './i18n';

export class MetersView {
  readonly element: HTMLElement;

  constructor(private strings: Strings) {
    this.element = h('section', { class: 'meters', 'aria-label': strings.metersLabel });
  }

  setStrings(strings: Strings): void {
    this.strings = strings;
    this.element.setAttribute('aria-label', strings.metersLabel);
  }

  show(meters: Meters): void {
    const s = this.strings;
    const row = (key: string, label: string, value: number, max: number) =>
      h(
        'div',
        { class: `meter meter-${key}` },
        h('dt', {}, label),
        h(
          'dd',
          {},
          h('meter', { min: 0, max, value, 'aria-label': label }),
          h('span', { class: 'meter-value' }, `${value}/${max}`),
        ),
      );
    replaceChildren(
      this.element,
      h('p', { class: 'phase-name' }, `${s.phaseLabel(meters.phase)} · ${s.phaseNames[meters.phase] ?? ''}`),
      h(
        'dl',
        {},
        row('pursue', s.meterPursue, meters.pursue, 10),
        row('withdraw', s.meterWithdraw, meters.withdraw, 10),
        row('distance', s.meterDistance, meters.partnerDistance, 10),
        row('disappointments', s.meterDisappointments, meters.disappointments, 3),
      ),
    );
  }
}
