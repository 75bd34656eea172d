/** The dev server listens on 127.0.0.1 only: Eleventy's binds every interface and has no host option. */
import { createRequire } from "node:module";
import type UserConfig from "@11ty/eleventy/UserConfig";

const require = createRequire(import.meta.url);

interface DevServer {
  server: { listen(options: { port: number; host: string }): void };
  _serverListen(port: number): void;
}

export const HOST = "127.0.0.1";

/** Patch the dev server class Eleventy loads (same module instance) so it listens on loopback. */
export default function loopbackServer(eleventyConfig: UserConfig): void {
  const DevServerClass = require("@11ty/eleventy-dev-server") as { prototype: DevServer };
  DevServerClass.prototype._serverListen = function (this: DevServer, port: number) {
    this.server.listen({ port, host: HOST });
  };
  eleventyConfig.setServerOptions({ port: Number(process.env["PORT"] ?? 8080), showAllHosts: false });
}
