/**
 * `node --import ./bench/debian-chromedriver/register.mjs …/tachometer/bin/tach.js`: tachometer
 * checks that `chromedriver` resolves (`require.resolve` in a child process: NODE_PATH pointing at
 * this folder answers that) and then `import()`s it (this hook answers that), instead of trying to
 * `npm install` it, which would download a driver we cannot fetch and must not install.
 */
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
