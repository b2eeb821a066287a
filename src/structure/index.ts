export { inferRelations, inferPatterns, asSum } from './relations';
export type { Relation, RelationAxis, RelationHolds, RelationTerm, InferOptions, InferStats, SumForm } from './types';
