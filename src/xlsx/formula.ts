import { columnLetters, columnNumber } from '../grid/address';

/**
 * A shared formula's text for another cell of its range: relative references move by the
 * offset between the master cell and this one, absolute ($) parts stay. Text in string literals
 * ("…") is never touched; a quoted sheet name ('Drift 2024'!A1) is kept and its reference moved.
 */

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** A reference candidate: optional $col, letters, optional $, digits, not followed by ( or more name characters. */
const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(.])/y;

export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      // String literal; "" inside is an escaped quote.
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      // Structured references (Table1[Belopp]) and external book indices ([1]Blad!A1) hold names, not cells.
      const j = formula.indexOf(']', i);
      const end = j < 0 ? n : j + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if ((ch === '$' || /[A-Za-z]/.test(ch)) && !/[\w.]/.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const [whole, colAbs, letters, rowAbs, digits] = m;
        let col = columnNumber(letters);
        let row = Number(digits);
        if (col <= MAX_COL && row >= 1 && row <= MAX_ROW) {
          if (!colAbs) col += dCol;
          if (!rowAbs) row += dRow;
          out += col >= 1 && row >= 1 && col <= MAX_COL && row <= MAX_ROW ? `${colAbs}${columnLetters(col)}${rowAbs}${row}` : '#REF!';
          i += whole.length;
          continue;
        }
      }
      // A name or function: copy the whole word so its tail is not read as a reference.
      let j = i + 1;
      while (j < n && /[\w.$]/.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
