export * from "./palette";
