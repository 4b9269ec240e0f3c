/**
 * @jest-environment jsdom
 */
import "./dom-shims";
import * as React from "react";
import { render, screen, fireEvent, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ActionBar } from "../../src/taskpane/components/ActionBar";
import { ResultView } from "../../src/taskpane/components/ResultView";
import type { Finding } from "../../src/engine/check/finding";

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const findings: Finding[] = [
  {
    rule: "CAPAIAN_MISMATCH",
    severity: "error",
    sheet: "Kinerja",
    cell: "G7",
    stated: 84,
    expected: 96.73,
    message: "Capaian tertulis 84 tetapi 67,71 / 70 × 100 = 96,73",
  },
  {
    rule: "FORMAT_AMBIGUOUS",
    severity: "warning",
    sheet: "Kinerja",
    cell: "E9",
    message: "Pemisah desimal '70.95' meragukan",
  },
  {
    rule: "PERSEN_MISMATCH",
    severity: "error",
    sheet: "Anggaran",
    cell: "H5",
    stated: 93.83,
    expected: 66.84,
    message: "Persentase tertulis 93,83 tetapi 66,84",
  },
];

describe("ActionBar: each button runs its own job, and none while a job runs", () => {
  it.each([
    ["Buat lembar LKjIP", "onBuatLaporan"],
    ["Periksa", "onPeriksa"],
    ["Buat templat", "onBuatTemplat"],
  ] as const)("%s calls %s", (label, handler) => {
    const props = {
      disabled: false,
      onPeriksa: jest.fn(),
      onBuatLaporan: jest.fn(),
      onBuatTemplat: jest.fn(),
    };
    wrap(<ActionBar {...props} />);
    fireEvent.click(screen.getByRole("button", { name: label }));
    expect(props[handler]).toHaveBeenCalledTimes(1);
    for (const other of ["onPeriksa", "onBuatLaporan", "onBuatTemplat"] as const)
      if (other !== handler) expect(props[other]).not.toHaveBeenCalled();
  });

  it("disables every button while busy", () => {
    const props = {
      disabled: true,
      onPeriksa: jest.fn(),
      onBuatLaporan: jest.fn(),
      onBuatTemplat: jest.fn(),
    };
    wrap(<ActionBar {...props} />);
    for (const b of screen.getAllByRole("button")) expect(b).toHaveProperty("disabled", true);
  });
});

describe("ResultView: findings are grouped by sheet and each cell address selects its cell", () => {
  it("groups by sheet, shows the arithmetic, and goes to the clicked cell", () => {
    const onGoTo = jest.fn();
    const result = { tables: [], findings, diagnostics: [], summary: { errors: 2, warnings: 1, info: 0 } };
    wrap(<ResultView state={{ status: "checked", result }} onGoTo={onGoTo} />);
    expect(screen.getByText("2 kesalahan · 1 peringatan · 0 info")).toBeTruthy();
    const kinerja = screen.getByRole("region", { name: "Kinerja" });
    expect(within(kinerja).getAllByRole("listitem")).toHaveLength(2);
    expect(within(kinerja).getByText(/67,71 \/ 70 × 100 = 96,73/)).toBeTruthy();
    // The rule by its Indonesian name, its code only as the tooltip.
    expect(within(kinerja).getByText("Capaian tidak sesuai hitungan").getAttribute("title")).toBe(
      "CAPAIAN_MISMATCH",
    );
    expect(within(kinerja).queryByText("CAPAIAN_MISMATCH")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Buka Anggaran!H5" }));
    expect(onGoTo).toHaveBeenCalledWith("Anggaran", "H5");
  });

  it("filters by severity, each button counting its findings", () => {
    const result = { tables: [], findings, diagnostics: [], summary: { errors: 2, warnings: 1, info: 0 } };
    wrap(<ResultView state={{ status: "checked", result }} onGoTo={jest.fn()} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "Peringatan (1)" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.queryByRole("region", { name: "Anggaran" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Kesalahan (2)" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Semua (3)" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });

  it("says so when nothing is wrong", () => {
    const result = {
      tables: [{ sheet: "Kinerja", range: "A1:H9", kind: "kinerja" as const, rows: 6 }],
      findings: [],
      diagnostics: [],
      summary: { errors: 0, warnings: 0, info: 0 },
    };
    wrap(<ResultView state={{ status: "checked", result }} onGoTo={jest.fn()} />);
    expect(screen.getByText("Tidak ada temuan. Angka-angka konsisten.")).toBeTruthy();
  });

  it("shows a failure with its message and says the workbook is intact", () => {
    wrap(
      <ResultView
        state={{ status: "failed", task: "laporan", message: "Lembar terkunci" }}
        onGoTo={jest.fn()}
      />,
    );
    expect(screen.getByText("Lembar terkunci")).toBeTruthy();
    expect(screen.getByText(/Laporan sebelumnya \(jika ada\) tetap utuh/)).toBeTruthy();
  });

  it("tells the user when one of their sheets kept its name", () => {
    const result = {
      sheets: [{ key: "capaian-kinerja", name: "Capaian Kinerja (2)" }],
      renamed: [{ key: "capaian-kinerja", wanted: "Capaian Kinerja", used: "Capaian Kinerja (2)" }],
      kriteriaCounts: {},
      serapanTotal: null,
      findings: { errors: 0, warnings: 0, info: 0 },
    };
    wrap(<ResultView state={{ status: "generated", result }} onGoTo={jest.fn()} />);
    expect(
      screen.getByText(
        "Lembar 'Capaian Kinerja' milik Anda tidak diubah; laporan ditulis ke 'Capaian Kinerja (2)'.",
      ),
    ).toBeTruthy();
  });
});

describe("App on an Excel too old for the jobs", () => {
  it("says so, keeps the buttons disabled and never touches the workbook", async () => {
    const { App } = await import("../../src/taskpane/components/App");
    const port = { readSheets: jest.fn(), listSheets: jest.fn(), applyPlan: jest.fn() };
    wrap(<App port={port} goTo={jest.fn()} hostSupported={false} />);
    expect(screen.getByText(/perlu ExcelApi 1.13/)).toBeTruthy();
    for (const name of ["Buat lembar LKjIP", "Periksa", "Buat templat"]) {
      const button = screen.getByRole("button", { name });
      expect(button).toHaveProperty("disabled", true);
      fireEvent.click(button);
    }
    expect(port.readSheets).not.toHaveBeenCalled();
    expect(port.applyPlan).not.toHaveBeenCalled();
  });
});
