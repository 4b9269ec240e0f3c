// One identity rule for the whole engine: the check's rules read it from evaluate/identity.ts.
export { indikatorKey } from "../evaluate/identity";
