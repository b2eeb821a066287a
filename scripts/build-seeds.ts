/**
 * Builds the two sample workbooks in seeds/ from the printed reports of Socialnämnden,
 * Alingsås (delårsrapport per 31 augusti 2024, årsbokslut 2019), laid out the way a controller
 * keeps them: one sheet per section, labels in column A, figures exactly as printed — including
 * the ones that do not add up, since finding those is the product's job.
 *
 * Run: npx ts-node --transpile-only scripts/build-seeds.ts
 * The output is byte-stable: fixed document dates and fixed zip entry dates.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
// jszip is ExcelJS's own zip library; we only use it to pin entry timestamps.
import JSZip from 'jszip';

const FIXED_DATE_2024 = new Date(Date.UTC(2024, 8, 16, 8, 0, 0));
const FIXED_DATE_2019 = new Date(Date.UTC(2020, 1, 10, 8, 0, 0));
const HEADER_FILL = 'DDEBF7';
const MONEY = '#,##0';
const RATE = '0.0';

type V = string | number | Date | null;

interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  indent?: number;
  numFmt?: string;
  fill?: string;
  wrap?: boolean;
  size?: number;
  vertical?: 'top' | 'middle';
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: V, style: CellStyle = {}): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  // Strings go in as plain values: ExcelJS writes them as shared strings, so "-" or "-varav …"
  // never becomes a formula.
  if (value !== null && value !== '') cell.value = value;
  if (style.bold || style.italic || style.size) {
    cell.font = { bold: style.bold || undefined, italic: style.italic || undefined, size: style.size };
  }
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.indent || style.wrap || style.vertical) {
    cell.alignment = {
      indent: style.indent || undefined,
      wrapText: style.wrap || undefined,
      vertical: style.vertical,
    };
  }
  return cell;
}

/** One table row: label in column A, values from column B on. */
function putRow(ws: ExcelJS.Worksheet, row: number, label: V, values: V[], style: CellStyle = {}, labelStyle: CellStyle = {}): void {
  put(ws, row, 1, label, { bold: style.bold, ...labelStyle });
  values.forEach((v, i) => {
    put(ws, row, i + 2, v, { bold: style.bold, numFmt: typeof v === 'number' ? style.numFmt : undefined, wrap: style.wrap });
  });
}

function headerRow(ws: ExcelJS.Worksheet, row: number, headers: V[], startCol = 1): void {
  headers.forEach((h, i) => put(ws, row, startCol + i, h, { bold: true, wrap: true, fill: HEADER_FILL, vertical: 'top' }));
}

function titleRows(ws: ExcelJS.Worksheet, title: string, subtitle?: string): void {
  put(ws, 1, 1, title, { bold: true, size: 14 });
  if (subtitle) put(ws, 2, 1, subtitle, { italic: true });
}

function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

function infoSheet(wb: ExcelJS.Workbook, title: string, rows: [string, V, string?][]): void {
  const ws = wb.addWorksheet('Info');
  titleRows(ws, title);
  rows.forEach(([k, v, fmt], i) => {
    put(ws, i + 3, 1, k, { bold: true });
    put(ws, i + 3, 2, v, { numFmt: fmt });
  });
  widths(ws, [18, 46]);
}

function commentsSheet(wb: ExcelJS.Workbook, title: string, paragraphs: [string, string][]): void {
  const ws = wb.addWorksheet('Kommentarer');
  titleRows(ws, title, 'Textavsnitt ur rapporten som citerar siffror');
  headerRow(ws, 3, ['Avsnitt', 'Text']);
  paragraphs.forEach(([section, text], i) => {
    put(ws, 4 + i, 1, section, { vertical: 'top' });
    put(ws, 4 + i, 2, text, { wrap: true, vertical: 'top' });
  });
  widths(ws, [26, 110]);
}

/** Write the workbook with every zip entry dated FIXED so re-runs give identical bytes. */
async function save(wb: ExcelJS.Workbook, file: string, date: Date): Promise<void> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const src = await JSZip.loadAsync(raw);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir);
  for (const name of names) {
    out.file(name, await src.files[name].async('nodebuffer'), { date, createFolders: false });
  }
  const buf = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  fs.writeFileSync(file, buf);
}

