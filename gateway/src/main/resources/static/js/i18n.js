// Swedish by default, English selectable. One dictionary: key → [svenska, English].
const D = {
  appName: ['Internationellt samarbete', 'International cooperation'],
  skip: ['Hoppa till huvudinnehållet', 'Skip to main content'],
  mainMenu: ['Huvudmeny', 'Main menu'],
  footer: ['Göteborgs Stad – plattformen för internationellt samarbete', 'City of Gothenburg – the international cooperation platform'],
  loading: ['Laddar …', 'Loading …'],
  navStart: ['Start', 'Home'], navMap: ['Karta', 'Map'], navPartnerships: ['Vänorter och partnerstäder', 'Twin and partner cities'],
  navMemberships: ['Medlemskap', 'Memberships'], navProjects: ['Projekt', 'Projects'], navLegislation: ['Omvärldsbevakning', 'Legislation monitoring'],
  navConsultations: ['Samråd', 'Consultations'], navGuideline: ['Riktlinjekontroll', 'Guideline check'], navAnnual: ['Årsrapport', 'Annual report'],
  signIn: ['Logga in', 'Sign in'], signOut: ['Logga ut', 'Sign out'], signedInAs: ['Inloggad som', 'Signed in as'],
  needSignIn: ['Du behöver logga in för att se det här.', 'You need to sign in to see this.'],
  welcome: ['Välkommen! Logga in med ditt konto i Göteborgs Stad för att se och registrera vänorter, partnerstäder, projekt och omvärldsbevakning.',
    'Welcome! Sign in with your City of Gothenburg account to see and record twin cities, partner cities, projects and legislation monitoring.'],
  serviceDown: ['Den här delen kan inte visas just nu', 'This part cannot be shown right now'],
  serviceDownDetail: ['Tjänsten {service} svarar inte. Resten av sidan fungerar. Försök igen om en stund.', 'The service {service} is not answering. The rest of the page works. Try again shortly.'],
  errorTitle: ['Något gick fel', 'Something went wrong'],
  fixErrors: ['Rätta följande och försök igen:', 'Please correct the following and try again:'],
  saved: ['Sparat.', 'Saved.'],
  // start page
  startTitle: ['Översikt', 'Overview'],
  kpiPartnerships: ['Partnerskap', 'Partnerships'], kpiTwin: ['Vänorter', 'Twin cities'], kpiPartner: ['Partnerstäder', 'Partner cities'],
  kpiActive: ['Aktiva partnerskap', 'Active partnerships'], kpiProjects: ['Projekt', 'Projects'], kpiMemberships: ['Medlemskap', 'Memberships'],
  kpiAlerts: ['Bevakningslarm', 'Monitoring alerts'], kpiGranted: ['Beviljat EU-stöd', 'EU funding granted'],
  asOf: ['Siffrorna gäller till och med', 'Figures as of'],
  chartFunding: ['EU-finansiering per år och program (sökt belopp, kr)', 'EU funding per year and programme (applied for, SEK)'],
  chartProjects: ['Projekt per prioriterat område och enhet', 'Projects by priority area and unit'],
  chartPipeline: ['Lagstiftning per skede', 'Legislation pipeline by stage'],
  myAlerts: ['Öppna larm för min enhet', 'Open alerts for my unit'], noAlerts: ['Inga larm för din enhet.', 'No alerts for your unit.'],
  showTable: ['Visa som tabell', 'Show as a table'], noData: ['Inga uppgifter ännu.', 'No data yet.'],
  year: ['År', 'Year'], programme: ['Program', 'Programme'], unit: ['Enhet', 'Unit'], count: ['Antal', 'Count'], amount: ['Belopp', 'Amount'],
  stage: ['Skede', 'Stage'], reason: ['Orsak', 'Reason'], item: ['Ärende', 'Item'], date: ['Datum', 'Date'],
  // lists
  search: ['Sök', 'Search'], filter: ['Filtrera', 'Filter'], all: ['Alla', 'All'], clear: ['Rensa', 'Clear'],
  previous: ['Föregående', 'Previous'], next: ['Nästa', 'Next'], pageOf: ['Sida {page} av {pages} ({total} träffar)', 'Page {page} of {pages} ({total} results)'],
  noResults: ['Inga träffar.', 'No results.'],
  // partnerships
  partnershipsTitle: ['Vänorter och partnerstäder', 'Twin and partner cities'], newPartnership: ['Registrera partnerskap', 'Register a partnership'],
  editPartnership: ['Ändra partnerskap', 'Edit partnership'],
  kind: ['Typ', 'Kind'], status: ['Status', 'Status'], city: ['Stad', 'City'], localName: ['Lokalt namn', 'Local name'], country: ['Land (ISO-kod, t.ex. NO)', 'Country (ISO code, e.g. NO)'],
  countryShort: ['Land', 'Country'], latitude: ['Latitud', 'Latitude'], longitude: ['Longitud', 'Longitude'],
  coordsHint: ['Decimalgrader, används för kartan (t.ex. 60.39 och 5.32 för Bergen).', 'Decimal degrees, used for the map (e.g. 60.39 and 5.32 for Bergen).'],
  priorityAreas: ['Prioriterade områden', 'Priority areas'], priorityArea: ['Prioriterat område', 'Priority area'],
  cooperationAreas: ['Samarbetsområden', 'Cooperation areas'], mutualBenefit: ['Ömsesidig nytta för Göteborg', 'Mutual benefit for Gothenburg'],
  responsibleUnit: ['Ansvarig förvaltning, nämnd eller bolag', 'Responsible administration, committee or company'],
  agreementStart: ['Avtalet gäller från', 'Agreement from'], agreementEnd: ['Avtalet gäller till', 'Agreement until'], renewalDue: ['Förnyas senast', 'Renewal due'],
  meetingCadence: ['Mötesfrekvens', 'Meeting cadence'],
  save: ['Spara', 'Save'], cancel: ['Avbryt', 'Cancel'], edit: ['Ändra', 'Edit'],
  decisions: ['Beslut', 'Decisions'], decisionBody: ['Beslutande organ', 'Decided by'], decidedOn: ['Beslutsdatum', 'Decision date'],
  caseReference: ['Diarienummer', 'Case reference'], activate: ['Aktivera med beslut', 'Activate with a decision'],
  activateHint: ['En vänort kräver beslut i kommunfullmäktige (KF); en partnerstad beslut i KS eller KF och ett slutdatum för avtalet.',
    'A twin city needs a city council (KF) decision; a partner city a KS or KF decision and an agreement end date.'],
  end: ['Avsluta', 'End'], endedOn: ['Avslutas den', 'Ends on'], history: ['Historik', 'History'],
  who: ['Vem', 'Who'], when: ['När', 'When'], what: ['Vad', 'What'], changes: ['Ändringar', 'Changes'],
  linkedProjects: ['Projekt med denna partner', 'Projects with this partner'], none: ['Inga.', 'None.'],
  activated: ['Partnerskapet är aktiverat.', 'The partnership is active.'], created: ['Registrerat.', 'Registered.'], ended: ['Avslutat.', 'Ended.'],
  registerProjectWith: ['Registrera projekt med denna partner', 'Register a project with this partner'],
  // projects
  projectsTitle: ['Projekt', 'Projects'], newProject: ['Registrera projekt', 'Register a project'], title: ['Titel', 'Title'], acronym: ['Akronym', 'Acronym'],
  description: ['Beskrivning', 'Description'], leadUnit: ['Ledande enhet', 'Lead unit'], leadUnitType: ['Typ av enhet', 'Kind of unit'],
  startDate: ['Startdatum', 'Start date'], endDate: ['Slutdatum', 'End date'], callIdentifier: ['Utlysning', 'Call'],
  currency: ['Valuta', 'Currency'], budgetTotal: ['Total budget', 'Total budget'], externalGrant: ['Sökt externt stöd', 'External grant applied for'],
  ownContribution: ['Egen medfinansiering', 'Own contribution'], benefit: ['Nytta för Göteborg', 'Benefit for Gothenburg'],
  partner: ['Partner', 'Partner'], partnerName: ['Partnerorganisation', 'Partner organisation'], partnership: ['Partnerskap (vänort/partnerstad)', 'Partnership (twin/partner city)'],
  noPartnership: ['– inget –', '– none –'], grant: ['Bevilja', 'Grant'], grantedAmount: ['Beviljat belopp', 'Amount granted'], decisionDate: ['Beslutsdatum', 'Decision date'],
  submit: ['Skicka in ansökan', 'Submit application'], startProject: ['Starta projektet', 'Start the project'], budget: ['Budget', 'Budget'],
  coFinancing: ['Medfinansieringsgrad', 'Co-financing rate'], amountsSek: ['Belopp i kronor', 'Amounts in SEK'],
  // legislation
  legislationTitle: ['Omvärldsbevakning – lagstiftning', 'Legislation monitoring'], celex: ['CELEX-nummer', 'CELEX number'],
  changeStage: ['Ändra skede', 'Change stage'], assess: ['Gör en bedömning', 'Assess'], relevance: ['Relevans', 'Relevance'],
  assessments: ['Bedömningar', 'Assessments'], impact: ['Påverkan', 'Impact'], actions: ['Åtgärder', 'Actions'], dueDate: ['Senast', 'Due'],
  consultationsTitle: ['Samråd', 'Consultations'], deadline: ['Sista svarsdag', 'Deadline'],
  membershipsTitle: ['Medlemskap i nätverk och organisationer', 'Memberships of networks and organisations'], organisation: ['Organisation', 'Organisation'],
  // guideline, annual
  guidelineTitle: ['Riktlinjekontroll', 'Guideline check'], guidelineIntro: ['Avvikelser från stadens riktlinjer för internationellt arbete.', 'Breaches of the city\'s guidelines for international work.'],
  rule: ['Regel', 'Rule'], since: ['Sedan', 'Since'], detail: ['Detalj', 'Detail'], breaches: ['avvikelser', 'breaches'], noBreaches: ['Inga avvikelser.', 'No breaches.'],
  annualTitle: ['Årsrapport', 'Annual report'], annualIntro: ['Ladda ner årsrapporten för internationellt samarbete, med diagram.', 'Download the annual report on international cooperation, with charts.'],
  downloadPdf: ['Ladda ner årsrapport {year} (PDF)', 'Download annual report {year} (PDF)'], downloadXlsx: ['Ladda ner årsrapport {year} (Excel)', 'Download annual report {year} (Excel)'],
  mapTitle: ['Karta över vänorter och partnerstäder', 'Map of twin and partner cities'],
  mapIntro: ['Städer med koordinater visas på kartan; samma städer finns i listan under kartan.', 'Cities with coordinates are shown on the map; the same cities are listed below it.'],
  noCoords: ['saknar koordinater', 'has no coordinates'],
  notFound: ['Sidan finns inte.', 'Page not found.'],
  // projects (indicators, milestones, lifecycle, edit) and omvärldsbevakning (legislation edit, samråd)
  editProject: ['Ändra projekt', 'Edit project'], optional: ['Frivilligt.', 'Optional.'],
  confirmYes: ['Ja, {action}', 'Yes, {action}'],
  staleVersion: ['Någon annan har ändrat det här sedan du öppnade sidan. Ladda om sidan för att se deras ändring och gör sedan din igen.',
    'Someone else changed this after you opened the page. Reload the page to see their change, then make yours again.'],
  reloadPage: ['Ladda om sidan', 'Reload the page'],
  reject: ['Ge avslag', 'Reject'], rejectHeading: ['Avslag på ansökan', 'Application rejected'], rejectReason: ['Skäl till avslaget', 'Reason for the rejection'],
  rejectExplain: ['Projektet markeras som avslaget med skälet du angav. Det kan inte ändras eller få nya milstolpar efteråt.',
    'The project is marked as rejected with the reason you gave. It cannot be changed or take new milestones afterwards.'],
  complete: ['Avsluta projektet', 'Complete the project'], completeHeading: ['Markera projektet som genomfört', 'Mark the project as done'],
  completeExplain: ['Projektet markeras som avslutat. Utfall för indikatorerna kan fortfarande rapporteras, men projektet kan inte ändras eller få nya milstolpar.',
    'The project is marked as completed. Indicator values can still be reported, but the project cannot be changed or take new milestones.'],
  withdraw: ['Återkalla projektet', 'Withdraw the project'], withdrawHeading: ['Återkalla', 'Withdraw'], withdrawReason: ['Skäl', 'Reason'],
  withdrawExplain: ['Projektet markeras som återkallat och läggs ner. Det går inte att ångra.', 'The project is marked as withdrawn and dropped. This cannot be undone.'],
  indicators: ['Indikatorer', 'Indicators'], indicatorCode: ['Indikatorkod', 'Indicator code'], indicatorName: ['Indikatorns namn', 'Indicator name'],
  indicatorUnit: ['Enhet (t.ex. organisationer)', 'Unit (e.g. organisations)'], baseline: ['Utgångsvärde', 'Baseline'], target: ['Målvärde', 'Target'],
  latestActual: ['Senaste utfall', 'Latest actual'], indicatorReports: ['Rapporterade utfall', 'Reported values'],
  addIndicator: ['Lägg till indikator', 'Add an indicator'], ownCode: ['– egen kod (ange nedan) –', '– own code (enter below) –'],
  customCode: ['Egen indikatorkod', 'Own indicator code'], customCodeHint: ['Bara om koden inte finns i listan: versaler, siffror och _, t.ex. GBG_VISITS.',
    'Only if the code is not in the list: capitals, digits and _, e.g. GBG_VISITS.'],
  indicatorNameHint: ['Kan lämnas tomt för en kod från listan.', 'May be left empty for a code from the list.'],
  reportValue: ['Rapportera utfall', 'Report a value'], reportedOn: ['Avser datum', 'Reported on'], value: ['Värde', 'Value'], note: ['Kommentar', 'Note'],
  reportOnlyOngoing: ['Utfall kan rapporteras när projektet pågår eller är avslutat.', 'Values can be reported once the project is ongoing or completed.'],
  milestones: ['Milstolpar och rapporteringsdatum', 'Milestones and reporting deadlines'], addMilestone: ['Lägg till milstolpe', 'Add a milestone'],
  doneOn: ['Klar den', 'Done on'], notDone: ['Inte klar', 'Not done'], markDone: ['Markera klar', 'Mark done'], markDoneNamed: ['Markera klar: {title}', 'Mark done: {title}'],
  editLegislation: ['Ändra bevakat ärende', 'Edit watched item'], procedureReference: ['Procedurnummer', 'Procedure reference'],
  titleSv: ['Titel på svenska', 'Title in Swedish'], titleEn: ['Titel på engelska', 'Title in English'], subjectAreas: ['Sakområden', 'Subject areas'],
  commaHint: ['Skilj flera med kommatecken.', 'Separate several with commas.'], keyDates: ['Viktiga datum', 'Key dates'],
  datesHint: ['Ett eller flera datum (ÅÅÅÅ-MM-DD), skilda med kommatecken.', 'One or more dates (YYYY-MM-DD), separated by commas.'],
  date_proposal: ['Förslaget lades fram', 'Proposed'], date_adoption: ['Antogs', 'Adopted'], date_publication: ['Publicerades', 'Published'],
  date_application: ['Börjar tillämpas', 'Applies from'], date_transpositionDeadline: ['Ska vara genomförd i svensk rätt', 'Transposition deadline'],
  date_entryIntoForce: ['Träder i kraft', 'Enters into force'],
  sourceLink: ['Länk till källan (EUR-Lex)', 'Source link (EUR-Lex)'], eli: ['ELI-adress', 'ELI address'], related: ['Samma procedur', 'Same procedure'],
  newStage: ['Nytt skede', 'New stage'], influence: ['Typ av påverkan', 'Kind of influence'],
  newConsultation: ['Registrera samråd', 'Register a consultation'], editConsultation: ['Ändra samråd', 'Edit consultation'],
  reference: ['Kommissionens referens', 'Commission reference'], feedbackStart: ['Samrådet öppnar', 'Feedback opens'], topics: ['Ämnen', 'Topics'],
  responseStatus: ['Stadens svar', 'The city\'s response'], newResponseStatus: ['Stadens svar blir', 'The city\'s response becomes'],
  recordResponse: ['Registrera stadens svar', 'Record the city\'s response'],
  respondExplain: ['Stadens svar ändras till det du valt. Ett inskickat svar, eller ett beslut att inte svara, kan inte ändras efteråt.',
    'The city\'s response changes to what you chose. A submitted response, or a decision not to answer, cannot be changed afterwards.'],
  concernsItem: ['Gäller ärendet', 'Concerns the item'], openItem: ['Öppna det bevakade ärendet', 'Open the watched item'],
};

