import { describe, expect, it } from 'vitest';
import { calibrate, fitCalibration, nearEqualShares, UNTRAINED_CALIBRATION, type CandidateSignals } from './calibration.js';

describe('nearEqualShares', () => {
  it('splits a tie evenly and leaves a clear lead almost all of the confidence', () => {
    expect(nearEqualShares([0.8, 0.8], 0.1)).toEqual([0.5, 0.5]);
    const [lead] = nearEqualShares([0.9, 0.3, 0.2], 0.1);
    expect(lead).toBeGreaterThan(0.99);
    const [first, second] = nearEqualShares([0.9, 0.8], 0.1);
    expect(first).toBeCloseTo(Math.E / (Math.E + 1), 6);
    expect(second).toBeCloseTo(1 / (Math.E + 1), 6);
  });
});

describe('fitCalibration', () => {
  it('moves only the free weights, learning the signal that separates right from wrong', () => {
    const rows: CandidateSignals[] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      const right = i % 2 === 0;
      rows.push([0.5, 0.5, 0.6, 0, right ? 0.4 : 0.02]);
      labels.push(right);
    }
    const fitted = fitCalibration(rows, labels, UNTRAINED_CALIBRATION, [false, false, true, true, true]);
    expect(fitted.weights.slice(0, 2)).toEqual([0, 0]);
    expect(fitted.weights[4]).toBeGreaterThan(1);
    expect(calibrate(fitted, [0, 0, 0.6, 0, 0.4])).toBeGreaterThan(calibrate(fitted, [0, 0, 0.6, 0, 0.02]));
  });

  it('reads a calibration exported before the relative margin (four weights) as weight 0 for it', () => {
    const old = { weights: [0, 0, 5, 6], bias: -3.5 };
    expect(calibrate(old, [0, 0, 0.7, 0.1, 0.5])).toBeCloseTo(calibrate(UNTRAINED_CALIBRATION, [0, 0, 0.7, 0.1, 0.5]), 10);
  });
});
