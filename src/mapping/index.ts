/** Sheet mapping: the controller's grids → a table mapping → the typed report model. */
export { mapWorkbook, type MapOptions } from './map-workbook';
export { buildModel, type BuiltModel } from './build-model';
export { parseNumber, formatDecimals, type ParsedNumber } from './numbers';
export { compileLexicon, type SynonymData } from './synonyms';
export { readSynonyms, mergeSynonyms } from './own-synonyms';
export { parseHeader, type ParsedHeader } from './header';
export { UNREADABLE_RULE } from './figures';
export { leftOutItems, type LeftOutItem } from './left-out';
