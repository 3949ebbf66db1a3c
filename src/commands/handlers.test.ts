import { CommandHandler, registerCommands } from "./handlers";

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
