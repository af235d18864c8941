/**
 * Smoke run of the benchmarks (bench/): every case once, with small inputs and no timing assertions, so
 * the benchmark code cannot rot. Each case runs with our elements, the hand-written baseline and the
 * React 19 baseline, and the test checks that all three render the same DOM at every step — the
 * benchmark compares like with like — and that ours renders what the case asks for.
 */
import { expect } from '@open-wc/testing';

import { runCase, type CaseName } from '../bench/cases.js';
import type { Driver, VariantName } from '../bench/driver.js';
import { driver as ours } from '../bench/ours/driver.js';
import { pageCost } from '../bench/page.js';
import { driver as react } from '../bench/react/driver.js';
import { driver as vanilla } from '../bench/vanilla/driver.js';

const drivers: Record<VariantName, Driver> = { ours, vanilla, react };

/**
 * The DOM under `root` as text: elements with their attributes (sorted; `class` and `style`
 * normalised), and text with whitespace collapsed. Comments (Lit's markers) and whitespace-only text
 * (template indentation) are left out; adjacent text nodes are joined.
 */
function snapshot(root: ParentNode): string {
  const lines: string[] = [];
  const walk = (parent: ParentNode, depth: number) => {
    let text = '';
    const flush = () => {
      const collapsed = text.replace(/\s+/g, ' ').trim();
      if (collapsed) lines.push(`${'  '.repeat(depth)}"${collapsed}"`);
      text = '';
    };
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
      else if (node instanceof Element) {
        flush();
        const attributes = [...node.attributes]
          .map(({ name, value }) => {
            if (name === 'class') value = value.split(/\s+/).filter(Boolean).join(' ');
            if (name === 'style') value = (node as HTMLElement).style.cssText;
            return `${name}="${value}"`;
          })
          .sort();
        lines.push(`${'  '.repeat(depth)}<${node.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`);
        walk(node, depth + 1);
      }
    }
    flush();
  };
  walk(root, 0);
  return lines.join('\n');
}

const frames = (n = 2) =>
  new Promise<void>((resolve) =>
    (function next(left: number) {
      if (!left) resolve();
      else requestAnimationFrame(() => next(left - 1));
    })(n),
  );

/** Runs a case with each variant in its own 800 px container; returns the DOM snapshots per step. */
async function runAll(name: CaseName | 'page', n: number): Promise<Record<VariantName, Record<string, string[]>>> {
  const snapshots = {} as Record<VariantName, Record<string, string[]>>;
  for (const [variant, driver] of Object.entries(drivers) as [VariantName, Driver][]) {
    const container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
    try {
      const steps: Record<string, string[]> = {};
      const look = async (step: string) => {
        await frames();
        steps[step] = driver.roots(container).map(snapshot);
      };
      if (name === 'page') {
        performance.clearMeasures('page');
        performance.mark('page:start');
        expect(await pageCost(driver, container), `${variant}: page cost measured`).to.be.a('number');
        await look('page');
      } else {
        await runCase(name, driver, n, container, look);
      }
      snapshots[variant] = steps;
    } finally {
      container.remove();
    }
  }
  return snapshots;
}

/** Where two snapshots part: a few lines of each around the first difference (the whole DOM is long). */
function firstDifference(ours: string, theirs: string): string | undefined {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  const i = a.findIndex((line, j) => line !== b[j]);
  const at = i === -1 ? (a.length === b.length ? -1 : a.length) : i;
  if (at === -1) return undefined;
  const around = (lines: string[]) => lines.slice(Math.max(0, at - 3), at + 4).join('\n');
  return `line ${at + 1}\n--- ours\n${around(a)}\n--- baseline\n${around(b)}`;
}

function expectSameDom(snapshots: Record<VariantName, Record<string, string[]>>) {
  for (const [step, theirs] of Object.entries(snapshots.ours)) {
    for (const variant of ['vanilla', 'react'] as const) {
      const other = snapshots[variant][step];
      expect(other, `${variant} at ${step}`).to.have.length(theirs.length);
      theirs.forEach((dom, i) => {
        const difference = firstDifference(dom, other![i]!);
        expect(difference, `${variant} at ${step}, element ${i + 1} differs from ours at ${difference}`).to.equal(undefined);
      });
    }
  }
}

describe('benchmarks (smoke run: each case once, same DOM in every variant)', () => {
  it('cards: first render, then update to another film', async () => {
    const snapshots = await runAll('cards', 2);
    const [card] = snapshots.ours['first-render']!;
    expect(card).to.match(/<div aria-level="3" class="title" dir="auto" id="title" part="title" role="heading">\n\s*"Leaving Las Vegas"/);
    expect(card).to.contain('"Show all 18 cast members"');
    expect(snapshots.ours.update![0]).to.contain('"Rain in Reno"').and.not.contain('"Leaving Las Vegas"');
    expectSameDom(snapshots);
  });

  for (const n of [10, 1000]) {
    it(`carousel with ${n} reviews: first render, then next()`, async () => {
      const snapshots = await runAll('carousel', n);
      const [first] = snapshots.ours['first-render']!;
      // 800 px wide: two slides side by side (the third the widest layout shows is in the DOM, inert), two
      // more kept after them; a picker of tabs or a slider.
      expect(first!.match(/<div [^>]*part="slide"/g)).to.have.length(5);
      expect(first!.match(/<div [^>]*part="slide"[^>]*>/g)!.filter((slide) => !/ inert/.test(slide))).to.have.length(2);
      expect(first).to.contain(n === 10 ? 'role="tablist"' : 'part="jump"');
      expect(snapshots.ours.next![0])
        .to.match(/<div [^>]*id="slide-1"[^>]*role="group">/)
        .and.not.match(/<div [^>]*id="slide-1" inert/);
      expectSameDom(snapshots);
    });
  }

  for (const n of [25, 2000]) {
    it(`soundtrack with ${n} tracks: first render`, async () => {
      const snapshots = await runAll('soundtrack', n);
      const [album] = snapshots.ours['first-render']!;
      expect(album!.match(/<li class="track[^"]*"/g)).to.have.length(15);
      expect(album).to.contain(`"Show all ${n.toLocaleString('en')} tracks"`);
      expectSameDom(snapshots);
    });
  }

  it('page: all five elements', async () => {
    const snapshots = await runAll('page', 1);
    expect(snapshots.ours.page).to.have.length(5);
    for (const dom of snapshots.ours.page!) expect(dom).to.match(/^<\w+/);
    expectSameDom(snapshots);
  });
});
