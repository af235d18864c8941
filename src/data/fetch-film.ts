import { closeDirectionControls } from './bidi.js';
import { failure, unsafeFilmAddress, type ParseFailure } from './read.js';

export interface FetchFilmOptions {
  /** What a relative `src` resolves against: the page's address, or a server's `baseUrl`. */
  base?: string;
  /** Milliseconds to wait for an answer; anything but a positive number means 10 s. */
  timeout?: number;
  /** Cancels the request (a newer input won): the result is then the caller's to ignore. */
  signal?: AbortSignal;
  /** The `fetch` to use (a server's cache or test double); the global one by default. */
  fetch?: typeof fetch;
}

/**
 * Fetches the text of a film from `src`, or says why not in the words an element shows: the one
 * request of an element's `src`, in a browser and on a server (src/ssr.ts).
 */
export async function fetchFilmText(src: string, options: FetchFilmOptions = {}): Promise<{ ok: true; text: string } | ParseFailure> {
  const unsafe = unsafeFilmAddress(src);
  if (unsafe) return unsafe;
  const shown = closeDirectionControls(src);
  // NaN would fire at once, and so would anything above a timer's 32-bit range.
  const wait = options.timeout && options.timeout > 0 ? Math.min(options.timeout, 2 ** 31 - 1) : 10_000;
  const request = new AbortController();
  const cancel = () => request.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', cancel);
  const timer = setTimeout(() => request.abort(new DOMException('timed out', 'TimeoutError')), wait);
  try {
    const response = await (options.fetch ?? fetch)(new URL(src, options.base), {
      signal: request.signal,
      headers: { accept: 'application/json, application/ld+json' },
    });
    if (!response.ok) {
      // The error page's body is never read: release it and its connection now rather than at garbage collection.
      response.body?.cancel().catch(() => undefined);
      throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    return { ok: true, text: await response.text() };
  } catch (error) {
    const timedOut = request.signal.reason instanceof DOMException && request.signal.reason.name === 'TimeoutError';
    const reason = timedOut ? `no answer within ${wait / 1000} s` : error instanceof Error ? error.message : String(error);
    return failure(`The film could not be loaded from ${shown} (${reason}).`, 'src', reason);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}
