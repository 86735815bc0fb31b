/** The most TypeDoc warnings (undocumented exports included) `pnpm docs` accepts. */
export const MAX_TYPEDOC_WARNINGS: number;
