import type { CorpusReport } from '../types';
import { SHEETS_2015 } from './malmo-2015';

/**
 * Malmö stad, delårsrapport januari–augusti 2015 (kommunstyrelsen): its sentences on the year's
 * forecast, paired with the table that quotes that forecast — "Prognosavvikelse, Mkr" on the page
 * Prognossäkerhet of the årsredovisning 2015, whose column "Delårsrapp jan-aug" is this report's
 * forecast per board (the same table as malmo-2015; the sentences here are the delårsrapport's own).
 * Identities: the rows sum to ÅRETS RESULTAT in "Delårsrapp jan-aug": 32+65−10+6+8+151+4+0+0−4−6
 * −41−40+8+143 = 316.
 */
export const report: CorpusReport = {
  id: 'malmo-2015-delar',
  municipality: 'Malmö',
  board: 'Kommunstyrelsen (Malmö stad)',
  report: 'Delårsrapport januari–augusti 2015',
  urls: [
    'http://redovisningar.malmo.se/delarsrapporter2015/sample-page/sammanfattning-januari-augusti/',
    'http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/prognossakerhet/',
  ],
  sheets: SHEETS_2015,
  sentences: [
    {
      id: 'm15d-1',
      text: 'För helåret prognostiseras ett positivt resultat på 316 Mkr.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Delårsrapp jan-aug = 316 (the forecast for the year made in this report).',
      plants: [
        { text: 'För helåret prognostiseras ett positivt resultat på 361 Mkr.', kind: 'amount', why: '361 ≠ 316' },
        { text: 'För helåret prognostiseras ett negativt resultat på 316 Mkr.', kind: 'sign', why: 'the forecast is +316' },
      ],
    },
    {
      id: 'm15d-2',
      context: 'Det är framförallt två poster av tillfällig natur som förklarar avvikelsen.',
      text: 'Dessa poster är återbetalda personalförsäkringspremier om 100 Mkr och större vinster från fastighetsförsäljningar om 151 Mkr.',
      label: 'right',
      why: 'Rea-/exploateringsvinster, Delårsrapp jan-aug = 151; the 100 Mkr of premiums is not a row of the table (inside Finansiering).',
    },
    {
      id: 'm15d-3',
      context: 'Det finns vissa osäkerheter i den upprättade prognosen.',
      text: 'Om nämndernas nettokostnader under januari–augusti räknas om till helårsförbrukning med hjälp av hur nettokostnaderna fördelats över året de senaste fem åren kan helårsresultatet istället bli knappt 100 Mkr sämre än vad nämnderna nu prognostiserat.',
      label: 'right',
      why: 'A what-if against the boards’ forecast (the boards’ rows of Delårsrapp jan-aug); the recomputed figure is not in the table (left alone).',
    },
  ],
};
