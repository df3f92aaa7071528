export * from "./dates";
export * from "./duration";
export * from "./money";
export * from "./phone";
export * from "./rut";
