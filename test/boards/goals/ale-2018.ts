/**
 * Ale kommun, a published Stratsys view of key figures for förskola, grundskola and
 * gymnasieskola (2018), transcribed exactly as the stored page prints it:
 * https://web5.stratsys.se/Proxy/publishedview/ale/3DF6F9E8-7AD4-4FF0-8A16-AD9983796D64/3df6f9e8-7ad4-4ff0-8a16-ad9983796d64.html
 * (the board is not named in the stored text).
 *
 * Each measure is printed with its assessment on the line before it ("Delvis uppfyllt",
 * "Uppfyllt", "Ej uppfyllt"), then "Mått", "Enhet", the wanted direction (Upp / Ned / Ingen),
 * the outcomes 2018, 2017, 2016 and the comparison "Medel", "Sämst", "Bäst". The table has no
 * target: the printed rule behind the assessments is not in it. Rows that print fewer than six
 * figures (whose columns cannot be told) are left out. In the workbook the assessment is the
 * last column, as a controller keeps it.
 */
export const ALE_URL = 'https://web5.stratsys.se/Proxy/publishedview/ale/3DF6F9E8-7AD4-4FF0-8A16-AD9983796D64/3df6f9e8-7ad4-4ff0-8a16-ad9983796d64.html';

export const ALE_HEADER = ['Mått', 'Enhet', '', 'Utfall 2018', 'Utfall 2017', 'Utfall 2016', 'Medel', 'Sämst', 'Bäst', 'Bedömning'];

/** Mått, Enhet, direction, six figures as printed, and the printed assessment. */
export const ALE_ROWS: [string, string, string, string, string, string, string, string, string, string][] = [
  ['Kostnad förskola, kr/inskrivet barn', 'Kostnad, kr/barn', 'Upp', '148 815', '151 697', '146 158', '147 445', '194 470', '115 548', 'Delvis uppfyllt'],
  ['Elever i åk 6 med lägst betyget E i matematik, kommunala skolor, andel (%)', 'Andel, % som nått kravnivån', 'Ned', '92%', '93%', '91%', '88%', '68%', '99%', 'Uppfyllt'],
  ['Inskrivna barn per årsarbetare i förskolan, antal', 'Barn/personal, antal', 'Ned', '5,8 st', '5,3 st', '5,5 st', '5,1 st', '6,6 st', '3,6 st', 'Delvis uppfyllt'],
  ['Elever i åk. 9 som är behöriga till yrkesprogram, kommunala skolor, andel (%)', 'Andel, %', 'Upp', '84%', '82%', '82,6%', '82%', '51%', '96%', 'Uppfyllt'],
  ['Elever i åk 3 som deltagit i alla delprov som klarat alla delprov för ämnesprovet i svenska inkl. svenska som andraspråk, kommunala skolor, andel (%)', 'Andel, % som nått kravnivån', 'Upp', '81%', '75%', '79%', '71%', '39%', '100%', 'Uppfyllt'],
  ['Plats på förskola på önskat placeringsdatum, andel barn (%)', 'Andel, %', 'Ned', '35%', '65%', '43%', '61%', '0%', '100%', 'Ej uppfyllt'],
  ['Gymnasieelever med examen inom 4 år, kommunala gymnasieskolor, andel (%)', 'Andel, % som fullföljer inom 4 år', 'Upp', '84%', '65,8%', '71,9%', '65%', '0%', '100%', 'Uppfyllt'],
];
