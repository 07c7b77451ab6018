// Tallies web-test-runner results into a JSON file so that scripts/run-tests.mjs
// can print one "N passed, N failed" line over every runner.
import { writeFileSync, mkdirSync } from 'node:fs';

function walk(suite, tally) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) tally.skipped++;
    else if (t.passed) tally.passed++;
    else {
      tally.failed++;
      tally.failures.push(`${t.name}: ${t.error?.message ?? 'failed'}`);
    }
  }
  for (const s of suite?.suites ?? []) walk(s, tally);
}

export function countingReporter({ file = process.env.REPERE_WTR_COUNTS } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0, failures: [], brokenFiles: [] };
      for (const session of sessions) {
        walk(session.testResults, tally);
        // A file that failed to load counts as a failure: it must not pass silently.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          tally.failed++;
          tally.brokenFiles.push(session.testFile);
        }
      }
      if (file) {
        mkdirSync(new URL('.', 'file://' + file).pathname, { recursive: true });
        writeFileSync(file, JSON.stringify(tally));
      }
    },
  };
}
