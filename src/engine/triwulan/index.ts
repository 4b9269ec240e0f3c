export { parseAgregasi } from "./parse-agregasi";
export { defaultAgregasi } from "./default-agregasi";
export { tahunan } from "./tahunan";
export { checkTriwulan } from "./check-triwulan";
export type { Agregasi } from "./types";
