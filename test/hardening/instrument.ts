/**
 * Counts what the library leaves running (issue 9, "Leaks" and "Lifecycle"): timers, intervals and
 * animation frames; event listeners on anything outside an element's own shadow tree (window,
 * document, media queries, the page's nodes); Mutation/Resize/IntersectionObservers; fetches.
 *
 * Only what the library creates counts: each registration is attributed to the first stack frame
 * outside this file, and kept when that frame is in the library (`/src/`, Lit, floating-ui), so the
 * test runner's and the tests' own timers never count. `live()` lists what is still registered.
 */

type Kind = 'timeout' | 'interval' | 'frame' | 'listener' | 'observer' | 'fetch';

export interface Resource {
  kind: Kind;
  what: string;
  /** The library frame that created it: where to look when it leaks. */
  where: string;
}

// The project's sources are served from /src/ at the server's root; a package's src/ folder is not
// library code (@open-wc/testing-helpers/src/: the tests' own waitUntil and aTimeout).
const LIBRARY = /\/\/[^/]+\/src\/|\/node_modules\/(?:lit|lit-html|lit-element|@lit|@floating-ui)\//;
const SELF = /instrument\.ts/;

/** The first frame outside this file, or undefined when it is not library code. */
function libraryFrame(): string | undefined {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n')) {
    if (!/:\d+:\d+/.test(line) || SELF.test(line)) continue;
    return LIBRARY.test(line) ? line.trim().replace(/^at /, '') : undefined;
  }
  return undefined;
}

/** True for listener targets that outlive an element: anything but a node of a detached tree or of a shadow tree. */
function outside(target: EventTarget): boolean {
  if (!(target instanceof Node)) return true;
  return target.getRootNode() === document;
}

export interface Instrumentation {
  /** Library resources still registered now. */
  live(): Resource[];
  /** How many of each kind the library created since install. */
  created: Record<Kind, number>;
  restore(): void;
}

interface FetchCall {
  resource: Resource;
  done: boolean;
  reading?: boolean;
  response?: Response;
  signal?: AbortSignal | null;
}

