import * as fs from "node:fs";
import { sakip } from "../cli/run";
import { toXlsxBuffer } from "../support/layout";
import { boldRoman } from "../fixtures/layouts/hierarchy-budget";
it("x", async () => {
  fs.writeFileSync("/tmp/romawi.xlsx", await toXlsxBuffer(boldRoman));
  const r = await sakip(["baca", "/tmp/romawi.xlsx"]);
  console.log(r.out);
  const c = await sakip(["check", "/tmp/romawi.xlsx"]);
  console.log(c.out);
});
