/** Module resolution hook (see register.mjs): the bare specifier `chromedriver` → our stand-in. */
const standIn = new URL('./chromedriver/index.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'chromedriver') return { url: standIn, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
