// Boot a worker thread: register tsx (bantin runs its TypeScript as it is), then load the worker module.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
