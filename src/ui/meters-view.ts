// The meters as text and native <meter> elements: the HTML twin of the dance floor, for
// screen readers, for players without WebGL, and for anyone who wants numbers. Built once
// and updated in place (a choice changes a few numbers, never the elements). Each meter
// has its own colour and shape — a step toward, a step away, the gap between you, and
// three marks that fill up — so a full bar never reads as progress; the words are the same
// for everyone, on screen and for screen readers.
import type { Meters } from '../engine/types';
import { h } from './dom';
import type { Strings } from './i18n';

type MeterKey = 'pursue' | 'withdraw' | 'distance' | 'disappointments';

const MAX: Readonly<Record<MeterKey, number>> = { pursue: 10, withdraw: 10, distance: 10, disappointments: 3 };

interface Row {
  readonly name: HTMLElement;
  readonly meter: HTMLMeterElement;
  readonly value: HTMLElement;
  readonly pips: readonly HTMLElement[];
  last: number | null;
}

export class MetersView {
  readonly element: HTMLElement;
  private readonly phase: HTMLElement;
  private readonly rows: Readonly<Record<MeterKey, Row>>;
  private lastPhase: number | null = null;

  constructor(private strings: Strings) {
    this.phase = h('p', { class: 'phase-name' });
    this.rows = {
      pursue: makeRow('pursue'),
      withdraw: makeRow('withdraw'),
      distance: makeRow('distance'),
      disappointments: makeRow('disappointments'),
    };
    const list = h(
      'dl',
      {},
      Object.values(this.rows).map((row) => row.name.parentElement as HTMLElement),
    );
    this.element = h('section', { class: 'meters', 'aria-label': strings.metersLabel }, this.phase, list);
    this.nameRows();
  }

  setStrings(strings: Strings): void {
    this.strings = strings;
    this.element.setAttribute('aria-label', strings.metersLabel);
    this.nameRows();
    this.lastPhase = null;
  }

  show(meters: Meters): void {
    if (meters.phase !== this.lastPhase) {
      this.lastPhase = meters.phase;
      this.phase.textContent = `${this.strings.phaseLabel(meters.phase)} · ${this.strings.phaseNames[meters.phase] ?? ''}`;
    }
    set(this.rows.pursue, meters.pursue, MAX.pursue);
    set(this.rows.withdraw, meters.withdraw, MAX.withdraw);
    set(this.rows.distance, meters.partnerDistance, MAX.distance);
    set(this.rows.disappointments, meters.disappointments, MAX.disappointments);
  }

  private nameRows(): void {
    const s = this.strings;
    const names: Record<MeterKey, string> = {
      pursue: s.meterPursue,
      withdraw: s.meterWithdraw,
      distance: s.meterDistance,
      disappointments: s.meterDisappointments,
    };
    for (const key of Object.keys(this.rows) as MeterKey[]) {
      const row = this.rows[key];
      const label = row.name.lastChild;
      if (label) label.textContent = names[key];
      row.meter.setAttribute('aria-label', names[key]);
    }
  }
}

function makeRow(key: MeterKey): Row {
  // The mark before the name (an arrow in, an arrow away, a gap, a crack) is drawn by styles.css.
  const name = h('dt', {}, h('span', {}));
  const meter = h('meter', { min: 0, max: MAX[key], value: 0 });
  const value = h('span', { class: 'meter-value' });
  // Disappointments are counted, not filled: three marks instead of a bar.
  const pips =
    key === 'disappointments' ? [0, 1, 2].map(() => h('span', { class: 'meter-pip', 'aria-hidden': 'true' })) : [];
  const dd = h('dd', {}, meter, pips.length ? h('span', { class: 'meter-pips' }, pips) : null, value);
  h('div', { class: `meter meter-${key}` }, name, dd);
  return { name, meter, value, pips, last: null };
}

function set(row: Row, value: number, max: number): void {
  if (row.last === value) return;
  row.last = value;
  row.meter.setAttribute('value', String(value));
  row.value.textContent = `${value}/${max}`;
  for (const [i, pip] of row.pips.entries()) pip.classList.toggle('filled', i < value);
}
