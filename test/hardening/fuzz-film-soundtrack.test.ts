/** Issue 9, "Property-based fuzzing" of <film-soundtrack>: see fuzz.ts for the inputs, the checks and how to replay a seed. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { DEFAULT_RUNS, describeReport, fuzzElement } from './fuzz.js';

describe('hardening: fuzzing <film-soundtrack>', function () {
  this.timeout(170_000);

  it(`${DEFAULT_RUNS.toLocaleString('en')}+ generated inputs (sample mutations, random JSON, JSON-LD, text) each end in the film or the error state`, async () => {
    const report = await fuzzElement('film-soundtrack');
    console.log(describeReport('film-soundtrack', report));
    expect(report.runs).to.equal(report.requested);
    expect(report.runs).to.be.at.least(Math.min(DEFAULT_RUNS, report.requested));
  });
});
