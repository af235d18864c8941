// Types of the film-* tags in Svelte templates (svelte/elements): props and onfilm-* events are checked.
import type {} from 'film-elements/svelte';
