/** Validation: the rule catalogue, the rule tester and validate(). */
export type {
  AnyRule,
  Equation,
  EquationTerm,
  MessageTemplate,
  OptionKind,
  RawReport,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleMeta,
  RuleSetting,
  RuleType,
  ValidateOptions,
} from './types';
export { validate, runRule } from './validate';
export { rules, ruleById } from './registry';
export { RuleTester, assertValid, assertInvalid, checkMeta, checkOptions } from './rule-tester';
export type { RuleTests, ValidCase, InvalidCase, ExpectedReport } from './rule-tester';
export { roundingTolerance, classify } from './tolerance';
export { formatNumber } from './format';
export { renderMessage, placeholders } from './messages';
