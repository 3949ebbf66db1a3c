import type { ChangeGroup } from "../Compare/changeView";

/** Props of {@link ChangeList}. */
export interface ChangeListProps {
  readonly groups: readonly ChangeGroup[];
  readonly onGoTo: (sheet: string, address: string) => void;
}
