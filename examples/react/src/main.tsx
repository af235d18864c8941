import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Registers the five elements before React renders them: React 19 sets `film` as a property only on
// an element that has one (a defined element); on an undefined tag it would become an attribute.
import 'film-elements';

import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
