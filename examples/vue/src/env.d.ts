/// <reference types="vite/client" />
// Types of the film-* tags in templates (GlobalComponents): props and @film-* events are checked.
import type {} from 'film-elements/vue';
