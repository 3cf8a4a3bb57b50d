/**
 * Set at build time by wrangler.toml's `define` (and vitest.config.ts for the tests): true in
 * every build except `--env production`, whose Worker leaves out the dev routes, the demo seed
 * and the floor page entirely instead of only refusing them.
 */
declare const __DEV_TOOLS__: boolean;
