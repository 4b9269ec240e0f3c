import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["node_modules/", "dist/", "lib/", "output/", "coverage/", "**/*.d.ts"] },
  ...officeAddins.configs.react,
  {
    // The plugin's own block covers .ts/.js; .tsx needs the same parser and Office.js rules.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "no-unused-vars": "off",
    },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
        console: "readonly",
        process: "readonly",
        require: "writable",
        module: "writable",
        __dirname: "readonly",
        __filename: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        performance: "readonly",
        document: "readonly",
        window: "readonly",
      },
    },
    rules: {
      // Sync inside a loop is a performance bug in this product (one round trip per row).
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: ["test/**", "**/*.test.ts", "**/*.test.tsx"],
    languageOptions: {
      globals: {
        describe: "readonly",
        it: "readonly",
        test: "readonly",
        expect: "readonly",
        beforeAll: "readonly",
        afterAll: "readonly",
        beforeEach: "readonly",
        afterEach: "readonly",
        jest: "readonly",
      },
    },
  },
];