const ENUMS = {
  TWIN_CITY: ['Vänort', 'Twin city'], PARTNER_CITY: ['Partnerstad', 'Partner city'],
  PROPOSED: ['Föreslagen', 'Proposed'], ACTIVE: ['Aktiv', 'Active'], DORMANT: ['Vilande', 'Dormant'], ENDED: ['Avslutad', 'Ended'],
  OWN_OPERATIONS: ['Utveckling av den egna verksamheten', 'Developing own operations'], BUSINESS_DEVELOPMENT: ['Näringslivsutveckling', 'Business development'],
  EXTERNAL_MONITORING: ['Omvärldsbevakning', 'External monitoring'],
  KF: ['Kommunfullmäktige (KF)', 'City council (KF)'], KS: ['Kommunstyrelsen (KS)', 'Executive board (KS)'],
  NAMND: ['Nämnd', 'Committee'], FORVALTNING: ['Förvaltning', 'Administration'], BOLAG: ['Bolag', 'City-owned company'],
  IDEA: ['Idé', 'Idea'], APPLICATION_SUBMITTED: ['Ansökan inskickad', 'Application submitted'], GRANTED: ['Beviljat', 'Granted'],
  REJECTED: ['Avslag', 'Rejected'], ONGOING: ['Pågående', 'Ongoing'], COMPLETED: ['Avslutat', 'Completed'], WITHDRAWN: ['Återkallat', 'Withdrawn'],
  COORDINATOR: ['Koordinator', 'Coordinator'], PARTNER: ['Partner', 'Partner'], ASSOCIATED: ['Associerad partner', 'Associated partner'],
  HIGH: ['Hög', 'High'], MEDIUM: ['Medel', 'Medium'], LOW: ['Låg', 'Low'],
  // projects and omvärldsbevakning
  MILESTONE: ['Milstolpe', 'Milestone'], REPORTING_DEADLINE: ['Rapporteringsdatum', 'Reporting deadline'],
  UNDER_NEGOTIATION: ['Under förhandling', 'Under negotiation'], ADOPTED: ['Antagen', 'Adopted'], PUBLISHED: ['Publicerad', 'Published'],
  IN_FORCE: ['I kraft', 'In force'], REGULATION: ['Förordning', 'Regulation'], DIRECTIVE: ['Direktiv', 'Directive'], DECISION: ['Beslut', 'Decision'],
  PROPOSAL: ['Förslag', 'Proposal'], COMMUNICATION: ['Meddelande', 'Communication'], RECOMMENDATION: ['Rekommendation', 'Recommendation'], OTHER: ['Övrigt', 'Other'],
  NONE: ['Ingen', 'None'], LEGAL: ['Juridisk', 'Legal'], POLITICAL: ['Politisk', 'Political'], BOTH: ['Både juridisk och politisk', 'Both legal and political'],
  OPEN: ['Öppen', 'Open'], IN_PROGRESS: ['Pågår', 'In progress'], DONE: ['Klar', 'Done'],
  CONSIDERING: ['Överväger', 'Considering'], DRAFTING: ['Svar skrivs', 'Drafting'], SUBMITTED: ['Svar inskickat', 'Submitted'], NOT_ANSWERING: ['Svarar inte', 'Not answering'],
};

