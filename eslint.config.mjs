// ESLint flat config: typescript-eslint's recommended rules plus Microsoft's Office add-in rules
// (load before read, sync after load, isNullObject tests, no sync in loops …).
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The plugin's recommended config covers .js/.ts only; take its office-addins rules for .tsx as well.
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);

// The plugin bundles its own copy of @typescript-eslint; use typescript-eslint's single instance instead.
const officeRecommended = officeAddins.configs.recommended.map((c) => {
  if (!c.plugins?.['@typescript-eslint']) return c;
  const plugins = { ...c.plugins };
  delete plugins['@typescript-eslint'];
  return { ...c, plugins };
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-wps/**', 'dist-node/**', 'dist-tsc/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  ...tseslint.configs.recommended.slice(0, 1), // registers @typescript-eslint for the office config's rules
  ...officeRecommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' },
    },
    rules: {
      ...officeRules,
      // Chinese text legitimately holds full-width spaces (U+3000) in strings and patterns.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true }],
      // Cleaning XML and cell text needs control-character ranges in regular expressions.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Formatting is not linted: the repository's style (120 columns, single quotes) is not Prettier's default.
    files: ['**/*.{js,mjs,cjs,ts,cts,mts}'],
    rules: { 'prettier/prettier': 'off' },
  },
  {
    files: ['**/*.{js,cjs}', 'webpack.config.js', 'scripts/**'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
