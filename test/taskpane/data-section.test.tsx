/**
 * @jest-environment jsdom
 */
import "./dom-shims";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DataSection, reasons } from "../../src/taskpane/components/DataSection";
import type { Diagnostic, Model, TableInfo } from "../../src/engine/model/types";

const unknown: TableInfo = {
  id: "X!B2:E9",
  sheet: "X",
  range: "B2:E9",
  kind: "unknown",
  rows: 7,
  fields: {},
};
const inside: Diagnostic = {
  severity: "warning",
  sheet: "X",
  cell: "C2",
  message: "Judul kolom 'Rencana' tidak dikenali",
};
const elsewhere: Diagnostic = { severity: "info", sheet: "X", cell: "K40", message: "Baris kosong dilewati" };
const otherSheet: Diagnostic = { severity: "warning", sheet: "Y", cell: "C2", message: "lain" };

describe("reasons: why a table was not understood", () => {
  it.each<[string, Diagnostic[], Diagnostic[]]>([
    ["diagnostics inside the table's range", [inside, elsewhere, otherSheet], [inside]],
    ["else every diagnostic of its sheet", [elsewhere, otherSheet], [elsewhere]],
    ["none when the sheet has none", [otherSheet], []],
  ])("%s", (_, all, expected) => {
    expect(reasons(unknown, all)).toEqual(expected);
  });
});

describe("DataSection", () => {
  it("shows a table not understood as a warning with the reader's reason and its cell", () => {
    const model: Model = {
      profil: {},
      tables: [unknown],
      indikator: [],
      anggaran: [],
      diagnostics: [inside],
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <DataSection
          model={model}
          busy={false}
          onReload={jest.fn()}
          onMap={jest.fn()}
          onProposalChange={jest.fn()}
          onSaveMap={jest.fn()}
        />
      </FluentProvider>,
    );
    expect(screen.getByText("Tabel X!B2:E9 tidak dipahami")).toBeTruthy();
    expect(screen.getByText("C2: Judul kolom 'Rencana' tidak dikenali")).toBeTruthy();
  });
});
