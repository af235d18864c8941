import { mount } from 'svelte';

// Registers the five elements before Svelte renders them: Svelte 5 sets a prop as a property only when
// the defined element has a setter for it; on an undefined tag it guesses (objects as properties, the
// rest as attributes), so `headingLevel={2}` would become a dead `headinglevel` attribute.
import 'film-elements';

import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
