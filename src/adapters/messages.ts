/** User-facing adapter messages (Indonesian), in one place. */
export const msg = {
  badName: (name: string) =>
    `Nama lembar "${name}" tidak sah: 1–31 karakter, tanpa : \\ / ? * [ ] dan tidak diawali/diakhiri tanda petik`,
  duplicateCreate: (name: string) => `Lembar "${name}" diminta dibuat lebih dari sekali`,
  exists: (name: string) => `Lembar "${name}" sudah ada di buku kerja; lembar baru tidak dibuat`,
  missing: (name: string) => `Lembar "${name}" tidak ditemukan`,
  untagged: (name: string) =>
    `Lembar "${name}" bukan buatan add-in SAKIP; add-in tidak akan menghapus atau mengubahnya`,
  renameTaken: (from: string, to: string) =>
    `Lembar "${from}" tidak dapat diganti nama menjadi "${to}": nama itu sudah dipakai`,
  createFailed: (name: string, reason: string) =>
    `Gagal membuat lembar "${name}": ${reason}. Laporan sebelumnya tidak diubah.`,
  planRejected: (problems: string[]) => `Rencana penulisan ditolak: ${problems.join("; ")}`,
  noWorkbookSheets: "Buku kerja tidak memiliki lembar",
};
