/**
 * Direction controls in data must not leak into the text around it. An RLO (U+202E) left open in a
 * rating's source reverses the band and score shown after it in the same line, a stray PDI can end an
 * isolate the layout opened for a `dir="auto"` element. Every string a film renders is therefore
 * closed here: embeddings/overrides (LRE, RLE, LRO, RLO) get their PDF, isolates (LRI, RLI, FSI)
 * their PDI, and closers with nothing to close are removed. Balanced text is returned unchanged, so
 * right-to-left names with their own well-formed marks keep them.
 */

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const PDF = '\u202C';
const PDI = '\u2069';

/** The text with every direction control it opens closed at its end and stray closers removed. */
export function closeDirectionControls(text: string): string {
  if (!CONTROLS.test(text)) return text;
  const open: string[] = []; // the closer each open control needs, innermost last
  let out = '';
  for (const char of text) {
    if (char === '\u202A' || char === '\u202B' || char === '\u202D' || char === '\u202E') open.push(PDF);
    else if (char === '\u2066' || char === '\u2067' || char === '\u2068') open.push(PDI);
    else if (char === PDF) {
      // A PDF closes the innermost embedding, and never reaches out of an isolate.
      if (open[open.length - 1] !== PDF) continue;
      open.pop();
    } else if (char === PDI) {
      // A PDI closes its isolate and every embedding opened inside it.
      const at = open.lastIndexOf(PDI);
      if (at < 0) continue;
      open.length = at;
    }
    out += char;
  }
  return out + open.reverse().join('');
}

/**
 * Closes the direction controls of every string in a freshly built value (the validated film: its
 * objects and lists are the validator's own copies, never the caller's input), in place.
 */
export function closeDirectionControlsIn<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const container = value as Record<string, unknown>;
  for (const key of Object.keys(container)) {
    const child = container[key];
    if (typeof child === 'string') {
      if (CONTROLS.test(child)) container[key] = closeDirectionControls(child);
    } else if (typeof child === 'object' && child !== null) {
      closeDirectionControlsIn(child);
    }
  }
  return value;
}
