/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_CONFIG } from "../../core/schema";
import { SettingsForm } from "./SettingsForm";

function renderForm(error: string | null = null, result = true) {
  const onSave = jest.fn(async () => result);
  render(
    <SettingsForm
      config={DEFAULT_CONFIG}
      today="2026-03-02"
      error={error}
      busy={false}
      onSave={onSave}
    />
  );
  return onSave;
}

const save = () => userEvent.click(screen.getByRole("button", { name: "Save settings" }));

describe("SettingsForm", () => {
  it("shows the current settings", () => {
    renderForm();
    expect(screen.getByRole("spinbutton", { name: "Amber window (days)" })).toHaveValue(28);
    expect(screen.getByRole("radio", { name: "Green" })).toBeChecked();
    expect(screen.getByRole("textbox", { name: "Label for complete actions" })).toHaveValue(
      "Complete"
    );
    expect(screen.getByRole("checkbox", { name: "Owner" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Status" })).not.toBeChecked();
    expect(screen.getByText(/Leave it empty to use today \(02\/03\/2026\)/)).toBeInTheDocument();
  });

  it("hands every edited setting to onSave", async () => {
    const onSave = renderForm();
    fireEvent.change(screen.getByLabelText("Report date"), { target: { value: "01/04/2026" } });
    const days = screen.getByRole("spinbutton", { name: "Amber window (days)" });
    await userEvent.clear(days);
    await userEvent.type(days, "14");
    await userEvent.click(screen.getByRole("radio", { name: "Not rated" }));
    const label = screen.getByRole("textbox", { name: "Label for complete actions" });
    await userEvent.clear(label);
    await userEvent.type(label, "Blue");
    await userEvent.click(screen.getByRole("checkbox", { name: "Status" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Owner" }));
    await save();
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        asOf: "2026-04-01",
        amberDays: 14,
        openEnded: "not-rated",
        completeLabel: "Blue",
        required: ["action", "due", "status"],
      })
    );
    expect(screen.getByRole("status")).toHaveTextContent("Settings saved.");
  });

  it("shows the saved report date dd/mm/yyyy, never in the browser's locale, and takes ISO too", async () => {
    const onSave = jest.fn(async () => true);
    render(
      <SettingsForm
        config={{ ...DEFAULT_CONFIG, asOf: "2014-01-31" }}
        today="2026-03-02"
        error={null}
        busy={false}
        onSave={onSave}
      />
    );
    const field = screen.getByLabelText("Report date");
    expect(field).toHaveValue("31/01/2014");
    expect(field).not.toHaveAttribute("type", "date");
    fireEvent.change(field, { target: { value: "2026-01-31" } });
    await save();
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2026-01-31" }));
  });

  it("explains an impossible report date and saves nothing", async () => {
    const onSave = renderForm();
    fireEvent.change(screen.getByLabelText("Report date"), { target: { value: "30/02/2014" } });
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("30 February 2014 does not exist.")).toBeInTheDocument();
  });

  it("sends a blank amber window as NaN so the schema refuses it", async () => {
    const onSave = renderForm(null, false);
    await userEvent.clear(screen.getByRole("spinbutton", { name: "Amber window (days)" }));
    await save();
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ amberDays: Number.NaN }));
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("shows why the settings were refused", () => {
    renderForm("The amber window must be a whole number of days from 0 to 366.");
    expect(screen.getByText("Settings not saved")).toBeInTheDocument();
    expect(screen.getByText(/whole number of days from 0 to 366/)).toBeInTheDocument();
    expect(screen.getByRole("spinbutton", { name: "Amber window (days)" })).toHaveAttribute(
      "aria-invalid",
      "true"
    );
  });

  it("reads the report date as day, month, year and explains one that cannot exist", async () => {
    const onSave = renderForm();
    const date = screen.getByRole("textbox", { name: /Report date/ });
    expect(date).toHaveAttribute("placeholder", "dd/mm/yyyy");
    fireEvent.change(date, { target: { value: "30/02/2014" } });
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText("30 February 2014 does not exist.")).toBeInTheDocument();
    fireEvent.change(date, { target: { value: "31/01/2014" } });
    await save();
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2014-01-31" }));
  });
});
