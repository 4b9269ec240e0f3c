// SheetSpec lives in src/engine/sheet/ with the A1 helpers; this path stays for the reader until it moves too.
export type * from "../sheet/spec";
