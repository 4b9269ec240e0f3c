/**
 * @jest-environment jsdom
 */
import "./dom-shims";
import * as React from "react";
import { cleanup, configure, render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { StringsProvider } from "../../src/taskpane/i18n";
import { ID, type Strings } from "../../src/taskpane/strings";
import { EN } from "../../src/taskpane/strings-en";
import { officePort, selectedRange } from "../../src/adapters/office";
import { loadSettings } from "../../src/jobs/settings";
import { FakeExcel } from "../adapters/fake-excel";

function workbook(): FakeExcel {
  const fx = new FakeExcel();
  fx.seed("Kinerja", {
    A1: "Indikator Kinerja",
    B1: "Target",
    C1: "Realisasi",
    D1: "Capaian (%)",
    A2: "Indeks kepuasan",
    B2: 70,
    C2: 67.71,
    D2: 84, // wrong: 96,73
  });
  fx.seed("Catatan", { B2: "Butir", C2: "Rencana", D2: "Hasil", B3: "Butir satu", C3: 70, D3: 67.71 });
  return fx;
}

function open(fx: FakeExcel, strings: Strings = ID, separator = ",") {
  const goTo = jest.fn(async () => undefined);
  const colour = jest.fn(async () => ({ sheet: "Kinerja", address: "D2:D9" }));
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider value={strings}>
        <App
          port={officePort(fx.run)}
          goTo={goTo}
          selection={() => selectedRange(fx.run)}
          colourKriteria={colour}
          decimalSeparator={async () => separator}
          autoLoad
        />
      </StringsProvider>
    </FluentProvider>,
  );
  return { goTo, colour };
}

const enabled = (name: string) =>
  waitFor(() => expect(screen.getByRole("button", { name })).toHaveProperty("disabled", false), {
    timeout: 20_000,
  });

jest.setTimeout(60_000);
// The jobs run for real over the fake Excel: on a busy machine a report takes seconds, not the default 1 s.
configure({ asyncUtilTimeout: 20_000 });

describe("App: Data lists what the reader understood, on open", () => {
  it("shows each table with its range, kind, rows and the role of each column", async () => {
    open(workbook());
    await screen.findByText("Kinerja!A1:D2 · kinerja · 1 baris");
    expect(screen.getByText(/“Capaian \(%\)” → Capaian \(%\) tertulis/)).toBeTruthy();
  });
});

describe("App: map a table by hand", () => {
  it("proposes from the selection, lets the user choose each column's field, and saves the Peta in the workbook", async () => {
    const fx = workbook();
    open(fx);
    await enabled(ID.mapFromSelection);
    fx.selected = "Catatan!B2:D2";
    fireEvent.click(screen.getByRole("button", { name: ID.mapFromSelection }));
    const editor = await screen.findByRole("region", { name: ID.mapFor("Catatan", "B2:D2") });
    fireEvent.click(within(editor).getByRole("button", { name: ID.mapSave }));
    expect(within(editor).getByRole("alert").textContent).toBe(ID.mapNeedsField);
    const fields = ["indikator", "target", "realisasi"];
    ["Kolom B: Butir", "Kolom C: Rencana", "Kolom D: Hasil"].forEach((label, i) =>
      fireEvent.change(within(editor).getByLabelText(label), { target: { value: fields[i] } }),
    );
    fireEvent.click(within(editor).getByRole("button", { name: ID.mapSave }));
    await screen.findByText(ID.mapSaved("Catatan", "B2:D2"));
    expect((await loadSettings(officePort(fx.run))).settings?.peta?.tabel).toEqual([
      { lembar: "Catatan", judul: "B2:D2", kolom: { B: "indikator", C: "target", D: "realisasi" } },
    ]);
  });

  it("a selection too tall for header rows is refused with a message", async () => {
    const fx = workbook();
    open(fx);
    await enabled(ID.mapFromSelection);
    fx.selected = "Catatan!B2:D20";
    fireEvent.click(screen.getByRole("button", { name: ID.mapFromSelection }));
    await screen.findByText(ID.mapSelectionTooBig);
  });
});

