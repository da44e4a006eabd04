declare module 'virtual:scenario-headers' {
  /** Scenario name → its header lines, without the `//!` (see vite.config.ts). */
  const headers: Record<string, string[]>;
  export default headers;
}

declare module '*.rs?scenario' {
  /** The scenario's program without its header (see vite.config.ts). */
  const program: string;
  export default program;
}
