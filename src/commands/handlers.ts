/** A ribbon function command: Office passes the event, which the handler must complete. */
export type CommandHandler = (event: Office.AddinCommands.Event) => void | Promise<void>;

/**
 * Function commands by the FunctionName the manifest's ExecuteFunction actions use. Empty today: the only
 * ribbon button, "Check plan", opens the task pane (ShowTaskpane) and needs no code.
 */
export const COMMAND_HANDLERS: Readonly<Record<string, CommandHandler>> = {};

/** The part of `Office.actions` used to register commands. */
export interface ActionRegistry {
  associate(actionId: string, actionFunction: (arg?: unknown) => void): void;
}

/**
 * Runs a handler and always completes its event, even when the handler throws or rejects: Office waits
 * for `completed()` and shows the button as busy until then. A handler that completed the event itself
 * is not completed twice.
 */
export async function runCommand(
  handler: CommandHandler,
  event: Office.AddinCommands.Event
): Promise<void> {
  let completed = false;
  const guarded: Office.AddinCommands.Event = {
    ...event,
    completed: (options?: Office.AddinCommands.EventCompletedOptions) => {
      if (completed) return;
      completed = true;
      event.completed(options);
    },
  };
  try {
    await handler(guarded);
  } catch (error) {
    // nothing to show it in (a function command has no UI): the console is where a developer looks
    console.error("Ribbon command failed", error);
  } finally {
    if (!completed) guarded.completed();
  }
}

/** Registers every handler with Office so the manifest's ExecuteFunction actions can find it. */
export function registerCommands(
  actions: ActionRegistry,
  handlers: Readonly<Record<string, CommandHandler>> = COMMAND_HANDLERS
): readonly string[] {
  const names = Object.keys(handlers);
  for (const name of names) {
    const handler = handlers[name];
    if (handler === undefined) continue;
    actions.associate(name, (event) => {
      void runCommand(handler, event as Office.AddinCommands.Event);
    });
  }
  return names;
}
