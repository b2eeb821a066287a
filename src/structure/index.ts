export { inferRelations, inferPatterns, asSum } from './relations';
export type { Relation, RelationAxis, RelationHolds, RelationTerm, InferOptions, SumForm } from './types';
