export function minifyLiterals(): import('vite').Plugin;
