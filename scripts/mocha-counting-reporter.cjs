// Mocha's spec output for people, plus a JSON tally for scripts/run-tests.mjs.
const Mocha = require('mocha');
const { writeFileSync } = require('node:fs');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const tally = { passed: 0, failed: 0, skipped: 0 };
    runner.on('pass', () => tally.passed++);
    runner.on('fail', () => tally.failed++);
    runner.on('pending', () => tally.skipped++);
    runner.once('end', () => {
      if (process.env.REPERE_MOCHA_COUNTS) writeFileSync(process.env.REPERE_MOCHA_COUNTS, JSON.stringify(tally));
    });
  }
}
module.exports = CountingReporter;
