// The parsed-HTML node shapes the reader relies on, and one iterative depth-first walk over them.

/** Structural view of cheerio's (domhandler) nodes: only what the reader reads, so no extra dependency. */
export interface HtmlNode {
  type: string;
  parent: HtmlNode | null;
  /** The neighbouring nodes under the same parent (domhandler links them). */
  prev?: HtmlNode | null;
  next?: HtmlNode | null;
}

export interface HtmlElement extends HtmlNode {
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText extends HtmlNode {
  data: string;
}

/** domhandler marks <script> and <style> with their own types; everything else with a tag name is 'tag'. */
export function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: HtmlNode): node is HtmlText {
  return node.type === 'text';
}

export function hasChildren(node: HtmlNode): node is HtmlNode & { children: HtmlNode[] } {
  return Array.isArray((node as { children?: unknown }).children);
}

export interface WalkVisitor {
  /** Called on entering an element; return false to skip its subtree (exit is then not called). */
  enter(el: HtmlElement): boolean;
  exit(el: HtmlElement): void;
  text(data: string): void;
}

/**
 * Visit every node under `root` in document order. Iterative, because hostile pages nest elements
 * tens of thousands deep and a recursive walk would overflow the call stack.
 */
export function walkTree(root: HtmlNode, visitor: WalkVisitor): void {
  if (!hasChildren(root)) return;
  const nodes: HtmlNode[][] = [root.children];
  const owners: (HtmlElement | null)[] = [null];
  const positions: number[] = [0];
  while (nodes.length) {
    const depth = nodes.length - 1;
    const list = nodes[depth]!;
    const pos = positions[depth]!;
    if (pos >= list.length) {
      nodes.pop();
      positions.pop();
      const owner = owners.pop();
      if (owner) visitor.exit(owner);
      continue;
    }
    positions[depth] = pos + 1;
    const node = list[pos]!;
    const type = node.type;
    if (type === 'text') {
      visitor.text((node as HtmlText).data);
    } else if (type === 'tag' || type === 'script' || type === 'style') {
      const el = node as HtmlElement;
      if (visitor.enter(el)) {
        nodes.push(el.children ?? []);
        owners.push(el);
        positions.push(0);
      }
    }
  }
}

/** Lower-cased attribute value, or '' when absent. */
export function attr(el: HtmlElement, name: string): string {
  const v = el.attribs[name];
  return v === undefined ? '' : v.toLowerCase();
}
