export { serapan } from "./serapan";
export { sisa } from "./sisa";
export { selisihPagu } from "./selisih-pagu";
export { rollUp } from "./roll-up";
export type { BudgetNode, RolledNode } from "./types";
