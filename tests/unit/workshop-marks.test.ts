// The option marks the projector and the phones share: numbered from 1, a colour each,
// and readable both ways (dark ink on the mark, the mark on the dark page) at 4.5:1.
import { describe, expect, it } from 'vitest';
import { OPTION_INK, optionMark } from '../../src/shared/option-marks';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('option marks', () => {
  it('number the options from 1 and give nine different colours', () => {
    const marks = Array.from({ length: 9 }, (_, i) => optionMark(i));
    expect(marks.map((m) => m.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(new Set(marks.map((m) => m.colour)).size).toBe(9);
  });

  it('are readable: ink on every mark, every mark on the page', () => {
    for (let i = 0; i < 9; i++) {
      const { colour } = optionMark(i);
      expect(contrast(OPTION_INK, colour), colour).toBeGreaterThanOrEqual(4.5);
      expect(contrast('#14111a', colour), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
