import type { PaneServices, PaneUseCases } from "./services.types";

/** Props of {@link App}. */
export interface AppProps {
  readonly services: PaneServices;
  /** The use cases to run; the real ones unless a test substitutes them. */
  readonly useCases?: PaneUseCases;
  /** How long work runs before progress shows (ms). */
  readonly progressDelayMs?: number;
}
