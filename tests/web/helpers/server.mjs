// The page's static server (scripts/serve.mjs), for tests and benchmarks.
export { serve } from '../../../scripts/serve.mjs';
