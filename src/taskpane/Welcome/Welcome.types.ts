/** Props of {@link Welcome}. */
export interface WelcomeProps {
  readonly onCheck: () => void;
  /** Work is under way (settings loading, or the first check). */
  readonly busy: boolean;
}
