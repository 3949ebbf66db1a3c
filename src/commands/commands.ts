import { registerCommands } from "./handlers";

// The ribbon's function file. Office loads commands.html when the add-in starts; function commands
// named in the manifest must be associated before a button can call them.
Office.onReady(() => {
  registerCommands(Office.actions);
});
