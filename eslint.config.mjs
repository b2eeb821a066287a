import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'build/**', 'coverage/**', 'test/artifacts/**', 'bin/**', '*.config.js', 'scripts/*.js', 'bench/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core knows nothing of Office, React or the adapters.
    files: ['src/model/**', 'src/grid/**', 'src/mapping/**', 'src/rules/**', 'src/assessment/**', 'src/report/**', 'src/format/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/excel/**', '**/xlsx/**', '**/taskpane/**', '**/commands/**', '**/cli/**', 'react', 'react-dom', '@fluentui/*', 'exceljs'], message: 'The core must not import adapters, React or ExcelJS.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
);
