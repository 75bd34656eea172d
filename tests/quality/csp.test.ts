import { describe, expect, it } from "vitest";
import { headersFile, PAGE_POLICY, policy } from "../../src/quality/csp.ts";
import { parseHeaders } from "../helpers/server.ts";

describe("the page policy", () => {
  it("allows scripts from the site only, never inline code or eval", () => {
    const p = policy(PAGE_POLICY);
    expect(p).toContain("script-src 'self'");
    expect(p).not.toContain("unsafe-inline");
    expect(p).not.toMatch(/'unsafe-eval'/);
    expect(p).toContain("object-src 'none'");
  });
  it("leaves out what a <meta> policy cannot carry", () => {
    expect(policy(PAGE_POLICY)).not.toContain("frame-ancestors");
  });
});

describe("headersFile", () => {
  it("sends the policy with frame-ancestors to every path and sandboxes editors' images", () => {
    const rules = parseHeaders(headersFile());
    const all = rules.find((r) => r.pattern.test("/tin-tuc/abc/"));
    expect(all?.headers.find(([n]) => n === "Content-Security-Policy")?.[1]).toContain("frame-ancestors 'none'");
    const images = rules.filter((r) => r.pattern.test("/images/bieu-do.svg")).flatMap((r) => r.headers);
    expect(images.some(([n, v]) => n === "Content-Security-Policy" && /sandbox/.test(v) && /default-src 'none'/.test(v))).toBe(true);
  });
});