function newWorkbook(date: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Socialförvaltningen, Alingsås kommun';
  wb.lastModifiedBy = 'Socialförvaltningen, Alingsås kommun';
  wb.created = date;
  wb.modified = date;
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

const COMMENTS_2024: [string, string][] = [
  ["Verksamhet", "Även att allt fler barn och unga aktualiseras i verksamheten har utmanat nämnden. Per augusti är det ackumulerade inflödet av alingsåsare upp till 18 år nio procent högre än motsvarande period 2023, mätt i antalet aktualiserade individer, trots omfattande serviceinsatser. Jämfört med 2022 och 2021 är inflödet 52 respektive 72 procent högre. Under en treårsperiod 2021 till 2024 har antalet aktualiserade individer ökat med 616 stycken, under samma period har antalet invånare 0 till 18 år i Alingsås ökat med 2021 individer. Inflödet har medfört ett högre kostnadsläge, på avdelning unga är kostnaden för köpt vård 25 procent högre än motsvarande period föregående år. Därtill har spetsfunktioner som nämndens säkerhetsteam behövt avvecklas till förmån för att frigöra handläggningsresurser. Rekryteringssvårigheter och tillgång till kvalificerad personal har tvingat verksamheten att anlita konsulter i en väsentlig omfattning för att klara det lagstadgade uppdraget."],
  ["Mål", "Andel vuxna personer som inte återkommit till försörjningsstöd inom ett år efter avslutat försörjningsstöd är 87 procent 2024, jämfört med 70 procent 2023, vilket innebär att en lägre andel personer har återaktualiserats. Målvärdet har dock inte nåtts avseende antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd och prognosen är att det sannolikt inte kommer att uppnås under året. Per augusti har två av tre hushåll långvarigt ekonomiskt bistånd."],
  ["Mål", "Per augusti har åtta våldsutövare fått stöd och prognosen är att målnivån inte kommer kunna nås fullt ut. Detta beror till delar på mottagligheten i målgruppen och till delar på att personalsituationen inom avdelning unga gjort att ambitionen behövt sänkas till förmån för annan lagstadgad verksamhet. Även om omfattningen är begränsad har arbetet god effekt."],
  ["Mål", "Bilden de senaste åren är dock att beroendeproblematiken ökat vilket också stärks av att fler personer aktualiseras. Per augusti har 298 personer aktualiserats, en ökning med 13 procent jämfört med motsvarande period föregående år. Bedömningen är att det kommer vara svårt att understiga målnivån."],
  ["Drift", "Socialnämndens resultat för bokslutsperioden uppgår till -6,6 mnkr vilket är ett sämre utfall än vad som kunnat förväntas utifrån tidigare prognoser. Det prognosticerade resultatet för året uppgår till -5,0 mnkr och inbegriper att externa placeringar kommer minska under slutet av året."],
  ["Drift", "Personalkostnader består av lönekostnader för medarbetare och arvoden till uppdragstagare. Arvodena har ett utfall i nivå med budget och prognosticeras inte avvika i slutet av året. Lönekostnaderna har genererat ett överskott kopplat till vakanser, främst inom myndighetsutövande enheter inom avdelning unga och i viss mån till nämndens boenden. Även om det ackumulerade överskottet inte förväntas förbrukas har en del av vakanser behövt tillsättas med tillfälligt inhyrd personal för att upprätthålla rättssäkerheten och fullfölja det lagstadgade uppdraget. Kostnader för tillfälligt inhyrd personal är obudgeterat och redovisas under köp av tjänster. Prognosen för personalkostnader är en positiv avvikelse om 3,0 mnkr eller 2 procent av budgeterade kostnader."],
  ["Drift", "Köp av tjänster inkluderar bland annat köpt vård och annan huvudverksamhet som utförs av annan huvudman samt tillfälligt inhyrd personal. Under året har volymerna för den köpta vården överstigit budgeterade nivåer relativt kraftigt, som nämnts ovan har även kostnader för tillfälligt inhyrd personal bidragit till en negativ avvikelse. I kontogruppen finns även en förvaltningscentral buffert som har varit intecknad i prognosen sedan april. Totalt förväntas kostnaderna avvika negativt med 5,0 mnkr eller 8 procent jämfört med budget."],
  ["Drift", "Övriga kostnader, vilket till knappt 80 procent utgörs av ekonomiskt bistånd har under perioden en negativ avvikelse. Volymerna är ungefär 11 procent högre än motsvarande period föregående år och per augusti har inte effekterna av Alingsåsmodellen Framsteget fått något genomslag, på längre sikt förväntas utvecklingen i ett första skede avstanna och i ett andra skede vända. Prognosen för året är dock att ekonomiskt bistånd kommer avvika negativt mot budget. Resterande del av kontogruppen är främst kopplad till förbrukning, där har verksamheten varit restriktiv och kontona avviker positivt mot budget. Prognosticerad avvikelse för hela kontogruppen uppgår till -2,0 mnkr eller 5 procent av budget."],
  ["Jämförelse mellan åren", "Nettokostnadsutvecklingen per 31 augusti 2024 uppgår till 16 procent jämfört med motsvarande period föregående år samtidigt som kommunbidraget har ökat med drygt 9 procent. En stor del av nettokostnads- och kommunbidragsutvecklingen och beror överflyttad verksamhet som inte har påverkat resultatutvecklingen negativt. Utvecklingen av den ofinansierade nettokostnaden är dock kopplad till köpt vård och i viss utsträckning ekonomiskt bistånd."],
  ["Jämförelse mellan åren", "2023 karaktäriserades av ett högt kostnadsläge under första halvåret och ett något lägre kostnadsläge under andra halvåret, dock ökade kostnaderna för köpt vård kraftigt i slutet av året. Resultatet för året stannade på 0,1 mnkr."],
  ["Investeringar", "Utfallet per augusti uppgår till 0,5 mnkr vilket motsvarar 30 procent av budgeten för året. Under 2024 har socialnämnden haft förhållandevis små investeringsbehov, de behov som har funnits är kopplat till reinvestering av inventarier till verksamheten, IT-utrustning och inköp av ytterligare elcyklar. Det fanns även planer på att anpassa en verksamhetslokal med en mer ändamålsenlig utformning i verksamheten, fastighetsägaren kommer dock göra anpassningarna själv."],
  ["Investeringar", "Prognosen för året uppgår till knappt 0,9 mnkr vilket understiger investeringsutrymmet med knappt 0,7 mnkr utifrån ändrade förutsättningar och planer."],
  ["Investeringar", "Skillnaden i utfallet mellan 2023 och 2024 uppgår endast till knappt 0,1 mnkr."],
  ["Internkontroll", "Vid delårsbokslutet visar kontrollen att tre av totalt fyra kontrollpunkter har genomförts utan anmärkning eller med försumbar anmärkning."],
  ["Personal", "Svarsfrekvensen är runt 80 procent och resultatet är fortsatt gott på samtliga mätpunkter på förvaltningsnivå. De som ligger något lägre är involvering och arbetsbelastning men även dessa ligger på 2,9 respektive 3,0 i medelvärde på en fyrgradig skala. Förvaltningen följer upp resultatet på samtliga nivåer inom organisation samt i samverkansforum."],
  ["Sjukfrånvaro", "Den totala sjukfrånvaron fortsätter att minska i förvaltningen och den följer överlag kommunstrukturen både i nivåer och minskning. Mäns sjukfrånvaro har dock ökat på totalen och det gäller i första hand den medellånga och långa sjukfrånvaron. Denna ökning förklaras av ett fåtal individers utökade sjukskrivningar."],
  ["Sjukfrånvaro", "Förvaltningen har 24 pågående rehabiliteringsärenden jämfört med 17 stycken motsvarande period föregående år. Sjukskrivningarnas längd och omfattning varierar, men enbart tio av nämnda ärenden inbegriper en pågående medellång eller lång sjukskrivning. Fördelningen mellan orsakerna fysisk sjukdom och psykisk ohälsa är precis som tidigare jämnfördelat. Ett antal av rehabiliteringsärenden är pre-rehabiliterande, där olika insatser såsom omtankessamtal eller stödsamtal via företagshälsovård sätts in i syfte att förebygga frånvaro."],
];

const COMMENTS_2019: [string, string][] = [
  ["Verksamhet", "Samtidigt som förvaltningen under året har bedrivit ett intensivt arbete med att få ned antalet insatser, har flera av verksamheterna utmanats med volymökningar, framför allt inom barn och unga. Antalet orosanmälningar har ökat mellan 2018 och 2019 varav den största skillnaden uppstod före sommaren 2019. Under 2018 gjordes sammantaget 1127 anmälningar om oro för barn. Under 2019 har det inkommit 1535 stycken varav polis, skola/förskola och sjukvård stod för de flesta av dessa. År 2019 har alltså ca 400 fler anmälningar kommit in till avdelningen i jämförelse med föregående år, vilket inneburit en ökad belastning på myndighetsutövningen inom unga området. Mängden och framför allt tyngden i orosanmälningarna för barn och unga har medfört ett större antal placeringar än vad som kunnat förutses och inneburit ett högt inflöde till familjehemsvården. Under året har ett flertal komplexa ärenden som inledningsvis ej kunnat tillgodoses på hemmaplan krävt externa placeringar. Det har också varit svårt att rekrytera familjehem i den takt som krävs, vilket inneburit en högre kostnad för konsulentstödda familjehem."],
  ["Verksamhet", "Även trenden med ökade försörjningsstödskostnader fortsätter där antal hushåll ökade med 16 % mellan 2017 och 2018 och med ytterligare ca 6 % under år 2019. Framförallt ser man en ökning av grupperna sjukskrivna och arbetshinder i form av psykisk ohälsa/ missbruk. Anledningen till de ökade försörjningsstödskostnaderna beror främst på ökad arbetslöshet och generella kostnadsökningar, vilket gör att kostnaderna per hushåll har ökat och att fler hushåll är i behov av kompletterande försörjningsstöd. Bokslutet för försörjningsstöd visar ett underskott mot budget med 3,2 mnkr. Ersättning från kommunens flyktingfond med 2,5 mnkr kompenserar till stor del ökningen i år."],
  ["Mål", "Förutom omställning till hemmaplanslöningar har ett arbete skett med att anpassa ambitionsnivån för att kunna hålla nere kostnaderna för köpt vård vuxna. Arbetet har gett resultat där kostnaderna för köpt vård har minskat från 2 500 tkr per månad i början av året till 1500 tkr mot slutet av året. Antalet placerade personer var i årets början 56 och är nu nere på 33 personer totalt."],
  ["Mål", "Centrala brukarråd är ett forum där våra invånare ska kunna ha inflytande på förvaltningens arbete både vad gäller myndighetsutövningen och hur insatserna utförs (se ytterligare beskrivning under uppdraget Att stärka och utveckla demokratin och att i lämpliga former använda sig av medborgardialog). Sex centrala brukarråd har genomförts under året."],
  ["Drift", "Socialnämndens bokslut för 2019 innebär ett underskott om 14 311 tkr vilket är något bättre än det resultat som prognosticerats sedan delårsbokslutet."],
  ["Drift", "Personalkostnader samt kostnader för inhyrd personal och konsulter överstiger budget med totalt 8,9 mnkr. Den stora ärendemängden i kombination med sjukskrivningar inom myndighetsutövningen barn och unga har bidragit till detta. Även personalbehovet inom avdelning Vuxnas socialpsykiatriboenden har överstigit budget. Vidare har antalet familjehemsplacerade barn inte minskat såsom förutsatts, vilket genererat kostnader utöver budget."],
  ["Drift", "Enligt beslut i kommunfullmäktige har socialnämnden under året erhållit kompensation från kommunens flyktingfond med 6,0 mnkr, vilket reducerat det redovisade underskottet. Det bör poängteras att det egentliga underskottet således uppgår till ytterligare 6,0 mnkr, alltså 20,3 mnkr. Det erhållna bidraget avser kostnader för försörjningsstöd, 2,5 mnkr, samt placeringskostnader för två ärenden med PUT (permanent uppehållstillstånd), 3,5 mnkr. För dessa kostnader har annan finansiering ej erhållits. Slutlig kostnad för de båda PUT-ärendena uppgår till 3 953 tkr."],
  ["Drift", "Antalet hushåll med försörjningsstöd har ökat under året varför denna kostnad överstiger budget med 3,2 mnkr. Det redovisade underskottet reduceras dock genom det ovannämnda bidraget från kommunens flyktingfond."],
  ["Drift", "Som nämnts ovan har socialnämnden erhållit intäkter om 6,0 mnkr från kommunens flyktingfond. Detta tillsammans med högre statsbidragsintäkter och ökade intäkter inom EKB-verksamheten, varav ca 4,0 mnkr avser tidigare år, gör att intäkterna totalt överstiger budget med 11,3 mnkr."],
  ["Drift", "Vad gäller personalkostnader avviker prognosen i förhållande till budget med 6,6 mnkr. Huvudsakliga anledningar är ej budgeterade kostnader för förstärkta arvoden till familjehem med placerade spädbarn, 3,8 mnkr, samt kostnader utöver budget inom avdelning Vuxnas socialpsykiatriboenden, 4,2 mnkr, huvudsakligen beroende på otillräckligt budgeterade kostnader för boendestöd samt även som följd av sjukskrivningar för ordinarie personal och en ej budgeterad kostnad för personalavveckling. Handlingsplanen SN 2019-04-23, § 45, har heller inte hunnit fått full effekt vad gäller arvoden till kontaktpersoner/ -familjer även om ett stort antal sådana insatser har avslutats inom både avdelning Unga och Vuxna."],
  ["Drift", "Budgeten för köpt vård vuxna gällande missbruk, har som följd av den under året beslutade slutliga ekonomiska regleringen avseende flytten av funktionshinderverksamheten till vård- och omsorgsnämnden, minskats med 6,8 mnkr. Socialnämndens handlingsplan SN 2019-04-23, § 45, har främst haft som mål att reducera kostnader för köpta vårdplatser i enlighet med kommunledningskontorets genomförda genomlysning. Under året har förbättrade resultat successivt uppnåtts för vuxensidan men genom ovannämnda budgetjustering uppgår budgetavvikelsen till 7,6 mnkr. Antalet kostnadskrävande LVM-placeringar har ökat jämfört med 2018 med följd att dessa kostnader ökat från 2,1 till 3,5 mnkr under 2019."],
  ["Drift", "Antalet köpta korttidsplatser för vuxna brukare med somatisk diagnos började öka kraftigt under slutet av 2018 då sex ärenden noterades. Under 2019 uppgår antalet ärenden till 16 ärenden men kostnadsökningen uppgår endast till 263 tkr. Den totala kostnaden för köpta vårdplatser inom socialpsykiatri inklusive nämnda korttidsplatser överstiger budget med 3,7 mnkr."],
  ["Drift", "Kostnader för köpta vårdplatser inom avdelning Unga överstiger budget med 5,5 mnkr. En bidragande anledning är att antalet köpta platser vid konsulentstödda familjehem ökat väsentligt jämfört med 2018 då egna familjehem inte kunnat rekryteras i tillräcklig omfattning."],
  ["Drift", "Övriga större budgetavvikelser rörande köpta tjänster är, mnkr:\nVårdplatser EKB +6,1\nInhyrd personal och konsulter -2,7"],
  ["Drift", "I budgeten 2019 har kommunfullmäktige beslutat om ett tillfälligt kommunbidrag på 8,0 mnkr för EKB-verksamheten. Detta tillfälliga budgetanslag faller bort 2020 vilket verksamheten under året har anpassat sig till med resultat att överskott om 7,5 mnkr uppnåtts. Omfattningen på verksamheten minskar successivt och omställningsåtgärder har vidtagits löpande i syfte att minska kostnader, bland annat har verksamheten lämnat boendet på Gustav Adolfsgatan. Nedskrivning av tidigare uppbokade, men efter förnyad bedömning osäkra fordringar på Migrationsverket, har genomförts i enlighet med försiktighetsprincipen vilket belastat resultatet. Denna åtgärd har dock kompenserats av ej uppbokade erhållna intäkter om ca 4,0 mnkr vilka avser tidigare år. I bokslutet för 2019 finns uppbokade fordringar på Migrationsverket avseende ännu ej utbetalade bidrag om 3,9 mnkr."],
  ["Drift", "Beträffande posten övriga kostnader utgörs den största budgetavvikelsen av de ökade försörjningsstödskostnaderna. Vidare överstiger fastighetsrelaterade kostnader budget med 1,3 mnkr."],
  ["Drift", "Alkoholhandläggare har flyttats över till miljöskyddsnämnden från 2019-07-01. Ekonomiskt utfall för helåret ingår dock i socialnämndens bokslut då justering av budgetramar görs först från och med 2021. Detta utfall innebär ett överskott om 376 tkr, främst genom ökade intäkter som följd av ny lagstiftning för tobaksförsäljning."],
  ["Drift", "Som ersättning för ovanstående handlingsplan beslutade socialnämnden i samband med delårsbokslutet om nya åtgärder vilka främst tar sikte på att väsentligt reducera förvaltningens personalkostnader under 2020. Denna reduktion sker huvudsakligen inom förvaltningens stabsorganisation samt avdelning Ungas Stöd- och behandlingsenhet. Totalt minskas antalet tjänster med drygt 20. Full besparingseffekt uppnås dock först inför 2021."],
  ["Drift", "Sammanfattningsvis innebär ovanstående åtgärder följande kostnadsreduceringar i socialnämndens budget för 2020 jämfört med årsbokslutet för 2019 exkl EKB-verksamheten:\n- personalkostnader ca 12 mnkr för kvarvarande jämförbara verksamheter när boendena Hallbo och Linnevi samt stödfamiljer LSS har exkluderats\n- köpta vårdplatser 8,3 mnkr\n- inhyrd personal, konsulter samt övriga tjänsteköp 3,4 mnkr"],
  ["Drift", "Utöver socialnämndens uppdrag att bedriva de verksamheter man ansvarar för inom den budgetram som kommunfullmäktige beslutat om är det också angeläget att minska verksamheternas nettokostnadsavvikelse. Efter utfallet 2018 uppgår denna till 44 mnkr, det redovisade underskottet för 2019 innebär risk för en hög siffra när nettokostnadsavvikelsen för 2019 redovisas. Effekten av förvaltningens omställning syns först i siffrorna för 2021 som redovisar utfallet för 2020. Förvaltningens deltagande i projektet Kostnad per brukare (KBP) visar också i enlighet med nettokostnadsavvikelsen att socialtjänsten i Alingsås kommun har en hög kostnadsnivå främst utifrån att antalet beslutade insatser är högt jämfört med liknande kommuner."],
  ["Jämförelse med bokslut 2018", "Vid en jämförelse av boksluten 2018 respektive 2019 måste hänsyn tas till att vissa större förändringar skett mellan åren. I socialnämndens bokslut för 2018 ingick AME (arbetsmarknadsenheten) som inför 2019 flyttats till dåvarande utbildningsnämnden. Denna verksamhet uppvisade ett överskott i bokslutet 2018 om 2,9 mnkr. Slutlig ekonomisk reglering avseende den genomförda flytten av funktionshinderområdet till vård- och omsorgsnämnden 2018 har genomförts under våren 2019 innebärande en minskning av socialnämndens budgetram med 7,8 mnkr. Samtidigt har internfakturering mellan de båda nämnderna genomförts i enlighet med träffad överenskommelse vilket ökar socialnämndens redovisade nettointäkter 2019 med 8,1 mnkr. Under 2018 diskuterades internfakturering till vård- och omsorgsnämnden med netto 6,4 mnkr vilket inte realiserades. Vidare redovisas 2019 ovannämnda intäkt från flyktingfonden om 6,0 mnkr. EKB-verksamheten har också minskat i omfattning jämfört med 2018."],
  ["Jämförelse med bokslut 2018", "Allmänt försvåras också jämförelser mellan åren då av kommunfullmäktige riktade anslag för vissa ändamål ej till fullo budgeterats på dessa verksamheter under 2018, vilket är fallet 2019. Ett sådant exempel är EKB-verksamheten vilken under åren 2018 – 2019 haft ett riktat kommunbidrag på 8 mnkr, dock har endast 400 tkr budgeterats här under 2018. Redovisat resultat i bokslutet 2018 uppgick till -4,8 mnkr."],
  ["Jämförelse med bokslut 2018", "För jämförbara verksamheter bedöms personalkostnaderna inklusive arvoderade uppdragstagare (familjehem, kontaktpersoner, stödfamiljer) under 2019 ökat med ca 4 mnkr utöver årliga löneökningar. Ökningen finns utspridd på flera verksamheter. Jämförelser mellan åren på verksamhetsnivå försvåras då ett större antal tjänster konterades på förvaltningsgemensam verksamhet under 2018. Under 2019 sker kontering på för personalen relevant verksamhet, i enlighet med den tidigare genomförda genomlysningen av socialnämndens ekonomi. Minskningen av kostnader för lokalhyror avser främst AME."],
  ["Jämförelse med bokslut 2018", "Kostnad för köp av vårdplatser har för avdelningen Unga ökat med 3,1 mnkr medan det skett en minskning med 0,6 mnkr inom avdelningen Vuxna. Minskningen inom avdelning Vuxna har alltså skett trots tidigare nämnda kostnadsökningar för LVM- samt korttidsärenden. Kostnader för köpta platser avseende VIN uppvisar en mindre ökning med 179 tkr under 2019 jämfört med 2018."],
  ["Jämförelse med bokslut 2018", "Inom posten övriga kostnader har kostnader avseende försörjningsstöd ökat med 3,6 mnkr."],
  ["Prognossäkerhet", "I vårbokslutets prognos ingår inte intäkten från flyktingfonden på 6,0 mnkr vilken beslutades av kommunfullmäktige 2019-05-29. Med hänsyn taget till denna intäkt uppgår prognosförsämringen mellan vår- och delårsbokslut till 13 818 tkr."],
  ["Prognossäkerhet", "Den prognos som upprättades i samband med delårsbokslutet, och som upprepats under månaderna därefter, överensstämmer mycket väl med det slutliga resultatet i årsbokslutet."],
  ["Investeringar", "Huvudsakligen har investeringsmedel använts för vidare installation av lås- och passersystem inom lokalerna vid Sidenvägen, 566 tkr. Vidare investeringar är möbelinköp till Sidenvägen, viss IT-utrustning samt inköp av tre cyklar varav två elcyklar."],
  ["Personal", "Under 2019 motsvarade kostnad för timavlönad personal knappt 15 heltidsarbetare, vilket är en minskning sedan 2018 med sex heltidsarbetare. Andel fyllnadstid samt övertid utgör tillsammans knappt två heltidsarbetare. De enheter som är i behov av timavlönad personal har en verksamhet som kräver personal dygnet runt årets alla dagar. Under semesterperioden juni till augusti är detta särskilt framträdande då dessa verksamheter särskilt kräver ett stort antal vikarier. Utöver sjukfrånvaro anges semester som vanlig beställningsorsak vid behov av timavlönad personal under året."],
  ["Personal", "Under 2019 (jan-nov) har 25 personer avslutat sin anställning, vilket är en liten minskning mot föregående år då 33 personer avslutade sin anställning. Av dessa 25 personer bestod fyra personer av pensionsavgångar. Flest avgångar ses inom befattningen socialsekreterare. Personalomsättningen under perioden januari till november ligger på 10,6%."],
  ["Sjukfrånvaro", "Trots omställningen och de utmaningar som funnits under 2019 med högt inflöde och komplexa ärenden som medfört ökad belastning för förvaltningens personal, stannar den totala sjukfrånvaron under 2019 på 7,4% vilket är en minskning från 2018 då den totala sjukfrånvaron låg på 8,9 %. Under året är det fortsatt långtidssjukfrånvaron som är högst. Sjukfrånvaron varierar stort mellan såväl avdelningar som enheter, där vissa enheter knappt påvisar någon sjukfrånvaro alls. Högst sjukfrånvaro finner vi bland socialt och kurativt arbete följt av administration. Antalet aktiva rehabiliteringsutredningar kan svänga hastigt beroende på nyinkomna och/ eller avslutade ärenden."],
  ["Arbetsskador", "Antal inrapporterade arbetsskador under 2019 har ökat medan inrapporterade tillbud har minskat. Att medarbetare rapporterar in arbetsskador och tillbud är avgörande för att arbetsgivaren ska kunna arbeta för att förebygga olyckor och ohälsa."],
];
// ====================================================================== Delårsrapport 2024

const TITLE_2024 = 'Socialnämnden – Delårsbokslut per 31 augusti 2024';

function drift2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Drift');
  titleRows(ws, TITLE_2024);
  put(ws, 2, 1, 'Belopp i tkr', { italic: true });
  // Two header rows as many controllers keep them: the caption above, the year below.
  headerRow(ws, 3, ['', 'Budget', 'Prognos helår', 'Avv. prognos/ budget', 'Delårsbokslut', 'Delårsbokslut', 'Diff. utfall']);
  headerRow(ws, 4, ['', 2024, 2024, 2024, 2024, 2023, '2023/2024']);
  const m = { numFmt: MONEY };
  const t = { numFmt: MONEY, bold: true };
  putRow(ws, 5, 'Verksamhetens intäkter', [31417, 31417, 0, 20995, 11646, 9349], m);
  putRow(ws, 7, 'Personalkostnader', [-158695, -155695, 3000, -100092, -82243, -17849], m);
  putRow(ws, 8, 'Lokalhyror', [-17416, -17416, 0, -11845, -7893, -3952], m);
  putRow(ws, 9, 'Köp av tjänster', [-62376, -68376, -6000, -52021, -45195, -6826], m);
  putRow(ws, 10, 'Övriga kostnader', [-38013, -40013, -2000, -27036, -22366, -4670], m);
  // -32 296 as printed (the arithmetic gives -33 296).
  putRow(ws, 12, 'Verksamhetens kostnader', [-276500, -281500, -5000, -190994, -157698, -32296], t);
  putRow(ws, 13, 'Verksamhetens nettokostnader', [-245082, -250082, -5000, -169998, -146052, -23946], t);
  putRow(ws, 14, 'Kommunbidrag', [245082, 245082, 0, 163388, 149365, 14023], m);
  putRow(ws, 15, 'Finansnetto', [0, 0, 0, -2, -6, 4], m);
  putRow(ws, 16, 'Årets resultat', [0, -5000, -5000, -6612, 3307, -9919], t);
  widths(ws, [32, 13, 13, 13, 14, 14, 13]);
}

