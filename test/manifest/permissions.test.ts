import { byLocalName, one, readManifest } from "./manifest-helper";

// The add-in reads the user's tables and writes its own report sheets: ReadWriteDocument, nothing more.

describe("manifest.xml asks only for the permission the add-in needs", () => {
  const { doc } = readManifest();

  it("has exactly one <Permissions>, and it says ReadWriteDocument", () => {
    expect(byLocalName(doc, "Permissions")).toHaveLength(1);
    expect(one(doc, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("no extended permission (device, clipboard…) is requested in VersionOverrides", () => {
    expect(byLocalName(doc, "ExtendedPermissions")).toEqual([]);
    expect(byLocalName(doc, "ExtendedPermission")).toEqual([]);
  });
});
