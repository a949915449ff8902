/**
 * The machine a bench run measured, so its figures can be read against it: the CPU, the
 * cores and the load averages before and after. A figure in the docs must come from a quiet
 * machine, so a run that starts busy does not write the docs table.
 */
import { cpus, loadavg } from 'node:os';

export interface MachineReading {
  cpu: string;
  cores: number;
  /** The 1, 5 and 15 minute load averages, two decimals. */
  loadAverage: [number, number, number];
}

/** Above this one-minute load average before a run, the machine is busy. */
const QUIET_LOAD = 1;

export function readMachine(): MachineReading {
  const [one = 0, five = 0, fifteen = 0] = loadavg().map((n) => Math.round(n * 100) / 100);
  return { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, loadAverage: [one, five, fifteen] };
}

/** Why a run's figures may not go into the docs, or null when they may. */
export function busyReason(before: MachineReading, runs: number, fullRuns: number): string | null {
  if (runs < fullRuns) return `${runs} runs of each, fewer than a full run's ${fullRuns}`;
  const [one] = before.loadAverage;
  if (one > QUIET_LOAD) {
    return `the one-minute load average was ${one} when the run started (above ${QUIET_LOAD}: something else was running)`;
  }
  return null;
}

/** The docs' line about the machine: what it is and how loaded it was. */
export function machineLine(before: MachineReading, after: MachineReading): string {
  const load = (m: MachineReading) => m.loadAverage.join(' / ');
  return `${before.cpu}, ${before.cores} cores; load average (1 / 5 / 15 min) ${load(before)} before, ${load(after)} after`;
}
