/**
 * The benchmark page (bench/index.html): `?case=cards|carousel|soundtrack&variant=ours|vanilla|react&n=N`
 * (the list: bench/cases.json; how each case runs: bench/cases.ts). Each variant's code is a separate
 * chunk, loaded before anything is timed. Reports `performance.measure` entries and
 * `window.benchHeapKB`; the title says `bench done` or `bench error: …`.
 */
import { runCase, type CaseName } from './cases.js';
import list from './cases.json';
import type { Driver, VariantName } from './driver.js';
import { check, fail, quiet } from './measure.js';

const drivers: Record<VariantName, () => Promise<{ driver: Driver }>> = {
  ours: () => import('./ours/driver.js'),
  vanilla: () => import('./vanilla/driver.js'),
  react: () => import('./react/driver.js'),
};

async function main() {
  const params = new URLSearchParams(location.search);
  const variant = (params.get('variant') ?? 'ours') as VariantName;
  const name = (params.get('case') ?? 'cards') as CaseName;
  if (!drivers[variant] || !list.variants.includes(variant)) fail(`unknown variant ${variant}`);
  if (!Object.hasOwn(list.cases, name)) fail(`unknown case ${name}`);
  const { driver } = await drivers[variant]();
  await quiet();
  const results = await runCase(name, driver, Number(params.get('n') ?? 1000), document.getElementById('bench')!);
  if (results['heap-kb'] !== undefined) (window as unknown as { benchHeapKB: number }).benchHeapKB = results['heap-kb'];
  // What tachometer will ask for (bench/cases.json) must be there: a missing one would only time out.
  const missing = list.cases[name].measures.filter((measure) => !performance.getEntriesByName(measure, 'measure').length);
  check(!missing.length, `case ${name} recorded no ${missing.join(', ')} (listed in bench/cases.json)`);
  document.title = 'bench done';
}

main().catch((error) => {
  console.error(error);
  if (!document.title.startsWith('bench error')) document.title = `bench error: ${error instanceof Error ? error.message : error}`;
});
