import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string | undefined | null>>;

/**
 * Styles computed at render time, set through the CSSOM only: `style=${cssomStyle({ width: w,
 * '--_per-view': n })}`. Camel-case names are style properties, dashed ones (custom properties
 * included) go through `setProperty`; `undefined`/`null` removes one.
 *
 * Why not Lit's `styleMap`: its first render writes a `style` attribute, which a strict
 * Content-Security-Policy (`style-src` without `'unsafe-inline'`) blocks — the style is then simply
 * missing, and a violation is reported. The CSSOM is not subject to that policy. `render()` (used by
 * server rendering only, where there is no CSSOM) still gives the attribute text.
 */
class CssomStyleDirective extends Directive {
  private names = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('cssomStyle() must be the whole value of a style attribute');
    }
  }

  render(styles: Styles): string {
    return Object.entries(styles)
      .filter(([, value]) => value != null)
      .map(([name, value]) => `${name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`)
      .join(' ');
  }

  override update(part: AttributePart, [styles]: [Styles]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const set = (name: string, value: string) =>
      name.includes('-') ? style.setProperty(name, value) : ((style as unknown as Record<string, string>)[name] = value);
    for (const name of this.names) {
      if (styles[name] == null) {
        set(name, '');
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      this.names.add(name);
      set(name, value);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
