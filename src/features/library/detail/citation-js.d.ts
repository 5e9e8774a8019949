// @citation-js ships no type declarations; the tests use this much of it to parse RIS back.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
  }
  export const plugins: {
    input: { chain(data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-ris';
