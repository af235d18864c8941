/**
 * Timing on the page, reported as `performance.measure` entries that tachometer reads.
 *
 * `timed(name)` starts its work at the beginning of a frame (in a requestAnimationFrame callback) and
 * records two measures:
 *
 * - `name:script`: until the work and its microtasks are done (ours: every `updateComplete` resolved;
 *   the baselines render synchronously), i.e. the DOM is built — the script cost, before the browser
 *   styles and lays it out;
 * - `name`: until that frame has been rendered (a task posted from the frame runs after it): the work,
 *   style, layout, ResizeObserver callbacks and the re-renders they cause, and paint — first paint,
 *   without the 0–16 ms wait for the next frame that timing from an arbitrary moment would add.
 *   With `{ paint: false }` only `name:script` is recorded and the frame is not waited for.
 *
 * Resolves to the main measure's duration.
 */
export function timed(name: string, work: () => unknown, { paint = true } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(async () => {
      performance.mark(`${name}:start`);
      try {
        await work();
        const script = performance.measure(`${name}:script`, `${name}:start`).duration;
        if (!paint) return resolve(script);
      } catch (error) {
        reject(error);
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.measure(name, `${name}:start`).duration);
      channel.port2.postMessage(null);
    });
  });
}

/** Two frames and a task: whatever the previous step left scheduled (observers, scroll end) has run. */
export const quiet = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));

/** Bytes of JS heap in use after a full garbage collection (Chromium with --js-flags=--expose-gc and --enable-precise-memory-info). */
export function heapAfterGc(): number | undefined {
  const gc = (window as unknown as { gc?: () => void }).gc;
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (!gc || !memory) return undefined;
  gc();
  gc();
  return memory.usedJSHeapSize;
}

/** Makes a failed check visible: in the console, in the page title, and to tachometer (which then times out). */
export function fail(message: string): never {
  document.title = `bench error: ${message}`;
  (window as unknown as { benchError?: string }).benchError = message;
  throw new Error(message);
}

export function check(ok: unknown, message: string): void {
  if (!ok) fail(message);
}
