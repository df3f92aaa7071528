export * from "./dates";
export * from "./duration";
export * from "./email";
export * from "./money";
export * from "./phone";
export * from "./rut";
