export { selisih } from "./selisih";
export { pertumbuhan } from "./pertumbuhan";
export { rasio } from "./rasio";
export { kemajuan } from "./kemajuan";
export { rataCapaian } from "./rata-capaian";
