// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { busyReason, machineLine, readMachine, type MachineReading } from './machine';

const machine = (one: number): MachineReading => ({ cpu: 'Test CPU', cores: 2, loadAverage: [one, 0.5, 0.25] });

describe('the bench machine reading', () => {
  it('reads this machine: a CPU, its cores and three load averages', () => {
    const reading = readMachine();
    expect(reading.cores).toBeGreaterThan(0);
    expect(reading.cpu).not.toBe('');
    expect(reading.loadAverage).toHaveLength(3);
    for (const load of reading.loadAverage) expect(load).toBeGreaterThanOrEqual(0);
  });

  it('lets a full run on a quiet machine write the docs, and says why not otherwise', () => {
    expect(busyReason(machine(0.4), 5, 5)).toBeNull();
    expect(busyReason(machine(1), 5, 5)).toBeNull();
    expect(busyReason(machine(1.2), 5, 5)).toMatch(/load average was 1.2 .*above 1/);
    expect(busyReason(machine(0.1), 3, 5)).toMatch(/3 runs of each, fewer than a full run's 5/);
  });

  it('says what the machine is and how loaded it was before and after', () => {
    expect(machineLine(machine(0.4), machine(2))).toBe(
      'Test CPU, 2 cores; load average (1 / 5 / 15 min) 0.4 / 0.5 / 0.25 before, 2 / 0.5 / 0.25 after',
    );
  });
});
