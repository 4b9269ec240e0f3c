/** The Profil block: label/value pairs (Nama Instansi, Tahun Laporan, Kepala, NIP …), docs/REPORT.md §1. */
import type { Origin, Profil, TableInfo } from "../engine/model/types";
import { a1, colLetter, rangeA1 } from "./a1";
import { normalise } from "./headers";
import { isDateFormat } from "./number-format";
import type { SheetView } from "./sheet";

type Key = keyof Omit<Profil, "origin">;

const LABELS: [RegExp, Key][] = [
  [
    /^(nama )?(instansi|perangkat daerah|opd|skpd|satuan kerja|unit kerja|dinas|badan)( perangkat daerah)?$/,
    "namaInstansi",
  ],
  [
    /^(nama )?(pemerintah daerah|pemda|pemerintah|kabupaten kota|provinsi|kabupaten|kota|daerah)$/,
    "pemerintahDaerah",
  ],
  [/^tahun( laporan| pelaporan| anggaran| kinerja| pengukuran)?$/, "tahun"],
  [/^(periode )?(renstra|rencana strategis)$|^periode( renstra)?$/, "periodeRenstra"],
  [/^(nama )?(kepala|pimpinan|kepala dinas|kepala perangkat daerah|kepala opd|penanggung jawab)$/, "kepala"],
  [/^nip( kepala)?$/, "nip"],
  [/^tempat( penandatanganan)?$/, "tempat"],
  [/^(tanggal|tgl)( penandatanganan| laporan)?$/, "tanggal"],
];

const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** An Excel date serial as an Indonesian date: 45657 → "31 Desember 2024". */
function serialDate(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function labelKey(text: string): Key | undefined {
  const n = normalise(text);
  if (n.length > 40) return undefined;
  for (const [re, key] of LABELS) if (re.test(n)) return key;
  return undefined;
}

/**
 * The Profil pairs of a sheet (a label cell, an optional ":" cell, a value), with the table it forms;
 * undefined unless at least three labels (two on a sheet named Profil) are found.
 * @example readProfil(viewSheet(profilGrid))?.profil.tahun //=> 2024
 */
export function readProfil(
  view: SheetView,
  rows?: Set<number>,
): { profil: Profil; table: TableInfo } | undefined {
  const profil: Profil = {};
  const origin: Partial<Record<Key, Origin>> = {};
  let r1 = Infinity,
    r2 = -Infinity,
    c1 = Infinity,
    c2 = -Infinity;
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    if (rows && !rows.has(r)) continue;
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const key = labelKey(view.text(r, c));
      if (!key || profil[key] !== undefined) continue;
      let vc = c + 1;
      while (vc <= view.lastCol && /^[:\s]*$/.test(view.text(r, vc)) && vc <= c + 2) vc++;
      const cell = view.cell(r, vc);
      const text = view.text(r, vc).replace(/^:\s*/, "");
      if (!cell || text === "") continue;
      if (key === "tahun") {
        const y = Number(text);
        if (!Number.isInteger(y) || y < 1950 || y > 2199) continue;
        profil.tahun = y;
      } else if (
        key === "tanggal" &&
        typeof cell.v === "number" &&
        (isDateFormat(cell.fmt) || cell.v > 20000) &&
        cell.v < 2958466
      ) {
        profil.tanggal = serialDate(cell.v);
      } else profil[key] = text;
      origin[key] = { sheet: view.name, cell: a1(r, vc) };
      [r1, r2, c1, c2] = [Math.min(r1, r), Math.max(r2, r), Math.min(c1, c), Math.max(c2, vc)];
      break;
    }
  }
  const n = Object.keys(origin).length;
  if (n < 3 && !(n >= 2 && /profil/i.test(view.name))) return undefined;
  profil.origin = origin;
  const range = rangeA1({ r1, c1, r2, c2 });
  return {
    profil,
    table: {
      id: `${view.name}!${range}`,
      sheet: view.name,
      range,
      kind: "profil",
      rows: n,
      fields: { label: colLetter(c1), value: colLetter(c2) },
    },
  };
}
