/** The text of `sakip --help`. */
export const HELP = `sakip — hitung, periksa dan susun LKjIP dari buku kerja Excel (.xlsx)

Pemakaian:
  sakip demo [-o keluaran.xlsx]              contoh bawaan (LKjIP 2024 Kab. Indragiri Hilir) → output/LKjIP-contoh.xlsx
  sakip generate <masukan.xlsx> [-o keluaran.xlsx] [--tahun 2024] [--skala permendagri86] [--batas 100] [--efisiensi selisih|rasio]
                                             buat lembar LKjIP; tidak pernah menimpa masukan atau buku kerja lain (hanya laporan sakip sebelumnya)
  sakip check <masukan.xlsx|folder> … [--json] [--tahun 2024] [--batas 100]
                                             periksa konsistensi; kode keluar 0 tanpa kesalahan, 1 ada kesalahan, 2 masukan tidak dapat dipakai
  sakip rekap <folder|masukan.xlsx…> [-o rekap.xlsx] [--json] [--utas N] [--tahun 2024] [--batas 100]
                                             satukan buku kerja semua instansi (Rekap, Temuan, Indikator); dibaca paralel per inti CPU;
                                             kode keluar 0 semua terbaca tanpa kesalahan, 1 ada kesalahan, 2 ada berkas tidak dapat dipakai
  sakip template [-o templat.xlsx]           buat templat masukan kosong (Profil, Kinerja, Anggaran, Skala); tidak menimpa file
  sakip --help | --version

Usage (English): demo | generate <in.xlsx> [-o out.xlsx] | check <in.xlsx…> [--json] | rekap <folder|in.xlsx…> [-o rekap.xlsx] [--json] | template [-o file]
`;