function investeringar2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Investeringar');
  titleRows(ws, TITLE_2024, 'Investeringar');
  headerRow(ws, 3, [
    'Belopp i tkr',
    'Budget 2024',
    'Prognos helår 2024',
    'Avv. prognos/ budget 2024',
    'Delårsbokslut 2024',
    'Delårsbokslut 2023',
    'Diff. utfall 2023/2024',
  ]);
  const cat = { numFmt: MONEY, bold: true };
  const item = { numFmt: MONEY };
  const sub = { indent: 1 };
  putRow(ws, 4, 'Expansionsinvestering', [0, 0, 0, 0, 0, 0], cat);
  putRow(ws, 5, '-', [0, 0, 0, 0, 0, 0], item, sub);
  putRow(ws, 7, 'Imageinvestering', [0, 0, 0, 0, 0, 0], cat);
  putRow(ws, 8, '-', [0, 0, 0, 0, 0, 0], item, sub);
  putRow(ws, 10, 'Reinvestering', [750, 750, 0, 398, 372, 26], cat);
  putRow(ws, 11, 'Inventarier', [400, 400, 0, 308, 213, 95], item, sub);
  putRow(ws, 12, 'IT-utrustning', [300, 300, 0, 90, 159, -69], item, sub);
  putRow(ws, 13, 'Transportmedel', [50, 50, 0, 0, 0, 0], item, sub);
  putRow(ws, 15, 'Anpassningsinvestering', [750, 100, 650, 55, 0, 55], cat);
  putRow(ws, 16, 'Lokalanpassning i annans fastighet', [750, 100, 650, 55, 0, 55], item, sub);
  putRow(ws, 18, 'Totala utgifter', [1500, 850, 650, 453, 372, 81], cat);
  widths(ws, [34, 12, 12, 13, 14, 14, 13]);
}

