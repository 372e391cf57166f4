import { z } from "zod";

/**
 * zod probes `new Function` once to decide whether to compile fast parsers; under the page's
 * Content-Security-Policy (no 'unsafe-eval') that probe is a reported violation. Turning the JIT off
 * skips the probe. Imported before anything that parses, so it runs before the first schema is used.
 */
z.config({ jitless: true });
