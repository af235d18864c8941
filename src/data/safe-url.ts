/**
 * URLs from film data are used only when they are http(s) or relative. The URL parser strips tabs,
 * newlines and leading control characters exactly as the browser will when it follows the link, so
 * "java\tscript:" is caught too.
 */
export function isSafeUrl(value: string): boolean {
  if (value.trim() === '') return false;
  try {
    const { protocol } = new URL(value, 'https://relative.invalid/');
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