function mal2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Mål och nyckeltal');
  titleRows(ws, TITLE_2024, 'Mål och nyckeltal');
  headerRow(ws, 3, [
    'Kommunfullmäktiges mål',
    'Nämndens mål',
    'Nyckeltal',
    'Mål 31 dec 2024',
    'Utfall 31 aug 2024',
    'Utfall 31 aug 2023',
    'Bedömning',
    'Fotnot/källa',
  ]);
  const kf1 = '1. Alingsås växer genom att stärka och uppmuntra arbetsliv, näringsliv och föreningsliv';
  const kf2 = '2. I Alingsås finns goda livsmiljöer genom en långsiktig ekologisk, social och ekonomisk hållbar utveckling';
  const kf3 = '3. Alingsåsarna har inflytande, får god service och ett gott bemötande från kommunen';
  const lifecare = 'Uppgift från verksamhetssystemet Lifecare';
  const enkat = 'Anonymiserade svar från enkät som skickas ut till individer vars insatser avslutats';
  // [row, kf, goal, indicator, target, outcome, previous, footnote]
  const rows: [number, string | null, string | null, string, V, V, V, string][] = [
    [4, `${kf1}\n${kf2}`, 'Alingsåsare ska vara självförsörjande i högre utsträckning',
      'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd', '<166', 190, 166,
      'Personer som uppburit ekonomiskt bistånd 10 eller fler månader under året, uppgift från verksamhetssystemet Lifecare'],
    [5, null, null,
      'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)', 75, 87, 70,
      'Kolada (U31462)'],
    [6, kf2, 'Våldet i nära relationer ska minska',
      'Antal våldsutövare som får stöd, antal (#)', '>20', 8, 14, lifecare],
    [7, null, 'Alingsåsare ska erbjudas riktat förebyggande insatser för att minska riskbruk och beroendeproblematik',
      'Aktualiserade personer avseende beroendeproblematik, antal (#)', '<315', 298, 263, lifecare],
    [8, kf3, 'Alingsåsaren ska ha inflytande över sina insatser och få gott bemötande från socialtjänsten',
      'Upplevt inflytande, andel positiva svar (%)', '>60', 66, '-',
      `${enkat}. Utfall 31 aug 2023: Nytt mätetal för 2024, historiskt utfall ej tillgängligt`],
    [9, null, null,
      'Upplevt bemötande, andel positiva svar (%)', '>75', 77, '-',
      `${enkat}. Utfall 31 aug 2023: Nytt mätetal för 2024, historiskt utfall ej tillgängligt`],
  ];
  const top = { wrap: true, vertical: 'top' as const };
  for (const [r, kf, goal, name, target, outcome, prev, note] of rows) {
    put(ws, r, 1, kf, top);
    put(ws, r, 2, goal, top);
    put(ws, r, 3, name, top);
    put(ws, r, 4, target, top);
    put(ws, r, 5, outcome, top);
    put(ws, r, 6, prev, top);
    put(ws, r, 7, null, top);
    put(ws, r, 8, note, top);
  }
  ws.mergeCells('A4:A5');
  ws.mergeCells('B4:B5');
  ws.mergeCells('A6:A7');
  ws.mergeCells('A8:A9');
  ws.mergeCells('B8:B9');
  ws.getCell('G3').note =
    'Bedömningen görs med signalfärger (Ej uppfyllt, Delvis uppfyllt, I hög grad uppfyllt, Helt uppfyllt). ' +
    'Färgerna gick förlorade när rapporten togs ur PDF, därför är kolumnen tom.';
  widths(ws, [36, 34, 48, 12, 12, 12, 14, 48]);
}