describe("App: Pengaturan are saved in the workbook and read back on open", () => {
  it("a second pane on the same workbook shows the saved year and method", async () => {
    const fx = workbook();
    open(fx);
    fireEvent.click(screen.getByRole("button", { name: ID.optionsTitle }));
    await enabled(ID.simpanPengaturan);
    fireEvent.change(screen.getByLabelText(ID.tahun), { target: { value: "2023" } });
    fireEvent.change(screen.getByLabelText(ID.efisiensi), { target: { value: "rasio" } });
    fireEvent.click(screen.getByRole("button", { name: ID.simpanPengaturan }));
    await screen.findByText(ID.pengaturanSaved);
    cleanup();
    open(fx);
    fireEvent.click(screen.getByRole("button", { name: ID.optionsTitle }));
    await waitFor(
      () => expect((screen.getByLabelText(ID.tahun) as unknown as { value: string }).value).toBe("2023"),
      {
        timeout: 20_000,
      },
    );
    expect((screen.getByLabelText(ID.efisiensi) as unknown as { value: string }).value).toBe("rasio");
    expect(fx.sheets.map((s) => s.name)).toEqual(["Kinerja", "Catatan", "_SAKIP_Pengaturan"]);
  });
});

describe("App: Buat lembar LKjIP shows the check's errors first", () => {
  it("asks before writing, writes on 'continue' with a link to each new sheet", async () => {
    const fx = workbook();
    const { goTo } = open(fx);
    await enabled(ID.buatLaporan);
    fireEvent.click(screen.getByRole("button", { name: ID.buatLaporan }));
    await screen.findByText(ID.confirmTitle(1));
    expect(fx.sheets.map((s) => s.name)).toEqual(["Kinerja", "Catatan"]); // nothing written yet
    expect(screen.getByText(/Capaian/, { selector: "span" })).toBeTruthy(); // the rule by its Indonesian name
    fireEvent.click(screen.getByRole("button", { name: ID.confirmContinue }));
    const link = await screen.findByRole("button", { name: ID.openSheet("Ringkasan") });
    fireEvent.click(link);
    expect(goTo).toHaveBeenCalledWith("Ringkasan", "A1");
  });

  it("Batal writes nothing", async () => {
    const fx = workbook();
    open(fx);
    await enabled(ID.buatLaporan);
    fireEvent.click(screen.getByRole("button", { name: ID.buatLaporan }));
    fireEvent.click(await screen.findByRole("button", { name: ID.confirmCancel }));
    expect(screen.queryByText(ID.confirmTitle(1))).toBeNull();
    expect(fx.sheets.map((s) => s.name)).toEqual(["Kinerja", "Catatan"]);
  });
});

describe("App: language and locale", () => {
  it("speaks English when Office does, and notes a '.' decimal separator once", async () => {
    open(workbook(), EN, ".");
    await screen.findByText(EN.decimalNote("."));
    expect(screen.getByRole("button", { name: EN.periksa })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: EN.dismiss }));
    expect(screen.queryByText(EN.decimalNote("."))).toBeNull();
  });
  it("says nothing about separators when the workbook uses ','", async () => {
    open(workbook());
    await enabled(ID.periksa);
    expect(screen.queryByText(/pemisah desimal/)).toBeNull();
  });
});

describe("App: Fungsi", () => {
  it("lists every SAKIP function with an example and colours the selected kriteria", async () => {
    const { colour } = open(workbook());
    fireEvent.click(screen.getByRole("button", { name: ID.functionsTitle }));
    expect(screen.getByText("SAKIP.CAPAIAN")).toBeTruthy();
    expect(screen.getByText("=SAKIP.CAPAIAN(70; 67,71) → 96,73")).toBeTruthy();
    await enabled(ID.colourKriteria);
    fireEvent.click(screen.getByRole("button", { name: ID.colourKriteria }));
    await screen.findByText(ID.colourDone("Kinerja!D2:D9"));
    expect(colour).toHaveBeenCalledTimes(1);
  });
});
