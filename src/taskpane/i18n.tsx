import * as React from "react";
import { ID, type Strings } from "./strings";
import { EN } from "./strings-en";

const StringsContext = React.createContext<Strings>(ID);

/** The strings of Office's display language: English for "en-…", Indonesian otherwise (the users' language). */
export function stringsFor(displayLanguage: string | undefined): Strings {
  return /^en\b/i.test(displayLanguage ?? "") ? EN : ID;
}

export function StringsProvider({ value, children }: { value: Strings; children: React.ReactNode }) {
  return <StringsContext.Provider value={value}>{children}</StringsContext.Provider>;
}

/** The pane's strings in the current language. */
export function useS(): Strings {
  return React.useContext(StringsContext);
}
