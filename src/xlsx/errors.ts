/**
 * Errors the .xlsx adapter raises. The message is Swedish and written for the person who
 * picked the file; `messageEn` is the English fallback. The original exception, if any, stays
 * in `cause` for logs, never in the message.
 */

export type WorkbookReadErrorCode =
  | 'missing'
  | 'not-a-file'
  | 'no-access'
  | 'empty'
  | 'legacy-or-encrypted'
  | 'not-xlsx'
  | 'binary-xlsb'
  | 'damaged'
  | 'too-large';

export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  readonly code: WorkbookReadErrorCode;
  readonly messageEn: string;
  override readonly cause?: unknown;

  constructor(code: WorkbookReadErrorCode, message: string, messageEn: string, cause?: unknown) {
    super(message);
    this.code = code;
    this.messageEn = messageEn;
    this.cause = cause;
  }
}

export type WorkbookWriteErrorCode =
  | 'unknown-sheet'
  | 'merged-cell'
  | 'sheet-exists'
  | 'bad-sheet-name'
  | 'bad-address'
  | 'bad-value'
  | 'would-lose-content'
  | 'damaged';

export class WorkbookWriteError extends Error {
  override readonly name = 'WorkbookWriteError';
  readonly code: WorkbookWriteErrorCode;
  readonly messageEn: string;

  constructor(code: WorkbookWriteErrorCode, message: string, messageEn: string) {
    super(message);
    this.code = code;
    this.messageEn = messageEn;
  }
}