/** Installs the counters; call `restore()` when done. */
export function instrument(): Instrumentation {
  const created: Record<Kind, number> = { timeout: 0, interval: 0, frame: 0, listener: 0, observer: 0, fetch: 0 };
  const timers = new Map<number, Resource>();
  const frames = new Map<number, Resource>();
  const listeners = new Map<EventTarget, Map<string, Resource>>();
  const observers = new Map<object, { targets: Set<unknown>; resource: Resource }>();
  const fetches = new Set<FetchCall>();
  const restores: (() => void)[] = [];

  const patch = <T extends object, K extends keyof T>(owner: T, name: K, make: (original: T[K]) => T[K]) => {
    const original = owner[name];
    owner[name] = make(original);
    restores.push(() => (owner[name] = original));
  };

  // --- timers -------------------------------------------------------------------------------------
  for (const [set, clear, kind] of [
    ['setTimeout', 'clearTimeout', 'timeout'],
    ['setInterval', 'clearInterval', 'interval'],
  ] as const) {
    patch(
      window,
      set,
      (original) =>
        function (this: unknown, handler: TimerHandler, delay?: number, ...args: unknown[]) {
          const where = libraryFrame();
          let id = 0;
          const wrapped =
            typeof handler === 'function' && where && kind === 'timeout'
              ? (...callArgs: unknown[]) => {
                  timers.delete(id);
                  (handler as (...a: unknown[]) => void)(...callArgs);
                }
              : handler;
          id = (original as (handler: unknown, delay?: number, ...args: unknown[]) => number).call(window, wrapped, delay, ...args);
          if (where) {
            created[kind]++;
            timers.set(id, { kind, what: `${kind} of ${delay ?? 0} ms`, where });
          }
          return id;
        } as never,
    );
    patch(
      window,
      clear,
      (original) =>
        function (id?: number) {
          if (id !== undefined) timers.delete(id);
          return (original as typeof clearTimeout).call(window, id);
        } as never,
    );
  }
  patch(window, 'requestAnimationFrame', (original) => (callback: FrameRequestCallback) => {
    const where = libraryFrame();
    const id: number = original.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    if (where) {
      created.frame++;
      frames.set(id, { kind: 'frame', what: 'animation frame', where });
    }
    return id;
  });
  patch(window, 'cancelAnimationFrame', (original) => (id: number) => {
    frames.delete(id);
    original.call(window, id);
  });

  // --- listeners ----------------------------------------------------------------------------------
  const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : !!options?.capture}|${listenerIds.get(listener as object) ?? register(listener as object)}`;
  const listenerIds = new WeakMap<object, number>();
  let nextListener = 1;
  const register = (listener: object) => {
    listenerIds.set(listener, nextListener);
    return nextListener++;
  };
  const proto = EventTarget.prototype;
  patch(
    proto,
    'addEventListener',
    (original) =>
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (listener && outside(this)) {
          const where = libraryFrame();
          if (where) {
            created.listener++;
            let map = listeners.get(this);
            if (!map) listeners.set(this, (map = new Map()));
            const key = keyOf(type, listener, options);
            map.set(key, { kind: 'listener', what: `${type} listener on ${describe(this)}`, where });
            // A `once` listener goes away when it fires; until then it counts like any other.
            if (typeof options === 'object' && options.once)
              original.call(this, type, () => map.delete(key), { once: true, capture: options.capture });
          }
        }
        return original.call(this, type, listener, options);
      },
  );
  patch(
    proto,
    'removeEventListener',
    (original) =>
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) {
        if (listener) listeners.get(this)?.delete(keyOf(type, listener, options));
        return original.call(this, type, listener, options);
      },
  );
  // A MediaQueryList's addListener/removeListener are the old names of the same registrations.
  patch(
    MediaQueryList.prototype,
    'addListener',
    (original) =>
      function (this: MediaQueryList, listener: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null) {
        if (listener && libraryFrame()) {
          created.listener++;
          let map = listeners.get(this);
          if (!map) listeners.set(this, (map = new Map()));
          map.set(keyOf('change', listener), { kind: 'listener', what: `change listener on ${describe(this)}`, where: libraryFrame()! });
        }
        return original.call(this, listener);
      },
  );
  patch(
    MediaQueryList.prototype,
    'removeListener',
    (original) =>
      function (this: MediaQueryList, listener: ((this: MediaQueryList, ev: MediaQueryListEvent) => unknown) | null) {
        if (listener) listeners.get(this)?.delete(keyOf('change', listener));
        return original.call(this, listener);
      },
  );

  // --- observers ----------------------------------------------------------------------------------
  const observerClasses: [string, { prototype: { observe: unknown; disconnect: unknown; unobserve?: unknown } }][] = [
    ['MutationObserver', MutationObserver],
    ['ResizeObserver', ResizeObserver],
    ['IntersectionObserver', IntersectionObserver],
  ];
  for (const [name, constructor] of observerClasses) {
    const prototype = constructor.prototype as {
      observe: (target: unknown, options?: unknown) => void;
      disconnect: () => void;
      unobserve?: (target: unknown) => void;
    };
    patch(
      prototype,
      'observe',
      (original) =>
        function (this: object, target: unknown, options?: unknown) {
          const where = libraryFrame();
          if (where) {
            let entry = observers.get(this);
            if (!entry) {
              created.observer++;
              observers.set(this, (entry = { targets: new Set(), resource: { kind: 'observer', what: name, where } }));
            }
            entry.targets.add(target);
          }
          return original.call(this, target, options);
        },
    );
    patch(
      prototype,
      'disconnect',
      (original) =>
        function (this: object) {
          observers.delete(this);
          return original.call(this);
        },
    );
    if (prototype.unobserve) {
      patch(
        prototype as Required<typeof prototype>,
        'unobserve',
        (original) =>
          function (this: object, target: unknown) {
            const entry = observers.get(this);
            entry?.targets.delete(target);
            if (entry && !entry.targets.size) observers.delete(this);
            return original.call(this, target);
          },
      );
    }
  }

  // --- fetch --------------------------------------------------------------------------------------
  patch(
    window,
    'fetch',
    (original) =>
      function (input: RequestInfo | URL, init?: RequestInit) {
        const where = libraryFrame();
        const promise = original.call(window, input, init);
        if (where) {
          created.fetch++;
          const url = input instanceof Request ? input.url : String(input);
          const call: FetchCall = { resource: { kind: 'fetch', what: `fetch ${url}`, where }, done: false, signal: init?.signal };
          fetches.add(call);
          // The exchange ends when the request fails, when its body has been read, or when the body is
          // cancelled unread (an error page).
          promise.then(
            (response) => {
              call.response = response;
              const text = response.text.bind(response);
              response.text = () => {
                call.reading = true;
                return text().finally(() => (call.done = true));
              };
            },
            () => (call.done = true),
          );
        }
        return promise;
      },
  );

  return {
    created,
    live(): Resource[] {
      const live: Resource[] = [...timers.values(), ...frames.values()];
      for (const [target, map] of listeners) {
        if (target instanceof Node && !target.isConnected) continue;
        live.push(...map.values());
      }
      for (const { targets, resource } of observers.values()) if (targets.size) live.push(resource);
      for (const call of fetches) {
        const released = call.response?.bodyUsed && !call.reading;
        if (!call.done && !released && !call.signal?.aborted) live.push(call.resource);
      }
      return live;
    },
    restore() {
      for (const undo of restores.reverse()) undo();
    },
  };
}

function describe(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (target instanceof MediaQueryList) return `matchMedia(${target.media})`;
  if (target instanceof Element) return `<${target.localName}>`;
  return target.constructor?.name ?? 'an event target';
}

/** One line per resource, for failure messages. */
export const list = (resources: Resource[]): string[] => resources.map((r) => `${r.what} (from ${r.where})`);

/**
 * Waits `ms`, then for one animation frame, before `live()` is read: a one-shot frame the library
 * requested before has run by then (floating-ui's autoUpdate requests one in each ResizeObserver
 * callback, the first right after the tooltip opens, to observe the tooltip again, and its cleanup
 * does not cancel it; on a loaded machine `ms` alone may pass without a frame), while a frame loop
 * would have requested its next frame and is still listed.
 */
export async function afterOneFrame(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