function internkontroll2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Internkontroll');
  titleRows(ws, TITLE_2024, 'Uppföljning av internkontroll vid delårsbokslut 2024');
  headerRow(ws, 3, ['Identifierad risk', 'Vad kontrolleras?', 'Frekvens uppföljning', 'Metod', 'Bedömning', 'Resultat och åtgärder']);
  const points: [number, string | null, string, string, string, string, string][] = [
    [4, 'Att försörjningsstödskostnaderna ökar', 'Att arbetsmarknadsinsatser verkställs skyndsamt', 'Del- och årsbokslut',
      'Statistikavläsning', 'Utan anmärkning',
      'Ambitionen är att insatser ska verkställas inom två veckor från beviljande. Per 31 augusti har insatser vid sju tillfällen av 215 inskrivningar inte kunnat verkställas inom två veckor. Utifrån volymen verkställda insatser samt att insatserna kunnat verkställas kort efter brytpunkten bedöms avvikelsen vara försumbar.'],
    [5, 'Bristande likabehandling', 'Att obehöriga personer ej går in i ärenden', 'Del- och årsbokslut', 'Stickprov',
      'Utan anmärkning',
      'Under året har loggkontroll för medarbetare genomförts månadsvis av systemförvaltare. Kontrollen har baserats på en vecka per månad där 15 handläggare slumpmässigt har valts ut. Loggarna har sedan lämnats till ansvarig enhetschef som undersökt om dennes medarbetare har varit behöriga att gå in i de ärenden som loggarna visar, det vill säga att medarbetaren endast varit inne i de journaler och utredningar avseende enskilda som medarbetaren arbetar med. Per augusti har 105 kontroller gjorts, samtliga har varit utan anmärkning.'],
    [6, null, 'Att vi har en rättssäker handläggning inom vuxenområdet', 'Del- och årsbokslut', 'Granskning av handläggning',
      'Med anmärkning',
      'Granskningen har genomförts av förvaltningens rättshandläggare vid ett tillfälle under våren, vilken utgår från Socialstyrelsens föreskrifter och allmänna råd om handläggning och dokumentation i socialtjänsten (SOSFS 2014:5).\n' +
      '15 april granskades 28 utredningar fördelade på 15 socialsekreterare, varav 16 var utan anmärkning. De flesta anmärkningarna beror på brist av dokumentation av beslut vid avskrivna ärenden och bristande motivering av beslut följt av dokumentation av kommunicering av beslutsunderlag och underrättelse av beslut samt brist av dokumentation av handläggningsåtgärder.\n' +
      'För att komma till rätta med bristerna planeras en handläggarskola genomföras under hösten med inriktning på de identifierade bristerna.\n' +
      'Ytterligare en granskning kommer genomföras inför årsbokslutet.'],
    [7, 'Att vi använder externa utförare där kriminella element finns bland anställda', 'Kontroll av tillstånd från IVO',
      'Del- och årsbokslut', 'Stickprov', 'Utan anmärkning',
      'I samtliga fall direktupphandling gjorts av tillståndspliktig verksamhet har tillstånd kontrollerats och i samtliga fall har tillstånden varit giltiga. I samtliga fall avrop har gjorts på ramavtalsupphandlad, tillståndspliktig verksamhet har Adda kontrollerat tillstånd, även i dessa fall har de varit giltiga.'],
  ];
  const top = { wrap: true, vertical: 'top' as const };
  for (const [r, risk, what, freq, method, assessment, result] of points) {
    put(ws, r, 1, risk, top);
    put(ws, r, 2, what, top);
    put(ws, r, 3, freq, top);
    put(ws, r, 4, method, top);
    put(ws, r, 5, assessment, top);
    put(ws, r, 6, result, top);
  }
  // The third control point has no risk text of its own in the report: it shares the second's.
  ws.mergeCells('A5:A6');
  ws.getCell('E3').note =
    'Bedömningarna är härledda: signalfärgerna gick förlorade i PDF-texten. Rapporten säger att tre av totalt fyra ' +
    'kontrollpunkter genomförts utan anmärkning eller med försumbar anmärkning, och granskningen i punkt 3 fann ' +
    '12 av 28 utredningar med anmärkning (16 var utan anmärkning).';
  widths(ws, [28, 30, 14, 18, 16, 90]);
}

