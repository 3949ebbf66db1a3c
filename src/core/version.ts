/** The tool's version as the JSON report states it; a test keeps it equal to package.json's. */
export const TOOL_VERSION = "1.0.0";
export const TOOL_NAME = "action-plan-checker";