let current = localStorage.getItem('lang') === 'en' ? 'en' : 'sv';

export function lang() { return current; }
export function locale() { return current === 'en' ? 'en-GB' : 'sv-SE'; }
export function setLang(l) { current = l === 'en' ? 'en' : 'sv'; localStorage.setItem('lang', current); document.documentElement.lang = current; }

/** A text in the current language, with {name} placeholders filled. */
export function t(key, vars = {}) {
  const entry = D[key];
  const text = entry ? entry[current === 'en' ? 1 : 0] : key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ''));
}

/** A code from the API (status, kind, area …) as staff say it; unknown codes are shown as they are. */
export function label(code) {
  if (code == null) return '';
  const entry = ENUMS[code];
  return entry ? entry[current === 'en' ? 1 : 0] : String(code).replaceAll('_', ' ').toLowerCase().replace(/^./, c => c.toUpperCase());
}

// The APIs answer in English; staff read Swedish. Known rules (by problem code) and common field
// messages are shown in Swedish, anything else as the API wrote it.
const PROBLEMS_SV = {
  'twin-city-needs-kf-decision': 'En vänort behöver ett beslut i kommunfullmäktige (KF) för att aktiveras',
  'partner-city-needs-decision': 'En partnerstad behöver ett beslut i kommunstyrelsen (KS) eller kommunfullmäktige (KF)',
  'partner-city-needs-end-date': 'En partnerstad behöver ett slutdatum för avtalet',
  'mutual-benefit-required': 'Ange den ömsesidiga nyttan för Göteborg',
  'priority-area-required': 'Välj minst ett prioriterat område',
  'twin-city-end-needs-kf-decision': 'En vänort avslutas genom beslut i kommunfullmäktige (KF)',
  'end-date-required': 'Ange när partnerskapet avslutas',
  'end-reason-required': 'Ange varför partnerskapet avslutas',
  'agreement-expired': 'Avtalet har gått ut',
};
const MESSAGES_SV = {
  'is required': 'Obligatoriskt – fyll i',
  'must not be negative': 'Får inte vara negativt',
  'must be an ISO 3166-1 alpha-2 code such as SE or NO': 'Ange landets tvåbokstavskod, t.ex. SE eller NO',
  'must be between -90 and 90': 'Måste vara mellan -90 och 90',
  'must be between -180 and 180': 'Måste vara mellan -180 och 180',
};

/** A problem's message for one field in the current language. */
export function problemMessage(code, message, single) {
  if (current === 'en') return message;
  if (single && PROBLEMS_SV[code]) return PROBLEMS_SV[code];
  return MESSAGES_SV[message] || message;
}
