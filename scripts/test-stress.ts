// `npm run test:stress [-- <playwright args>]`: the end-to-end suite with one core kept busy, so
// that a test which depends on the machine's speed fails here rather than now and then elsewhere.
// Extra arguments go to Playwright (`npm run test:stress -- --repeat-each 3 e2e/hostile.spec.ts`).
// Exits with the suite's code; the busy loop is stopped on every way out.
import { spawn, type ChildProcess } from 'node:child_process';

// The busy loop spins in slices and, between them, watches its stdin: when this script ends in
// any way, even killed outright, the pipe closes and the loop exits with it.
const BUSY_LOOP = `
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
const spin = () => { const until = Date.now() + 50; while (Date.now() < until); setImmediate(spin); };
spin();
`;

function startBusyLoop(): ChildProcess {
  const loop = spawn(process.execPath, ['-e', BUSY_LOOP], { stdio: ['pipe', 'ignore', 'inherit'] });
  loop.on('error', (error) => console.error(`The busy loop could not start: ${error.message}`));
  return loop;
}

/** `npm run test:e2e -- …args`, with the npm that runs this script when there is one. */
function startSuite(args: string[]): ChildProcess {
  const npmCli = process.env.npm_execpath;
  const npmArgs = ['run', 'test:e2e', ...(args.length > 0 ? ['--', ...args] : [])];
  return npmCli
    ? spawn(process.execPath, [npmCli, ...npmArgs], { stdio: 'inherit' })
    : spawn('npm', npmArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
}

const loop = startBusyLoop();
const stopLoop = () => {
  if (loop.exitCode === null && loop.signalCode === null) loop.kill('SIGKILL');
};
process.on('exit', stopLoop);

console.warn(`test:stress: one core kept busy (pid ${loop.pid}) while the end-to-end suite runs`);
const suite = startSuite(process.argv.slice(2));

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // Let the suite stop its servers; its exit below ends this script.
    suite.kill(signal);
  });
}

suite.on('error', (error) => {
  console.error(`The end-to-end suite could not start: ${error.message}`);
  process.exit(1);
});
suite.on('exit', (code, signal) => {
  stopLoop();
  process.exit(code ?? (signal ? 1 : 0));
});
