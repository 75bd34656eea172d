/** JSX → HTML string without a promise per node: jsx-async-runtime's jsxToString, walked synchronously. */
import { escapeEntities, jsxToString } from "jsx-async-runtime";

/** Tags written without a closing tag when they have no children (jsx-async-runtime's list). */
const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** Thrown by the synchronous walk when a component returns a promise: that page goes to jsxToString. */
const ASYNC = Symbol("async component");

interface Node {
  html?: string;
  type?: string;
  text?: string;
  tag?: unknown;
  props?: Record<string, unknown>;
}

function attributeToString(key: string, value: unknown): string {
  if (value === true) return key;
  if (value === false || value === null || value === undefined) return "";
  if (typeof value === "object") {
    if (key === "style") return `style="${escapeEntities(Object.entries(value).map(([k, v]) => `${k}: ${v}`).join("; "))}"`;
    if (key === "class") {
      const classes = Array.isArray(value) ? value.filter((v) => v) : Object.entries(value).filter(([, v]) => v).map(([k]) => k);
      return classes.length > 0 ? `class="${escapeEntities(classes.join(" "))}"` : "";
    }
    return `${key}="${escapeEntities(JSON.stringify(value))}"`;
  }
  return `${key}="${escapeEntities((value as { toString(): string }).toString())}"`;
}

function attributesToString(props: Record<string, unknown>): string {
  let out = "";
  for (const key of Object.keys(props)) {
    if (key === "children") continue;
    const s = attributeToString(key, props[key]);
    if (s.length > 0) out = out ? `${out} ${s}` : s;
  }
  return out;
}

function walk(self: object, node: unknown): string {
  if (node === null) return "";
  switch (typeof node) {
    case "string":
      return escapeEntities(node);
    case "bigint":
    case "number":
      return String(node);
    case "boolean":
    case "function":
    case "symbol":
    case "undefined":
      return "";
  }
  const el = node as Node;
  if ("html" in el) return el.html as string;
  if (el.type === "textNode") return escapeEntities(el.text as string);
  const props = el.props as Record<string, unknown>;
  if (typeof el.tag === "string") {
    const tag = el.tag;
    const c = props["children"];
    const children: unknown[] = !c ? [] : Array.isArray(c) ? c : [c];
    // In the library's order: attributes first, then children.
    const attributes = tag === "" ? "" : attributesToString(props);
    let inner = "";
    if (tag !== "" && children.length === 0 && VOID_TAGS.has(tag)) return `<${tag}${attributes.length ? " " : ""}${attributes}>`;
    for (const child of children) inner += walk(self, child);
    if (tag === "") return inner;
    return `<${tag}${attributes.length ? " " : ""}${attributes}>${inner}</${tag}>`;
  }
  if (typeof el.tag === "function") {
    const out: unknown = (el.tag as (p: unknown) => unknown).call(self, props);
    if (out !== null && (typeof out === "object" || typeof out === "function") && typeof (out as { then?: unknown }).then === "function") throw ASYNC;
    return walk(self, out);
  }
  return "";
}

/**
 * What `jsxToString.call({}, element)` gives, as a plain string when no component is async (every
 * bantin layout): the library awaits every node, a promise and a microtask each, which was most of
 * a page's rendering. A page with an async component is rendered again by jsxToString itself.
 * @example jsxToHtml(<p class="a">x &amp; y</p>) // '<p class="a">x &amp;amp; y</p>'
 */
export function jsxToHtml(element: unknown): string | Promise<string> {
  try {
    return walk({}, element);
  } catch (e) {
    if (e === ASYNC) return jsxToString.call({}, element as JSX.Element);
    throw e;
  }
}
