import { CommandHandler, registerCommands, runCommand } from "./handlers";

describe("registerCommands", () => {
  it("associates every handler under its manifest FunctionName and passes the event on", () => {
    const associated = new Map<string, (arg?: unknown) => void>();
    const seen: string[] = [];
    const handlers: Record<string, CommandHandler> = {
      first: () => void seen.push("first"),
      second: (event) => {
        seen.push("second");
        event.completed();
      },
    };
    const names = registerCommands({ associate: (id, fn) => associated.set(id, fn) }, handlers);

    expect(names).toEqual(["first", "second"]);
    expect([...associated.keys()]).toEqual(["first", "second"]);
    const completed = jest.fn();
    associated.get("second")?.({ completed });
    expect(seen).toEqual(["second"]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("registers nothing by default: the only ribbon button opens the task pane", () => {
    const associate = jest.fn();
    expect(registerCommands({ associate })).toEqual([]);
    expect(associate).not.toHaveBeenCalled();
  });
});

describe("runCommand", () => {
  const eventWith = (completed: jest.Mock) =>
    ({ completed, source: { id: "x" } }) as unknown as Office.AddinCommands.Event;

  it.each([
    [
      "throws",
      () => {
        throw new Error("boom");
      },
    ],
    [
      "rejects",
      async () => {
        throw new Error("boom");
      },
    ],
    ["returns without completing", () => undefined],
  ])("completes the event once when the handler %s", async (_label, handler: CommandHandler) => {
    const completed = jest.fn();
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await runCommand(handler, eventWith(completed));
    expect(completed).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it("does not complete twice when the handler completed the event itself", async () => {
    const completed = jest.fn();
    await runCommand((e) => e.completed(), eventWith(completed));
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes a registered command whose handler throws", async () => {
    const associated = new Map<string, (arg?: unknown) => void>();
    registerCommands(
      { associate: (id, fn) => associated.set(id, fn) },
      {
        broken: () => {
          throw new Error("boom");
        },
      }
    );
    const completed = jest.fn();
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    associated.get("broken")?.(eventWith(completed));
    await new Promise((r) => setTimeout(r, 0));
    expect(completed).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
