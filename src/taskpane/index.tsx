import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { hostSupportsJobs, officePort, selectCell } from "../adapters/office";

// Awaiting onReady before touching Excel: the shared runtime loads the page before the host is ready.
async function start(): Promise<void> {
  await Office.onReady();
  const container = document.getElementById("container");
  if (!container) throw new Error("Elemen #container tidak ada di taskpane.html");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={officePort()} goTo={selectCell} hostSupported={hostSupportsJobs()} />
    </FluentProvider>,
  );
}

void start();
