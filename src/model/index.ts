export * from './types';
export { ROLE_LABELS_SV } from './role-labels';