function sjukfranvaro2024(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Sjukfrånvaro');
  titleRows(ws, TITLE_2024, 'Sjukfrånvaro');
  headerRow(ws, 3, ['Sjukfrånvaro* (%)', 2024, 2023, 'Differens']);
  const f = { numFmt: RATE };
  putRow(ws, 4, 'Total sjukfrånvaro', [6.6, 7.9, -1.3], { numFmt: RATE, bold: true });
  putRow(ws, 5, 'Kvinnor', [5.8, 8.5, -2.7], f);
  putRow(ws, 6, 'Män', [9.6, 5.6, 4.0], f);
  putRow(ws, 8, '<29 år', [2.4, 1.5, 0.9], f);
  putRow(ws, 9, '30-49 år', [8.1, 9.3, -1.2], f);
  // -2,5 and -1,1 as printed (differences of rounded rates).
  putRow(ws, 10, '50 år>', [5.2, 7.6, -2.5], f);
  putRow(ws, 12, 'Dag 1-14', [2.3, 2.0, 0.3], f);
  putRow(ws, 13, 'Dag 15-59', [0.6, 1.0, -0.4], f);
  putRow(ws, 14, 'Dag 59>', [3.7, 4.9, -1.1], f);
  put(ws, 15, 1, '*Avser perioden 1 januari - 31 juli', { italic: true });
  widths(ws, [24, 10, 10, 11]);
}

