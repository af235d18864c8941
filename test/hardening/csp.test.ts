/**
 * Issue 9, "Strict page policies": the five elements on a page served with
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'` (plus a report-uri). The test runner's own page needs inline
 * scripts, so the strict page runs in an iframe (/__film/csp-page, test/server/plugins.mjs) with
 * test/hardening/csp-driver.ts, which renders and uses every element and posts back what it saw.
 *
 * Violations are collected twice: `securitypolicyviolation` events in the page, and the reports the
 * browser sends to the report-uri. Two deliberate violations at the end (an image from another origin,
 * and — where Trusted Types exist — an HTML string into innerHTML) prove both channels work, so "no
 * violation" is never just a deaf listener.
 *
 * Run twice: with the sources through the dev server, and with the CDN bundle dist/cdn/film-elements.js
 * (built by `npm test` before the browser tests; `npm run build` when running this file alone).
 */
import { expect, waitUntil } from '@open-wc/testing';

import { browser } from '../helpers.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}
interface Result {
  checks: Record<string, boolean | string>;
  elementViolations: Violation[];
  controlViolations?: Violation[];
  error?: string;
}

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Loads the strict page in an iframe and waits for the driver's result. The iframe stays until the
 * reports are in: a browser may drop the reports of a document that is gone (Firefox did, under load).
 */
