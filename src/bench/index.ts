import { engineSection } from "./engine";
import { readerSection } from "./reader";
import { readerXlsxSection } from "./reader-xlsx";
import { checkSection } from "./check";
import { generateSection } from "./generate";
import { bundleSizeSection } from "./bundle-size";
import { taskpaneSection } from "./taskpane";
import { rekapSection } from "./rekap";
import { exampleSection } from "./example";
import { officeWriterSection } from "./office-writer";

// One entry per section, run in order; every figure is one `name value unit` line, titles are "#" comments. Generate runs last: its peak-memory figure covers the whole process.
const SECTIONS: { name: string; run: () => Promise<string[]> }[] = [
  { name: "Mesin hitung", run: engineSection },
  { name: "Pembaca tabel", run: readerSection },
  { name: "Pembaca tabel lewat file .xlsx", run: readerXlsxSection },
  { name: "Pemeriksaan", run: checkSection },
  { name: "Ukuran bundle fungsi", run: bundleSizeSection },
  { name: "Rekap banyak instansi (sakip rekap)", run: rekapSection },
  { name: "Panel tugas (ukuran gzip, render pertama di Chromium)", run: taskpaneSection },
  { name: "Contoh bawaan 1×, 10×, 100×: baca, periksa, buat (proses sendiri-sendiri)", run: exampleSection },
  { name: "Penulis Office.js", run: officeWriterSection },
  { name: "Buat lembar LKjIP", run: generateSection },
];

async function main(): Promise<void> {
  for (const section of SECTIONS) {
    console.log(`# ${section.name}`);
    for (const line of await section.run()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
