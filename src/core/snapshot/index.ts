export * from "./snapshot";
export { textFingerprint } from "./hash";
