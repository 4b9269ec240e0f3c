import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { StringsProvider, stringsFor } from "./i18n";
import {
  colourKriteria,
  decimalSeparator,
  hostSupportsJobs,
  officePort,
  selectCell,
  selectedRange,
} from "../adapters/office";

// Awaiting onReady before touching Excel: the shared runtime loads the page before the host is ready.
async function start(): Promise<void> {
  await Office.onReady();
  const container = document.getElementById("container");
  if (!container) throw new Error("Elemen #container tidak ada di taskpane.html");
  const strings = stringsFor(Office.context?.displayLanguage);
  document.documentElement.lang = strings.lang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider value={strings}>
        <App
          port={officePort()}
          goTo={(sheet, cell) => selectCell(sheet, cell)}
          selection={() => selectedRange()}
          colourKriteria={() => colourKriteria()}
          decimalSeparator={() => decimalSeparator()}
          hostSupported={hostSupportsJobs()}
          autoLoad
        />
      </StringsProvider>
    </FluentProvider>,
  );
}

void start();
