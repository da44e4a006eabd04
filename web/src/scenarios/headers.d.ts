declare module 'virtual:scenario-headers' {
  /** Scenario name → its leading `//!` lines (see vite.config.ts). */
  const headers: Record<string, string>;
  export default headers;
}
