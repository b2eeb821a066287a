export { formatSwedishNumber } from './number';
export { formatMappingText, mappingJson, kindName, workbookRelations, relationJson } from './mapping';
export { formatFindingsText, validateJson } from './findings';
