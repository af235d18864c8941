/**
 * Custom elements manifest (`dist/custom-elements.json`), read by Storybook's autodocs and by editors.
 * Only the public API goes in: private and protected members, `#private` fields, Lit's internal
 * reactive state (`state: true` in `static properties`) and the static `styles` are left out.
 *
 * Run by scripts/build.mjs as `cem analyze` (this file is picked up from the repository root).
 */

/** Whether a `static properties` entry (`name: { state: true }`) declares internal state. */
function isStateDeclaration(ts, entry) {
  if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) return false;
  return entry.initializer.properties.some(
    (option) =>
      ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
  );
}

/** Leaves out everything that is not public API. */
function publicApiOnly() {
  /**
   * `ClassName.member` for every reactive property declared with `state: true`. The analyzer's Lit
   * support reads `static properties` but not `state`: it would list such a property as an attribute.
   */
  const stateFields = new Set();
  return {
    name: 'film-elements:public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !member.name || member.name.getText() !== 'properties') continue;
        // `static get properties() { return { … } }` (what lit-analyzer reads) or `static properties = { … }`
        const declarations = ts.isGetAccessor(member)
          ? member.body?.statements.find((statement) => ts.isReturnStatement(statement))?.expression
          : ts.isPropertyDeclaration(member)
            ? member.initializer
            : undefined;
        if (!declarations || !ts.isObjectLiteralExpression(declarations)) continue;
        for (const entry of declarations.properties) {
          if (isStateDeclaration(ts, entry)) stateFields.add(`${node.name.text}.${entry.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          declaration.members = declaration.members.filter((member) => {
            const owner = member.inheritedFrom?.name ?? declaration.name;
            if (member.privacy === 'private' || member.privacy === 'protected') return false;
            if (member.name.startsWith('#')) return false;
            if (member.static && member.name === 'styles') return false;
            return !stateFields.has(`${owner}.${member.name}`);
          });
          declaration.attributes = declaration.attributes?.filter(
            (attribute) => !stateFields.has(`${attribute.inheritedFrom?.name ?? declaration.name}.${attribute.fieldName}`),
          );
        }
      }
    },
  };
}

/**
 * Tags are registered through `defineElement('film-card', FilmCard)` (src/internal/define.ts, guarded
 * against double registration), which the analyzer does not recognise: it would record no `tagName`
 * for any element (Storybook finds an element's docs by tag name) and one bogus definition, `tag`, in
 * define.ts. This plugin reads the `defineElement(...)` calls instead.
 */
function defineElementCalls({ helper = 'defineElement' } = {}) {
  /** { tag, className, module } for every call found. */
  const definitions = [];
  return {
    name: 'film-elements:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== helper) return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteralLike(tag) && ts.isIdentifier(element)) {
        definitions.push({ tag: tag.text, className: element.text, module: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const module of modules) {
        // The helper's own `customElements.define(tag, element)` is not a definition of anything.
        module.exports = module.exports?.filter(
          (e) => !(e.kind === 'custom-element-definition' && e.declaration?.name === 'element' && e.name === 'tag'),
        );
      }
      for (const { tag, className, module: definedIn } of definitions) {
        const owner = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const declaration = owner?.declarations.find((d) => d.kind === 'class' && d.name === className);
        if (!owner || !declaration) continue;
        declaration.tagName = tag;
        declaration.customElement = true;
        const module = modules.find((m) => m.path === definedIn);
        if (module && !module.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
          (module.exports ??= []).push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: owner.path },
          });
        }
      }
    },
  };
}

/**
 * Enumerated properties are typed from constants (`variant: (typeof BADGE_VARIANTS)[number]`, or an
 * alias of that such as `CarouselKind`), so that the values live in one place. The analyzer records
 * the type as written, which tells an editor, Storybook or the generated typings nothing. This plugin
 * reads every `const X = [...] as const` of string literals (spreads of other such constants
 * included) and every type alias, and rewrites such types as the union they stand for
 * (`'full' | 'compact'`).
 */
function enumeratedTypes() {
  /** name → its members: string literals, or `...OTHER` spreads */
  const constants = new Map();
  /** alias name → the type text it stands for */
  const aliases = new Map();
  const valuesOf = (name, seen = new Set()) => {
    if (seen.has(name) || !constants.has(name)) return undefined;
    seen.add(name);
    const values = [];
    for (const member of constants.get(name)) {
      if (member.spread) {
        const inner = valuesOf(member.spread, seen);
        if (!inner) return undefined;
        values.push(...inner);
      } else values.push(member.value);
    }
    return values;
  };
  const resolve = (text, depth = 0) => {
    if (!text || depth > 5) return text;
    const typeofMatch = /^\(typeof (\w+)\)\[number\]$/.exec(text.trim());
    if (typeofMatch) {
      const values = valuesOf(typeofMatch[1]);
      return values ? values.map((value) => `'${value}'`).join(' | ') : text;
    }
    // `X | undefined`, and aliases
    const parts = text.split('|').map((part) => part.trim());
    if (parts.length > 1) return parts.map((part) => resolve(part, depth + 1)).join(' | ');
    return aliases.has(text.trim()) ? resolve(aliases.get(text.trim()), depth + 1) : text;
  };
  return {
    name: 'film-elements:enumerated-types',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type.getText());
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
      let init = node.initializer;
      if (ts.isSatisfiesExpression?.(init)) init = init.expression;
      if (!ts.isAsExpression(init) || !ts.isArrayLiteralExpression(init.expression)) return;
      const members = [];
      for (const element of init.expression.elements) {
        if (ts.isStringLiteral(element)) members.push({ value: element.text });
        else if (ts.isSpreadElement(element) && ts.isIdentifier(element.expression)) members.push({ spread: element.expression.text });
        else return;
      }
      constants.set(node.name.text, members);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (item.type?.text) item.type.text = resolve(item.type.text);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  // The analyzer would otherwise rewrite package.json to add `customElements`; that field is set by hand.
  packagejson: false,
  plugins: [defineElementCalls(), publicApiOnly(), enumeratedTypes()],
};
