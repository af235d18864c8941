import { createApp } from 'vue';

// Registers the five elements before Vue mounts: Vue sets `:film` as a property when the element has
// one (a defined element); on an undefined tag it would become an attribute.
import 'film-elements';

import App from './App.vue';

createApp(App).mount('#app');
