export { efisiensi } from "./efisiensi";
export { kategoriEfisiensi } from "./kategori";
export { rumusEfisiensi } from "./rumus";
export type { KategoriEfisiensi, MetodeEfisiensi } from "./types";
