/**
 * The benchmark page (bench/index.html): `?case=cards|carousel|soundtrack&variant=ours|vanilla|react&n=N`
 * (cases: bench/cases.ts). Each variant's code is a separate chunk, loaded before anything is timed.
 * Reports `performance.measure` entries and `window.benchHeapKB`; the title says `bench done` or
 * `bench error: …`.
 */
import { runCase, type CaseName } from './cases.js';
import type { Driver, VariantName } from './driver.js';
import { fail, quiet } from './measure.js';

const drivers: Record<VariantName, () => Promise<{ driver: Driver }>> = {
  ours: () => import('./ours/driver.js'),
  vanilla: () => import('./vanilla/driver.js'),
  react: () => import('./react/driver.js'),
};

async function main() {
  const params = new URLSearchParams(location.search);
  const variant = (params.get('variant') ?? 'ours') as VariantName;
  if (!drivers[variant]) fail(`unknown variant ${variant}`);
  const { driver } = await drivers[variant]();
  await quiet();
  const results = await runCase(
    (params.get('case') ?? 'cards') as CaseName,
    driver,
    Number(params.get('n') ?? 1000),
    document.getElementById('bench')!,
  );
  if (results['heap-kb'] !== undefined) (window as unknown as { benchHeapKB: number }).benchHeapKB = results['heap-kb'];
  document.title = 'bench done';
}

main().catch((error) => {
  console.error(error);
  if (!document.title.startsWith('bench error')) document.title = `bench error: ${error instanceof Error ? error.message : error}`;
});
