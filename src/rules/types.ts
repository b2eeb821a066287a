import type { Finding, Severity } from '../model/finding';
import type { Figure, ReportModel, SourceRef } from '../model/types';
import type { WorkbookGrid } from '../grid/types';

/** ESLint's split: a `problem` is a figure that is wrong, a `suggestion` a risky way of keeping it. */
export type RuleType = 'problem' | 'suggestion';

/** One message in both languages; `{{name}}` placeholders are filled from the report's data. */
export interface MessageTemplate {
  sv: string;
  en: string;
}

export type OptionKind = 'number' | 'boolean' | 'string';

export interface RuleMeta<O extends object = object> {
  /** "<section>/<name>", equal to the module's folder and file name. */
  id: string;
  type: RuleType;
  docs: { description: MessageTemplate };
  /** Severity of an ordinary report; a report may lower or raise it (rounding → info). */
  severity: Severity;
  /** Option names and kinds; validate() rejects options a rule does not declare. */
  schema: { [K in keyof O]: OptionKind };
  defaultOptions: O;
  messages: Record<string, MessageTemplate>;
}

/** One term of a checked identity, in the form Σ coef·value = 0. */
export interface EquationTerm {
  ref: SourceRef;
  /** Cell label for messages: "Verksamhetens kostnader, Diff. utfall 2023/2024". */
  label: string;
  coef: number;
  value: number;
  decimals: number;
}

/**
 * An identity a rule checked, intact or not. validate() keeps a ledger of them all: a cell whose
 * every identity is broken, consistently, is the root cause of those breaks.
 */
export interface Equation {
  rule: string;
  /** Swedish words: "Verksamhetens kostnader = summa kostnadsslag (Budget 2024)". */
  identity: string;
  terms: EquationTerm[];
  /** Index in terms of the cell blamed when no root cause is found (the total, the variance). */
  target: number;
  /** Σ coef·value; 0 when the identity holds exactly. */
  residual: number;
  /** Largest residual that rounding of the printed figures can explain. */
  tolerance: number;
  status: 'ok' | 'rounding' | 'broken';
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The cell the finding points at. */
  ref: SourceRef;
  severity?: Severity;
  expected?: number | string;
  actual?: number | string;
  identity?: string;
  related?: SourceRef[];
  /** Set by checkIdentity(): the broken identity behind this report. */
  equation?: Equation;
}

export interface RuleContext<O extends object = object> {
  readonly id: string;
  readonly model: ReportModel;
  readonly workbook: WorkbookGrid;
  readonly options: O;
  report(descriptor: ReportDescriptor): void;
  /** Every identity checked, holding or not, so the root-cause pass can weigh the evidence. */
  recordIdentity(equation: Equation): void;
  /**
   * Walks several rules need (every figure of the model, the odd cells of every table), made once
   * per validate call and shared by its rules; a lone runRule gets a memo of its own.
   */
  readonly shared: Map<string, unknown>;
}

export interface Rule<O extends object = object> {
  meta: RuleMeta<O>;
  check(context: RuleContext<O>): void;
}

/** A rule of any option shape, as the registry holds them (check is a method, so bivariant). */
export type AnyRule = Rule<object>;

/** A raw report with its rule, before messages are rendered and root causes merged. */
export interface RawReport extends ReportDescriptor {
  rule: string;
  severity: Severity;
}

export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface ValidateOptions {
  /** Per rule id: turn off, change severity or set options. */
  rules?: Record<string, RuleSetting>;
  /** Report rounding differences as info findings (default true). */
  reportRounding?: boolean;
  /** English as the primary message language (default Swedish). */
  language?: 'sv' | 'en';
  /**
   * Findings made before validation (reading the workbook: "mapping/unreadable-number"). They
   * are merged by cell with the rules' findings, so one #REF! is one finding, not two.
   */
  prior?: readonly Finding[];
}

export type { Figure, Finding, Severity };
