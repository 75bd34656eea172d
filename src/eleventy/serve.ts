/** The dev server: listens on 127.0.0.1 only (Eleventy binds every interface and has no host option), and rebuilds soon after a save. */
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
  // Only a served build loads the dev server (60 ms a build otherwise); Eleventy sets the run mode before it reads the config.
  if (process.env["ELEVENTY_RUN_MODE"] === "serve") {
    const DevServerClass = require("@11ty/eleventy-dev-server") as { prototype: DevServer };
    DevServerClass.prototype._serverListen = function (this: DevServer, port: number) {
      this.server.listen({ port, host: HOST });
    };
  }
  eleventyConfig.setServerOptions({ port: Number(process.env["PORT"] ?? 8080), showAllHosts: false });
  // A save starts the rebuild once the file has kept its size for 50 ms (Eleventy waits 150 ms): an
  // editor writes an article in one go, and a write still going on only triggers one more rebuild.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
}
