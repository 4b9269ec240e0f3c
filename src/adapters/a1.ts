// Both writers use the engine's one A1 module (src/engine/sheet/a1.ts), shared with the report and the check.
export * from "../engine/sheet/a1";
