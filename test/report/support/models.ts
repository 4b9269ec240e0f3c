/** The hand-built models of the report tests: seed 004's numbers, and a model of edge cases. */
import type { Finding } from "../../../src/engine/check/finding";
import { anggaranTable, kinerjaTable, model } from "./model";

const DINAS = "Dinas Koperasi dan Usaha Kecil dan Menengah";
const S1 = "Meningkatkan Produktivitas Usaha Masyarakat, Koperasi, UMKM Berbasis Unggulan Daerah";
const S2 = "Meningkatkan Pertumbuhan Usaha Koperasi dan UMKM";
const S3 = "Meningkatnya Akuntabilitas Kinerja Dinas Koperasi Dan Usaha Kecil Dan Menengah Kab. Inhil";
const AKIP = "Nilai AKIP Dinas Koperasi Dan Usaha Kecil Dan Menengah Kab. Inhil";

/** 004 Tabel 3.2 (L712–722) with the target akhir of Tabel 3.4 (L763–767), and Tabel 3.7's programs (L865–921). */
export function seed004Model() {
  const kinerja = kinerjaTable("Kinerja", [
    {
      kode: "1.1.1",
      sasaran: S1,
      indikator: "Persentase UMKM dan Koperasi yang Naik Skala Usaha",
      satuan: "%",
      target: 63,
      realisasi: 57.9,
      targetAkhir: 67,
      sumberData: DINAS,
    },
    {
      kode: "1.1.1.1",
      sasaran: S2,
      indikator: "Persentase Koperasi yang aktif",
      satuan: "%",
      target: 70,
      realisasi: 69.2,
      targetAkhir: 75,
      sumberData: DINAS,
    },
    {
      sasaran: S2,
      indikator: "Pertumbuhan Usaha Kecil Menengah baru",
      satuan: "%",
      target: 77,
      realisasi: 8.96,
      targetAkhir: 83,
      sumberData: DINAS,
    },
    {
      kode: "1.1.1.2",
      sasaran: S3,
      indikator: AKIP,
      satuan: "Nilai",
      target: 73,
      realisasi: 70.95,
      targetAkhir: 79,
      sumberData: "Berdasarkan Hasil LHE dari Inspektorat",
    },
  ]);
  // All eight programs of Tabel 3.7 (their Σ is the printed total, L923); programs 2 and 4 with their whole subtree.
  const anggaran = anggaranTable("Anggaran", [
    {
      kode: "1",
      uraian: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      tingkat: "program",
      pagu: 5670694672,
      realisasi: 3790022175,
      sasaran: S3,
    },
    { kode: "2", uraian: "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM", tingkat: "program", sasaran: S2 },
    {
      kode: "2.1",
      uraian: "Kegiatan Penerbitan Izin Usaha Simpan Pinjam Untuk Koperasi",
      tingkat: "kegiatan",
      parent: 1,
    },
    {
      kode: "20",
      uraian: "Sub Kegiatan Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam",
      tingkat: "sub_kegiatan",
      parent: 2,
      pagu: 176159330,
      realisasi: 141445830,
    },
    {
      kode: "3",
      uraian: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",
      tingkat: "program",
      pagu: 217451000,
      realisasi: 118191753,
      sasaran: S2,
    },
    {
      kode: "4",
      uraian: "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI",
      tingkat: "program",
      pagu: 128187000,
      realisasi: 84417500,
      sasaran: S2,
    },
    {
      kode: "4.1",
      uraian: "Kegiatan Penilaian Kesehatan Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi",
      tingkat: "kegiatan",
      parent: 5,
      pagu: 128187000,
      realisasi: 84417500,
    },
    {
      kode: "23",
      uraian: "Sub Kegiatan Pelaksanaan Penilaian Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota",
      tingkat: "sub_kegiatan",
      parent: 6,
      pagu: 64322000,
      realisasi: 37938500,
    },
    {
      kode: "24",
      uraian:
        "Sub Kegiatan Penilaian Kesehatan Koperasi Meliputi Tata Kelola, Profil Risiko, Kinerja Keuangan, dan Permodalan",
      tingkat: "sub_kegiatan",
      parent: 6,
      pagu: 63865000,
      realisasi: 46479000,
    },
    {
      kode: "5",
      uraian: "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN",
      tingkat: "program",
      pagu: 270325850,
      realisasi: 71117200,
      sasaran: S2,
    },
    {
      kode: "6",
      uraian: "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
      tingkat: "program",
      pagu: 234567825,
      realisasi: 125711890,
      sasaran: S2,
    },
    {
      kode: "7",
      uraian: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
      tingkat: "program",
      pagu: 2912712045,
      realisasi: 314595648,
      sasaran: S1,
    },
    {
      kode: "8",
      uraian: "PROGRAM PENGEMBANGAN UMKM",
      tingkat: "program",
      pagu: 255383500,
      realisasi: 202454011,
      sasaran: S1,
    },
  ]);
  return model({ kinerja: [kinerja], anggaran: [anggaran] });
}

