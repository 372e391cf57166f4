// The few globals that both Node and browsers provide and the pure core uses. The core's tsconfig
// leaves out the DOM and Node libraries, so these are declared here, as narrowly as the core uses
// them; anything else from either platform fails the core's typecheck.

declare function structuredClone<T>(value: T): T;

declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
}
