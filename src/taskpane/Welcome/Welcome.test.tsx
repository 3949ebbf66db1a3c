/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Welcome, WELCOME_TEXT } from "./Welcome";

describe("Welcome", () => {
  it("explains the pane and starts a check by keyboard", async () => {
    const onCheck = jest.fn();
    render(<Welcome onCheck={onCheck} busy={false} />);
    expect(screen.getByText(WELCOME_TEXT)).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Check this workbook" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onCheck).toHaveBeenCalledTimes(1);
  });

  it("keeps the button focusable but inert while busy", async () => {
    const onCheck = jest.fn();
    render(<Welcome onCheck={onCheck} busy />);
    const button = screen.getByRole("button", { name: "Check this workbook" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(button);
    expect(onCheck).not.toHaveBeenCalled();
  });
});
