// `npm audit` that fails on any high or critical advisory in any installed package. The whole
// tree, not --omit=dev: the browser's libraries are dev dependencies (Vite bundles them, the
// server never loads them), yet they are what every user runs. When the registry offers no advisory endpoint (some mirrors refuse the
// bulk POST), it says so plainly and does not pretend the check passed.
import { execFileSync } from 'node:child_process';

let output;
try {
  output = execFileSync('npm', ['audit', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (error) {
  // npm audit exits non-zero when it finds advisories; the report is still on stdout.
  output = /** @type {{ stdout?: string }} */ (error).stdout ?? '';
}

let report;
try {
  report = JSON.parse(output);
} catch {
  console.error('npm audit printed no JSON report.');
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.statusCode
    ? `HTTP ${report.statusCode}`
    : (report.message ?? report.error?.summary ?? 'no report');
  console.warn(`npm audit: NOT CHECKED - the registry's advisory endpoint is unavailable (${reason}).`);
  process.exit(0);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (every package): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical') console.error(`  ${v.severity}: ${name} (${v.range})`);
  }
  process.exit(1);
}
