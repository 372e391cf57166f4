import { z } from "zod";

/**
 * zod probes `new Function` once to decide whether to compile fast parsers; under the page's
 * Content-Security-Policy (no 'unsafe-eval') that probe is a reported violation. Turning the JIT off
 * skips the probe. zod probes when a z.object schema is *created*, so this module must be the first
 * import of every browser entry (src/main.ts, src/view/load-worker.ts), ahead of src/model/schema.ts.
 */
z.config({ jitless: true });