/** Edge cases: target 0 (#DIV/0!), empty realisasi (#N/A), a name beginning with "=", polaritas turun, target nasional, earlier years, TW targets. */
export function edgeModel() {
  const kinerja = kinerjaTable("Kinerja", [
    { sasaran: "=SUM(A1:A9)", indikator: '=HYPERLINK("http://x")', satuan: "%", target: 0, realisasi: 5 },
    {
      sasaran: "Sasaran B",
      indikator: "+Angka kemiskinan",
      satuan: "%",
      target: 10,
      realisasi: 8,
      polaritas: "turun",
      targetNasional: 9.5,
    },
    {
      sasaran: "Sasaran B",
      indikator: "-Indeks kepuasan",
      satuan: "Indeks",
      target: 80,
      realisasi: null,
      years: { 2022: { target: 70, realisasi: 72 }, 2023: { target: 75, realisasi: 74 } },
    },
    {
      sasaran: "@Sasaran C",
      indikator: "Jumlah pelatihan",
      satuan: "kali",
      target: 12,
      realisasi: 13,
      targetTw: [3, 3, 3, 3],
      years: { 2023: { target: 10, realisasi: 0 } },
      analisis: "=1+1",
      solusi: "Lanjutkan",
    },
  ]);
  const anggaran = anggaranTable("Anggaran", [
    { kode: "1", uraian: "=PROGRAM A", tingkat: "program", sasaran: "Sasaran B" },
    {
      kode: "1.1",
      uraian: "Kegiatan dengan pagu 0",
      tingkat: "kegiatan",
      parent: 0,
      pagu: 0,
      realisasi: 1000,
    },
    {
      kode: "1.2",
      uraian: "Kegiatan tanpa realisasi",
      tingkat: "kegiatan",
      parent: 0,
      pagu: 5000,
      realisasi: null,
    },
  ]);
  return model({ kinerja: [kinerja], anggaran: [anggaran] });
}

export const EDGE_FINDINGS: Finding[] = [
  {
    rule: "OVER_BUDGET",
    severity: "warning",
    sheet: "Anggaran",
    cell: "D6",
    stated: 1000,
    expected: 0,
    message: "Realisasi 1.000 melebihi pagu 0",
  },
  {
    rule: "CAPAIAN_MISMATCH",
    severity: "error",
    sheet: "Kinerja",
    cell: "G5",
    stated: "=1/0",
    expected: null,
    message: "=Pesan yang diawali tanda sama dengan",
  },
  { rule: "MISSING_VALUE", severity: "warning", sheet: "Kinerja", cell: "G7", message: "Realisasi kosong" },
  {
    rule: "FORMAT_AMBIGUOUS",
    severity: "info",
    sheet: "Data Lain",
    cell: "AA10",
    stated: 70.95,
    message: "Pemisah desimal ambigu",
  },
];