async function build2024(file: string): Promise<void> {
  const wb = newWorkbook(FIXED_DATE_2024);
  infoSheet(wb, TITLE_2024, [
    ['Nämnd', 'Socialnämnden'],
    ['Kommun', 'Alingsås kommun'],
    ['Rapport', 'Delårsbokslut'],
    ['Period', '2024-01-01 – 2024-08-31'],
    ['Bokslutsdatum', new Date(Date.UTC(2024, 7, 31)), 'yyyy-mm-dd'],
    ['Belopp', 'tkr'],
  ]);
  drift2024(wb);
  investeringar2024(wb);
  mal2024(wb);
  internkontroll2024(wb);
  sjukfranvaro2024(wb);
  commentsSheet(wb, TITLE_2024, COMMENTS_2024);
  await save(wb, file, FIXED_DATE_2024);
}

// ====================================================================== Årsbokslut 2019

const TITLE_2019 = 'Socialnämnden – Årsbokslut 2019';

function drift2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Drift');
  titleRows(ws, TITLE_2019, 'Drift');
  headerRow(ws, 3, ['Belopp i tkr', 'Budget 2019', 'Bokslut 2019', 'Avvikelse prognos/budget 2019', 'Bokslut 2018', 'Differens 2018/2019']);
  const m = { numFmt: MONEY };
  const t = { numFmt: MONEY, bold: true };
  putRow(ws, 4, 'Verksamhetens intäkter', [41560, 52897, 11337, 48833, 4063], m);
  putRow(ws, 6, 'Personalkostnader', [-145819, -152397, -6577, -159848, 7452], m);
  putRow(ws, 7, 'Lokalhyror', [-15120, -15459, -339, -17504, 2045], m);
  putRow(ws, 8, 'Köp av tjänster', [-59211, -73655, -14444, -72174, -1482], m);
  putRow(ws, 9, 'Övriga kostnader', [-25313, -29600, -4287, -27567, -2033], m);
  putRow(ws, 11, 'Verksamhetens kostnader', [-245463, -271111, -25648, -277093, 5982], t);
  putRow(ws, 13, 'Verksamhetens nettokostnader', [-203903, -218214, -14311, -228259, 10045], t);
  putRow(ws, 15, 'Kommunbidrag', [203903, 203903, 0, 222209, -18306], m);
  putRow(ws, 17, 'Årets resultat', [0, -14311, -14311, -6050, -8261], t);
  widths(ws, [32, 13, 13, 16, 13, 14]);
}

function investeringar2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Investeringar');
  titleRows(ws, TITLE_2019, 'Investeringar');
  headerRow(ws, 3, ['Tkr', 'Budget 2019', 'Bokslut 2019', 'Avvikelse helår', 'Bokslut 2018', 'Differens 2018/2019']);
  const cat = { numFmt: MONEY, bold: true };
  const item = { numFmt: MONEY };
  // Category rows print only two figures ("0 0"): budget and outcome; the rest stay empty.
  putRow(ws, 4, 'Expansionsinvestering', [0, 0], cat);
  putRow(ws, 5, 'Investering X', [0, 0], item, { indent: 1 });
  putRow(ws, 6, '-varav exploatering', [0, 0], item, { indent: 1 });
  putRow(ws, 7, 'Exploatering X', [0, 0], item, { indent: 2 });
  putRow(ws, 8, 'Imageinvestering', [0, 0], cat);
  putRow(ws, 9, 'Investering X', [0, 0], item, { indent: 1 });
  // 0 / 0 as printed although its sub-row holds 1 450 / 963.
  putRow(ws, 10, 'Reinvestering', [0, 0], cat);
  putRow(ws, 11, 'Investering X', [1450, 963, 487, 1637, -674], item, { indent: 1 });
  putRow(ws, 12, 'Anpassningsinvestering', [0, 0], cat);
  putRow(ws, 13, 'Investering X', [0, 0], item, { indent: 1 });
  putRow(ws, 14, 'Totalt utgifter', [1450, 963, 487, 1637, -674], cat);
  widths(ws, [28, 12, 12, 12, 12, 14]);
}

function mal2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Mål och nyckeltal');
  titleRows(ws, TITLE_2019, 'Åtaganden och nyckeltal');
  headerRow(ws, 3, [
    'Prioriterat mål',
    'Indikator',
    'Nämndens åtagande',
    'Bedömning åtagande',
    'Nyckeltal',
    'Utfall 2019',
    'Mål 2019',
    'Utfall 2018',
    'Bedömning',
    'Kommentar',
  ]);
  // [goal, indicator, commitment, commitment assessment, key figure, outcome, target, 2018, assessment, comment]
  const rows: [string, string, string, string, string, V, V, V, string, string | null][] = [
    ['1. I Alingsås är det tryggt, säkert och välkomnande',
      '1.1 Medborgarnas upplevelse av hur tryggt det är i kommunen ska förbättras',
      'Att vidta förebyggande åtgärder vad gäller våld i nära relationer och hedersrelaterat våld', 'Helt uppfyllt',
      'Genomförd informationskampanj kring våld i nära relationer och hedersrelaterat våld', 2, 1, null, 'Värde uppnått', null],
    ['2. I Alingsås finns goda möjligheter till arbete och företagande',
      '2.1 Medborgarnas upplevelse av arbetsmöjligheterna i kommunen ska förbättras',
      'Att fortsätta arbeta aktivt med kompetensförsörjningen', 'Helt uppfyllt',
      'Upprättad kompetensförsörjningsstrategi', 1, 1, null, 'Värde uppnått', null],
    ['3. I Alingsås finns det attraktiva boendemöjligheter',
      '3.1 Medborgarnas nöjdhet med bostadssituationen i kommunen ska förbättras',
      'Att arbeta för att svagare grupper inkluderas på bostadsmarknaden', 'Helt uppfyllt',
      'Utökat antal tillfälliga boendeplatser', 6, 6, null, 'Värde uppnått', null],
    ['4. I Alingsås råder god ekonomisk hushållning grundad på effektiv resursanvändning',
      '4.4 Avvikelsen mellan redovisade nettokostnader och referenskostnader ska minska',
      'Att vidta åtgärder för att minska kostnaderna för köpt vård', 'Ej uppfyllt',
      'Kostnad för köpt vård', '40 711 tkr', 'Se kommentar', '38 707 tkr', 'Ej acceptabelt värde',
      'Utfall jan-dec 2019: 40 711 tkr (varav 19 372 tkr barn och unga och 21 339 tkr vuxna). ' +
      '2018 jan-dec: 38 707 tkr (varav 16 343 tkr barn och unga och 22 364 tkr vuxna). ' +
      'Kommentar: Målet är att kostnaderna för köpt vård 2019 (exklusive våld i nära relation och ensamkommande barn och unga) ska vara lägre än för samma period föregående år.'],
    ['5. I Alingsås bygger välfärden på god service, hög kvalitet och tillgänglighet',
      '5.3 Nöjd-medarbetar-index ska höjas\n5.4 Sjukfrånvaron i kommunen ska minska',
      'Att verka för en god och hållbar arbetsmiljö genom att vidareutveckla ett tydligt och tillitsbaserat ledarskap', 'Helt uppfyllt',
      'Andel av förvaltningens medarbetare som har medarbetaröverenskommelser', '100 %', '100 %', null, 'Värde uppnått', null],
    ['6. I Alingsås finns det valfrihet och självbestämmande',
      '6.3 Medborgarnas bedömning av möjligheter till inflytande i kommunen ska öka',
      'Att i högre utsträckning använda sig av medborgardialog', 'Ej uppfyllt',
      'Antal genomförda centrala brukarråd', 6, 8, null, 'Nära värde', null],
    ['8. I Alingsås ger utbildning kunskaper för en dynamisk framtid',
      '8.3 Andelen elever i åk 9 behöriga till gymnasieskolan ska öka',
      'Att säkerställa en god skolutveckling hos alla placerade barn för att motverka psykisk ohälsa på sikt', 'Helt uppfyllt',
      'Andel överväganden/ omprövningar som innehåller uppföljning av skolutveckling', '100 %', '100 %', null, 'Värde uppnått', null],
  ];
  const top = { wrap: true, vertical: 'top' as const };
  rows.forEach((values, i) => {
    values.forEach((v, j) => put(ws, 4 + i, j + 1, v, top));
  });
  widths(ws, [34, 34, 38, 14, 36, 12, 12, 12, 16, 60]);
}

