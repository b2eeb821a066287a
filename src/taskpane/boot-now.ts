import { startBoot } from './boot';

/**
 * Imported first by index.tsx, so its loads start before React and Fluent UI are evaluated
 * (modules run in import order).
 */
export const boot = startBoot(window);
