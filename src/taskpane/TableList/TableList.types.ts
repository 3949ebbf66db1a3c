import type { CheckedTable, Config, FieldName } from "../../core/schema";
import type { MappingChange, MappingEffect } from "../paneState";

/** Props of {@link TableList}. */
export interface TableListProps {
  readonly tables: readonly CheckedTable[];
  /** The saved corrections, to mark which mappings are the user's and offer a reset. */
  readonly overrides: Config["mappingOverrides"];
  /** Fields the configuration requires: always offered, even when no column was found. */
  readonly required: readonly FieldName[];
  readonly onChange: (change: MappingChange) => void;
  readonly onReset: (tableKey: string) => void;
  /** Work is under way: changes wait (focus stays where it is). */
  readonly busy: boolean;
  /** The last correction's table and its counts before it: that table's card says what changed. */
  readonly effect?: MappingEffect | null;
}
