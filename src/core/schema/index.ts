export * from "./fields";
export * from "./issue";
export * from "./timescale";
export * from "./config";
export * from "./action";
export * from "./report";
export * from "./verdict";
