/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type errors are caught once by `npm run typecheck`; here we only transpile, which keeps the suite fast.
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true } },
    ],
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/lib/"],
  maxWorkers: 2,
};
