import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <film-*> tags are custom elements, not Vue components: Vue leaves them to the browser.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('film-') },
      },
    }),
  ],
  // Relative asset URLs: the built app works from any folder (the package check serves it under /vue/).
  base: './',
});
