// markdown-it-image-figures ships no types; this is the part bantin uses.
declare module "markdown-it-image-figures" {
  import type MarkdownIt from "markdown-it";
  interface ImageFiguresOptions {
    figcaption?: boolean | "title" | "alt";
    lazy?: boolean;
    async?: boolean;
    dataType?: boolean;
  }
  const imageFigures: (md: MarkdownIt, options?: ImageFiguresOptions) => void;
  export default imageFigures;
}
