/**
 * A build-time Vite plugin that minifies the text of Lit's `css` and `html` tagged templates in our
 * sources: indentation and comments are most of the bytes of an element's styles and templates, and no
 * general-purpose minifier touches the inside of a template literal.
 *
 * It is deliberately conservative, using TypeScript's parser to find the literals (nested templates
 * and `${…}` expressions included) and only changing their static text:
 * - css: comments go, whitespace runs become one space, spaces around `{ } ; ,` go;
 * - html: HTML comments go, whitespace runs that hold a line break become one space (what the browser
 *   renders for them anyway outside `pre`, which no template uses).
 */
import ts from 'typescript';

const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':'); // after a colon only: a space before one is a descendant combinator

const minifyHtml = (text) => text.replace(/<!--(?!\?lit)[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');

/** The [start, end) offsets of a template part's own text, without its delimiters (` ${ } `). */
function textRange(part, sourceFile) {
  const start = part.getStart(sourceFile) + 1; // after ` or }
  const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1); // before ${ or `
  return [start, end];
}

export function minifyLiterals() {
  return {
    name: 'film-minify-literals',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const sourceFile = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
          const { template } = node;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            const [start, end] = textRange(part, sourceFile);
            const text = code.slice(start, end);
            const minified = minify(text);
            if (minified !== text) edits.push([start, end, minified]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
      if (!edits.length) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}