async function runPage(bundle: 'source' | 'cdn', page: string, iframe: HTMLIFrameElement): Promise<Result> {
  iframe.style.width = '1000px';
  iframe.style.height = '900px';
  iframe.src = `/__film/csp-page?page=${page}&bundle=${bundle}`;
  const result = new Promise<Result>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the strict-policy page (${bundle}) sent no result within 45 s`)), 45_000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.data?.type !== 'csp-result') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data as Result);
    });
  });
  document.body.append(iframe);
  return result;
}

/** The reports the browser sent to the page's report-uri, once the control's report is among them. */
async function reports(page: string): Promise<Record<string, unknown>[]> {
  let list: Record<string, unknown>[] = [];
  const hasControl = async () => {
    list = await (await fetch(`/__film/csp-reports?page=${page}`)).json();
    return list.some((report) => JSON.stringify(report).includes('csp-control.invalid'));
  };
  // Reports are sent in the background, late on a loaded machine. Without the control's report
  // after 15 s, the tests say which reports are missing.
  await waitUntil(hasControl, 'the control report', { timeout: 15_000, interval: 100 }).catch(() => undefined);
  return list.map((report) => (report['csp-report'] as Record<string, unknown>) ?? report);
}

const describeViolation = (v: Violation) =>
  `${v.directive} blocked ${v.blocked || '(inline)'} ${v.sample ? `"${v.sample}"` : ''} at ${v.source}:${v.line}`;

describe('hardening: strict CSP and Trusted Types', function () {
  this.timeout(60_000);

  it('the test page is served with the strict policy and a report-uri', async () => {
    const response = await fetch('/__film/csp-page?page=header-check');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy.startsWith(POLICY), policy).to.equal(true);
    expect(policy).to.contain('report-uri /__film/csp-report?page=header-check');
  });

  for (const bundle of ['source', 'cdn'] as const) {
    describe(bundle === 'source' ? 'the sources (dev server)' : 'the CDN bundle (dist/cdn/film-elements.js)', () => {
      let result: Result;
      let sent: Record<string, unknown>[];
      const page = `${bundle}-${Math.random().toString(36).slice(2)}`;

      before(async function () {
        this.timeout(60_000);
        if (bundle === 'cdn') {
          const response = await fetch('/dist/cdn/film-elements.js', { method: 'HEAD' });
          if (!response.ok) throw new Error('dist/cdn/film-elements.js is missing: `npm test` builds it first; alone, run `npm run build`');
        }
        const iframe = document.createElement('iframe');
        try {
          result = await runPage(bundle, page, iframe);
          sent = await reports(page);
        } finally {
          iframe.remove();
        }
      });

      it('every element renders from every input (property, attribute, child script, src) and shows the error state', () => {
        expect(result.error, result.error).to.equal(undefined);
        expect(result.checks.defined, 'the elements were defined').to.equal(true);
        const failed = Object.entries(result.checks).filter(
          ([name, ok]) => (name.startsWith('renders') || name === 'error state') && ok !== true,
        );
        expect(failed.map(([name]) => name)).to.deep.equal([]);
        expect(Object.keys(result.checks).filter((name) => name.startsWith('renders'))).to.have.length(20);
      });

      it('and works: tooltips (focus, hover, Escape), carousel (layout, buttons, autoplay), disclosures', () => {
        const wanted = [
          'card poster aspect ratio',
          'card shows all cast',
          'tooltip opens on focus and is placed',
          'tooltip text is text',
          'tooltip closes on Escape',
          'tooltip opens on hover',
          'tooltip closes after the pointer leaves',
          'carousel shows two slides side by side',
          'carousel star meter is filled to the score',
          'carousel next button',
          'carousel autoplay',
          'awards group toggles',
          'soundtrack shows all tracks',
          'no data reached an HTML sink',
          'no payload ran',
        ];
        const failed = wanted.filter((name) => result.checks[name] !== true);
        expect(failed, JSON.stringify(result.checks)).to.deep.equal([]);
      });

      it('with no CSP violation (securitypolicyviolation events)', () => {
        expect(result.elementViolations.map(describeViolation)).to.deep.equal([]);
      });

      it('with no violation report sent to the report-uri (the control violation is reported, so reports do arrive)', () => {
        const control = sent.filter((report) => JSON.stringify(report).includes('csp-control.invalid'));
        const others = sent.filter(
          (report) =>
            !control.includes(report) &&
            report['effective-directive'] !== 'require-trusted-types-for' &&
            report['violated-directive'] !== 'require-trusted-types-for',
        );
        expect(control, `reports received: ${JSON.stringify(sent)}`).to.have.length.greaterThan(0);
        expect(others.map((report) => JSON.stringify(report))).to.deep.equal([]);
        // The Trusted Types control (where enforced) is reported too; nothing else is.
        const trustedTypes = sent.filter((report) => !control.includes(report) && !others.includes(report));
        expect(trustedTypes.length, 'Trusted Types reports').to.equal(
          result.checks.trustedTypesEnforced === true ? trustedTypes.length : 0,
        );
      });

      it('the deliberate violations are seen by the listener (the check is not deaf)', () => {
        const controls = result.controlViolations ?? [];
        expect(
          controls.some((v) => v.blocked.includes('csp-control.invalid')),
          JSON.stringify(controls),
        ).to.equal(true);
      });

      it('Trusted Types (feature-detected; Chromium always has them): where the browser has them, string HTML sinks are blocked and no element needs one; everywhere, no data string reaches an HTML sink', () => {
        // Trusted Types are enforced only where the engine implements them (Chromium; Firefox and
        // WebKit since their 2025 releases): feature-detected, so an engine without them still runs the rest.
        const supported = result.checks.trustedTypes === 'supported';
        if (navigator.userAgent.includes('Chrome/')) expect(supported, 'Chromium has Trusted Types').to.equal(true);
        if (supported) {
          expect(result.checks.trustedTypesEnforced, 'innerHTML = string is refused').to.equal(true);
          expect(
            result.controlViolations!.some((v) => /trusted-types/.test(v.directive)),
            'the refusal is reported',
          ).to.equal(true);
        } else {
          expect(result.checks.trustedTypesEnforced).to.equal(false);
        }
        // Everywhere: no data went into an HTML sink, no payload ran (the driver's own sink watch).
        expect(result.checks['no data reached an HTML sink']).to.equal(true);
        expect(result.checks['no payload ran']).to.equal(true);
        console.log(
          `[csp] ${browser()} ${bundle}: Trusted Types ${supported ? 'supported and enforced' : 'not supported by this browser'}; ${result.elementViolations.length} violations; ${sent.length} reports (controls only)`,
        );
      });
    });
  }
});
