export { inferRelations, inferPatterns, asSum } from './relations';
export type { Relation, RelationAxis, RelationHolds, RelationTerm, InferOptions, InferStats, SumForm } from './types';
export { inferRecurring, compatibleFacets, recurringLabelKey, headerQualifiers } from './recurring';
export type { RecurringRelation, RecurringRow, RecurringSide, RecurringTableInput, RecurringFigure, RecurringFacets, RecurringOptions, RecurringStats } from './recurring';
