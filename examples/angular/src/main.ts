import { bootstrapApplication } from '@angular/platform-browser';

// Registers the five elements and brings the package's global types into the program: the template
// checker types `$event` of `(film-error)` through GlobalEventHandlersEventMap and `#card` through
// HTMLElementTagNameMap. (Angular sets `[film]` as a property even before the tag is defined: Lit
// takes over a property set before the upgrade.)
import 'film-elements';

import { App } from './app/app';

bootstrapApplication(App).catch((error: unknown) => console.error(error));