function personal2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Personal');
  titleRows(ws, TITLE_2019, 'Personalsammansättning');
  headerRow(ws, 3, ['Månadsavlönad', 'Antal personer', 'Antal anställningar', 'Antal årsarbetare', 'Medelålder', 'Sysselsättningsgrad (snitt)']);
  const staff: [string, number, number, number, number, number][] = [
    ['AID-struktur', 231, 235, 227.1, 46.0, 0.97],
    ['Administration', 38, 38, 37.5, 51.2, 0.99],
    ['Socialt och kurativt arbete', 192, 196, 188.6, 45.1, 0.96],
    ['Vård- och omsorgsarbete m m', 1, 1, 1.0, 37.0, 1.0],
  ];
  staff.forEach(([label, persons, employments, fte, age, rate], i) => {
    const r = 4 + i;
    const bold = i === 0;
    put(ws, r, 1, label, { bold, indent: i === 0 ? undefined : 1 });
    put(ws, r, 2, persons, { bold, numFmt: '0' });
    put(ws, r, 3, employments, { bold, numFmt: '0' });
    put(ws, r, 4, fte, { bold, numFmt: RATE });
    put(ws, r, 5, age, { bold, numFmt: RATE });
    put(ws, r, 6, rate, { bold, numFmt: '0%' });
  });

  // Second table on the same sheet.
  put(ws, 10, 1, 'Arbetsskador och tillbud', { bold: true, size: 12 });
  put(ws, 11, 1, 'Tabell, antal anmälda tillbud och arbetsskador', { italic: true });
  headerRow(ws, 12, ['Typ', 2018, 2019, 'Differens 2018-2019']);
  // Differences as printed, sign included ("+6"): text, as the report writes them.
  putRow(ws, 13, 'Tillbud', [89, 63, '-26']);
  putRow(ws, 14, 'Arbetsskador', [7, 13, '+6']);
  widths(ws, [30, 12, 13, 13, 12, 16]);
}

function sjukfranvaro2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Sjukfrånvaro');
  titleRows(ws, TITLE_2019, 'Tabell, sjukfrånvaro i %');
  headerRow(ws, 3, ['', 2018, 2019, 'Differens 2018-2019']);
  const rows: [string, number, number, string][] = [
    ['1-14 dagar', 2.2, 2.3, '+0,1'],
    ['1-59 dagar', 3.4, 3.4, '+-0'],
    ['> 60 dagar', 5.5, 4.0, '-1,5'],
    ['<29 år', 2.4, 3.7, '+1,3'],
    ['30-39 år', 11.6, 9.7, '-1,9'],
    ['40-49 år', 6.5, 5.8, '-0,7'],
    ['50-55 år', 7.0, 7.2, '+0,2'],
    ['> 56 år', 12.7, 8.5, '-4,2'],
    ['Kvinnor', 10.0, 8.8, '-1,2'],
    ['Män', 5.9, 3.0, '-2,9'],
    ['Totalt', 8.9, 7.4, '-1,5'],
  ];
  rows.forEach(([label, y2018, y2019, diff], i) => {
    const bold = label === 'Totalt';
    put(ws, 4 + i, 1, label, { bold });
    put(ws, 4 + i, 2, y2018, { bold, numFmt: RATE });
    put(ws, 4 + i, 3, y2019, { bold, numFmt: RATE });
    // The report writes the differences with explicit signs ("+0,1", "+-0"): kept as text.
    put(ws, 4 + i, 4, diff, { bold });
  });
  put(ws, 16, 1, 'Redovisningen omfattar månadsavlönad personal.', { italic: true });
  widths(ws, [20, 10, 10, 18]);
}

function prognossakerhet2019(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Prognossäkerhet');
  titleRows(ws, TITLE_2019, 'Prognossäkerhet');
  headerRow(ws, 3, ['Månad', 'Prognos', 'Avvikelse från bokslut']);
  const m = { numFmt: MONEY };
  putRow(ws, 4, 'Delårsbokslut', [-14720, -409], m);
  putRow(ws, 5, 'Vårbokslut', [-6902, 7409], m);
  putRow(ws, 7, 'Bokslut 2019', [-14311], { numFmt: MONEY, bold: true });
  widths(ws, [20, 12, 20]);
}

async function build2019(file: string): Promise<void> {
  const wb = newWorkbook(FIXED_DATE_2019);
  infoSheet(wb, TITLE_2019, [
    ['Nämnd', 'Socialnämnden'],
    ['Kommun', 'Alingsås kommun'],
    ['Rapport', 'Årsbokslut'],
    ['Period', '2019-01-01 – 2019-12-31'],
    ['Bokslutsdatum', new Date(Date.UTC(2019, 11, 31)), 'yyyy-mm-dd'],
    ['Belopp', 'tkr'],
  ]);
  drift2019(wb);
  investeringar2019(wb);
  mal2019(wb);
  personal2019(wb);
  sjukfranvaro2019(wb);
  prognossakerhet2019(wb);
  commentsSheet(wb, TITLE_2019, COMMENTS_2019);
  await save(wb, file, FIXED_DATE_2019);
}

// ====================================================================== main

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '..', 'seeds');
  fs.mkdirSync(dir, { recursive: true });
  await build2024(path.join(dir, 'delarsrapport-2024.xlsx'));
  await build2019(path.join(dir, 'arsbokslut-2019.xlsx'));
  console.log(`Skrev ${path.join(dir, 'delarsrapport-2024.xlsx')} och ${path.join(dir, 'arsbokslut-2019.xlsx')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
