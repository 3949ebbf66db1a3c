/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { act } from "react";
import { BootView, OfficeLike, startTaskpane } from "./boot";
import { DEMO_HINT, OUTSIDE_OFFICE_TEXT } from "./OutsideOffice/outsideOfficeText";
import { App } from "./App";
import { Shell } from "./Shell";
import { fakePane } from "./testing/fakeServices";
import { readyReport } from "./testing/report";

/** The real main view over fake services, as index.tsx renders it once Excel is ready. */
function main(): React.JSX.Element {
  const pane = fakePane([readyReport()]);
  return <App services={pane.services} useCases={pane.useCases} />;
}

const never = <T,>(): Promise<T> => new Promise<T>(() => undefined);

function office(onReady: OfficeLike["onReady"]): OfficeLike {
  return {
    onReady,
    HostType: { Excel: "Excel" },
    context: { requirements: { isSetSupported: () => true } },
  };
}

/** Boots the pane as index.tsx does, rendering every view it is given, and settles pending work. */
async function boot(target: OfficeLike | undefined, sleep: () => Promise<void>): Promise<void> {
  const { rerender } = render(<Shell view={{ kind: "loading" }} main={main()} />);
  void startTaskpane(target, (view: BootView) => rerender(<Shell view={view} main={main()} />), {
    sleep,
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe("the task pane opened outside Office", () => {
  it.each<[string, OfficeLike | undefined, () => Promise<void>, keyof typeof OUTSIDE_OFFICE_TEXT]>([
    ["office.js failed to load", undefined, never, "no-office-js"],
    [
      "a plain browser (onReady host null)",
      office(() => Promise.resolve({ host: null, platform: null })),
      never,
      "no-host",
    ],
    ["onReady never resolves", office(never), () => Promise.resolve(), "timeout"],
  ])("%s: says what to do instead of a blank page", async (_case, target, sleep, reason) => {
    await boot(target, sleep);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveAttribute("data-reason", reason);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      OUTSIDE_OFFICE_TEXT[reason].title
    );
    expect(alert).toHaveTextContent("Excel add-in");
    expect(alert).toHaveTextContent(DEMO_HINT);
    expect(screen.queryByText(/Starting Action Plan Checker/)).not.toBeInTheDocument();
  });

  it("tells the user to open the page from Excel when there is no host", async () => {
    await boot(
      office(() => Promise.resolve({ host: null, platform: null })),
      never
    );
    expect(screen.getByRole("heading", { name: "Open this page from Excel" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("npm run demo:web");
  });
});

describe("the task pane inside Excel", () => {
  it("shows the error Office gave when it failed to start", () => {
    render(
      <Shell
        view={{ kind: "outside-office", reason: "office-failed", detail: "boom" }}
        main={main()}
      />
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Details: boom");
  });

  it("shows a loading indicator until Office is ready", () => {
    render(<Shell view={{ kind: "loading" }} main={main()} />);
    expect(screen.getByText("Starting Action Plan Checker…")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows the main view once Excel is ready", async () => {
    await boot(
      office(() => Promise.resolve({ host: "Excel", platform: "PC" })),
      never
    );
    expect(await screen.findByRole("heading", { name: "Action Plan Checker" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check this workbook" })).toBeEnabled();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it.each(["not-excel", "excel-too-old", "office-failed"] as const)(
    "explains %s without suggesting the browser demo",
    (reason) => {
      render(<Shell view={{ kind: "outside-office", reason }} main={main()} />);
      expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
        OUTSIDE_OFFICE_TEXT[reason].title
      );
      expect(screen.getByRole("alert")).not.toHaveTextContent(DEMO_HINT);
    }
  );
});

describe("the theme", () => {
  it.each([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
    ["high contrast", teamsHighContrastTheme],
  ])("wears the %s theme it is given", (_name, theme) => {
    const { container } = render(<Shell view={{ kind: "loading" }} main={null} theme={theme} />);
    const provider = container.firstElementChild as HTMLElement;
    // FluentProvider writes the theme's tokens as CSS variables (inserted rules, not style text).
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join("\n");
    expect(provider.className).toMatch(/fui-FluentProvider/);
    expect(css).toContain(`--colorNeutralBackground1: ${theme.colorNeutralBackground1}`);
  });
});
