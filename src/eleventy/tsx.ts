/** Typed layouts: `.11ty.tsx` templates rendered with jsx-async-runtime, which escapes text by default. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { jsxToString } from "jsx-async-runtime";

export default function tsxTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) {
        const content = await this.defaultRenderer(data);
        return typeof content === "string" ? content : jsxToString.call({}, content as JSX.Element);
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}
