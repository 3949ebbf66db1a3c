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
      void handler(event as Office.AddinCommands.Event);
    });
  }
  return names;
}
