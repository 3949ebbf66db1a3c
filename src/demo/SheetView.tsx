import * as React from "react";
import type { FakeWorkbookState } from "../fake-excel/types";
import {
  selectedText,
  sheetView,
  visibleSheets,
  type CellView,
  type SheetView as SheetModelView,
} from "./sheetModel";

/** Props of {@link SheetView}. */
export interface SheetViewProps {
  readonly state: FakeWorkbookState;
  /** Bumped by the page after every batch the pane runs: the state is mutated in place. */
  readonly version: number;
  readonly title: string;
}

/** Width of the row-number column. */
const ROW_HEAD_PX = 44;

function Cell({ cell }: { readonly cell: CellView }): React.JSX.Element {
  const classes = ["cell"];
  if (cell.selected) classes.push("selected");
  if (cell.active) classes.push("active");
  if (cell.tableHeader) classes.push("table-header");
  if (cell.link) classes.push("link");
  if (cell.note !== undefined) classes.push("has-note");
  if (cell.flow) classes.push(cell.flow);
  return (
    <td
      className={classes.join(" ")}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      style={{
        background: cell.fill,
        color: cell.fontColor,
        fontWeight: cell.bold || cell.tableHeader ? 600 : undefined,
      }}
      title={cell.note ?? cell.link}
      aria-selected={cell.selected}
      data-address={cell.address}
      data-fill={cell.fill ?? "none"}
      data-active={cell.active ? "true" : undefined}
    >
      {cell.note !== undefined ? (
        <span className="note-marker" role="img" aria-label={`Note: ${cell.note}`} />
      ) : null}
      {cell.text}
    </td>
  );
}

/** The shown sheet's cells as a grid, then what is not drawn and the tables and charts on it. */
function SheetGrid({ view }: { readonly view: SheetModelView }): React.JSX.Element {
  return (
    <>
      <table
        className="grid"
        role="grid"
        aria-readonly="true"
        aria-label={`Sheet ${view.name}`}
        style={{ width: ROW_HEAD_PX + view.columns.reduce((n, c) => n + c.widthPx, 0) }}
      >
        <colgroup>
          <col style={{ width: ROW_HEAD_PX }} />
          {view.columns.map((c) => (
            <col key={c.col} style={{ width: c.widthPx }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="corner" aria-label="Rows and columns" />
            {view.columns.map((c) => (
              <th key={c.col} scope="col" className="col-head">
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.row}>
              <th scope="row" className="row-head">
                {r.row}
              </th>
              {r.cells.map((c) => (
                <Cell key={c.address} cell={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {view.rowsNotShown > 0 ? (
        <p className="more">{`${view.rowsNotShown} more rows not drawn.`}</p>
      ) : null}
      {view.tables.length > 0 || view.charts.length > 0 ? (
        <ul className="objects" aria-label="Tables and charts on this sheet">
          {view.tables.map((t) => (
            <li key={t.name}>{`Table ${t.name} (${t.range})`}</li>
          ))}
          {view.charts.map((c, i) => (
            <li key={i}>{`Chart "${c.title}" (${c.type}) of ${c.source}`}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * A read-only picture of the workbook the fake Excel holds, drawn as Excel would show it: sheet tabs, cells
 * with their fills, merged cells, notes (a red corner, the text as a tooltip) and the selection, whose
 * address the name box shows. It follows the active sheet when the pane activates one.
 */
export function SheetView({ state, version, title }: SheetViewProps): React.JSX.Element {
  const sheets = visibleSheets(state);
  const [shownId, setShownId] = React.useState<string | null>(state.activeSheetId);
  const lastActive = React.useRef(state.activeSheetId);
  React.useEffect(() => {
    if (state.activeSheetId !== lastActive.current) {
      lastActive.current = state.activeSheetId;
      setShownId(state.activeSheetId);
    }
  }, [state, version]);

  const sheet = sheets.find((s) => s.id === shownId) ?? sheets[0];
  // The state is mutated in place: `version` is what says it changed.
  const view = React.useMemo(
    () => (sheet ? sheetView(state, sheet) : null),
    [state, sheet, version]
  );
  const scroller = React.useRef<HTMLDivElement>(null);
  // A sheet opens at its selection, or at A1 when it has none (as a newly added sheet does in Excel).
  React.useEffect(() => {
    const active = scroller.current?.querySelector("[data-active]");
    if (active) active.scrollIntoView({ block: "nearest", inline: "nearest" });
    else scroller.current?.scrollTo(0, 0);
  }, [view?.selection, sheet?.id]);

  const nameBox = view?.selection ?? "";

  return (
    <section className="workbook" aria-label={`Workbook ${title}`}>
      <div className="formula-bar">
        <input className="name-box" readOnly aria-label="Name box" value={nameBox} />
        <input
          className="formula"
          readOnly
          aria-label="Formula bar"
          value={view?.selection ? selectedText(state) : ""}
        />
      </div>
      <div
        className="grid-scroll"
        ref={scroller}
        role="tabpanel"
        id="sheet-panel"
        aria-labelledby={sheet ? `tab-${sheet.id}` : undefined}
        tabIndex={0}
      >
        {view ? (
          <SheetGrid view={view} />
        ) : (
          <p className="more">This workbook has no visible sheet.</p>
        )}
      </div>
      <div className="tabs" role="tablist" aria-label="Sheets">
        {sheets.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={`tab-${s.id}`}
            aria-selected={s.id === sheet?.id}
            aria-controls="sheet-panel"
            className={s.id === state.activeSheetId ? "tab active-sheet" : "tab"}
            onClick={() => setShownId(s.id)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </section>
  );
}
