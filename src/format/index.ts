export { formatSwedishNumber } from './number';
export { formatMappingText, mappingJson, kindName } from './mapping';
export { formatFindingsText, validateJson } from './findings';
