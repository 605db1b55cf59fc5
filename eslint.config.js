import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'demo-output/',
      '.vitest-results/',
      'tests/fixtures/',
      'bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // The toolbar button is `action` in MV3 and `browserAction` in MV2: only
    // utils/toolbar-action.ts may touch it, so no code can pick the wrong one.
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    ignores: ['utils/toolbar-action.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name=/^(action|browserAction)$/][object.name=/^(browser|chrome)$/]',
          message:
            'Use utils/toolbar-action.ts for the toolbar button (action in MV3, browserAction in MV2).',
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' },
      ],
    },
  },
);
