/** Files the reader refuses, with the code of its Swedish message. Each is broken for other readers too. */
export const REFUSED: Record<string, string> = {
  'calamine/tests__issue252.xlsx': 'damaged', // a zip entry's size does not match its data; XML with a bad attribute name
  'calamine/tests__pass_protected.xlsx': 'legacy-or-encrypted',
  'excelize/test__BadWorkbook.xlsx': 'damaged', // <sheets/> is empty: no sheet at all
  'excelize/test__encryptAES.xlsx': 'legacy-or-encrypted',
  'excelize/test__encryptSHA1.xlsx': 'legacy-or-encrypted',
  'excelize/test__encryptSHA512.xlsx': 'legacy-or-encrypted',
  'exceljs/spec__integration__data__invalid-xml.xlsx': 'damaged',
  'exceljs/spec__integration__data__missing-bits.xlsx': 'not-xlsx', // no workbook part
  'openpyxl/openpyxl__reader__tests__data__null_file.xlsx': 'empty',
  'openpyxl/openpyxl__tests__data__reader__null_archive.xlsx': 'not-xlsx', // a zip holding an .xlsx
  'poi/test-data__openxml4j__invalid.xlsx': 'not-xlsx',
  'poi/test-data__poifs__60320-protected.xlsx': 'legacy-or-encrypted',
  'poi/test-data__poifs__extenxls_pwd123.xlsx': 'legacy-or-encrypted',
  'poi/test-data__poifs__protect.xlsx': 'legacy-or-encrypted',
  'poi/test-data__poifs__protected_sha512.xlsx': 'legacy-or-encrypted',
  'poi/test-data__spreadsheet__54764-2.xlsx': 'damaged', // entity expansion (XML bomb)
  'poi/test-data__spreadsheet__54764.xlsx': 'damaged',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-POIFuzzer-5040805309710336.xlsx': 'not-xlsx',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-POIXSSFFuzzer-4828727001088000.xlsx': 'not-xlsx',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-POIXSSFFuzzer-5089447305609216.xlsx': 'damaged',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-POIXSSFFuzzer-5185049589579776.xlsx': 'not-xlsx',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-POIXSSFFuzzer-6123461607817216.xlsx': 'damaged',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-POIXSSFFuzzer-6419366255919104.xlsx': 'damaged',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-POIXSSFFuzzer-6448258963341312.xlsx': 'not-xlsx',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5025401116950528.xlsx': 'not-xlsx',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5542865479270400.xlsx': 'damaged',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx': 'damaged',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6504225896792064.xlsx': 'not-xlsx',
  'poi/test-data__spreadsheet__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6594557414080512.xlsx': 'damaged',
  'poi/test-data__spreadsheet__crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx': 'not-xlsx',
  'poi/test-data__spreadsheet__crash-9bf3cd4bd6f50a8a9339d363c2c7af14b536865c.xlsx': 'legacy-or-encrypted',
  // Two zip entries for one part: which one Excel would take is unknown (POI refuses these too).
  'poi/test-data__spreadsheet__duplicate-filename-case-insensitive.xlsx': 'damaged',
  'poi/test-data__spreadsheet__duplicate-filename.xlsx': 'damaged',
  'poi/test-data__spreadsheet__poc-xmlbomb-empty.xlsx': 'damaged', // a DOCTYPE with entities
  'poi/test-data__spreadsheet__poc-xmlbomb.xlsx': 'damaged',
  'poi/test-data__spreadsheet__protected_passtika.xlsx': 'legacy-or-encrypted',
  'poi/test-data__spreadsheet__xlsx-corrupted.xlsx': 'damaged',
};
