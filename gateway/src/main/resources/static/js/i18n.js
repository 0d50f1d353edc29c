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
  // partnerships' lifecycle and activities, memberships, start page, shell (ui-partnerships)
  cityName: ['Göteborgs Stad', 'City of Gothenburg'], language: ['Språk', 'Language'], pages: ['Sidor', 'Pages'],
  staleVersion: ['Någon annan har ändrat detta sedan du öppnade sidan. Ladda om för att se det senaste och gör sedan om din ändring.',
    'Someone else changed this after you opened the page. Reload to see the latest version, then make your change again.'],
  reloadLatest: ['Ladda om och visa det senaste', 'Reload and show the latest'],
  confirmTitle: ['Vill du göra detta?', 'Do you want to do this?'], confirm: ['Ja, gör det', 'Yes, do it'],
  kpiHeading: ['Nyckeltal', 'Key figures'], chartsMissing: ['Diagrammen kan inte visas (diagrambiblioteket saknas). Siffrorna finns i tabellerna.', 'The charts cannot be shown (the chart library is missing). The figures are in the tables.'],
  noUnit: ['Ingen enhet angiven', 'No unit given'],
  chartProjectsNote: ['Alla {total} registrerade projekt, oavsett status och finansiering, per ledande enhet. Ett projekt räknas i varje prioriterat område det bidrar till.',
    'All {total} registered projects, whatever their status and funding, by lead unit. A project counts in each priority area it serves.'],
  alert_NEW_MATCH: ['Ny träff i bevakningen', 'New match'], alert_STAGE_CHANGED: ['Nytt skede', 'Stage changed'],
  alert_DATE_CHANGED: ['Ändrat datum', 'Date changed'], alert_ACTION_DUE: ['Åtgärd snart', 'Action due'],
  alert_ACTION_OVERDUE: ['Åtgärd försenad', 'Action overdue'], alert_CONSULTATION_CLOSING: ['Samråd stänger snart', 'Consultation closing'],
  alert_CONSULTATION_CLOSED: ['Samråd stängt', 'Consultation closed'],
  audit_propose: ['Registrerat', 'Registered'], audit_register: ['Registrerat', 'Registered'], audit_update: ['Ändrat', 'Edited'],
  audit_activate: ['Aktiverat', 'Activated'], audit_makeDormant: ['Vilande', 'Made dormant'], audit_reactivate: ['Återaktiverat', 'Reactivated'],
  audit_renew: ['Förnyat', 'Renewed'], audit_end: ['Avslutat', 'Ended'], audit_recordActivity: ['Aktivitet registrerad', 'Activity recorded'],
  madeDormant: ['Partnerskapet är vilande.', 'The partnership is dormant.'], reactivated: ['Partnerskapet är aktivt igen.', 'The partnership is active again.'],
  renewed: ['Avtalet är förnyat.', 'The agreement is renewed.'], activityRecorded: ['Aktiviteten är registrerad.', 'The activity is recorded.'],
  dormantSince: ['Vilande sedan', 'Dormant since'],
  dormantAction: ['Gör vilande', 'Make dormant'],
  dormantHint: ['Ett vilande partnerskap har kvar sitt avtal men inget pågår. Ange sedan när och varför.', 'A dormant partnership keeps its agreement but nothing is going on. Say since when and why.'],
  confirmDormant: ['Partnerskapet med {city} blir vilande från {date}. Avtalet gäller fortfarande och partnerskapet kan återaktiveras senare.',
    'The partnership with {city} becomes dormant from {date}. The agreement still stands and the partnership can be reactivated later.'],
  reactivateAction: ['Återaktivera', 'Reactivate'],
  reactivateHint: ['Partnerskapet blir aktivt igen. Det går bara om avtalet fortfarande gäller och den ömsesidiga nyttan och ett prioriterat område finns angivna.',
    'The partnership becomes active again. This works only while the agreement runs and a mutual benefit and a priority area are stated.'],
  confirmReactivate: ['Partnerskapet med {city} blir aktivt igen från i dag.', 'The partnership with {city} becomes active again from today.'],
  renewAction: ['Förnya avtalet', 'Renew the agreement'],
  renewHint: ['En ny avtalsperiod beslutas som en aktivering: en vänort i kommunfullmäktige (KF), en partnerstad i KS eller KF.',
    'A new agreement term is decided like an activation: a twin city by the city council (KF), a partner city by KS or KF.'],
  newAgreementStart: ['Ny avtalsperiod från', 'New term from'], newAgreementStartHint: ['Tomt = dagen efter att nuvarande avtal går ut.', 'Empty = the day after the current agreement ends.'],
  newAgreementEnd: ['Ny avtalsperiod till', 'New term until'],
  confirmRenew: ['Avtalet med {city} förnyas till och med {date} genom beslut i {body}.', 'The agreement with {city} is renewed until {date} by a decision of the {body}.'],
  activities: ['Aktiviteter', 'Activities'], activityAction: ['Registrera aktivitet', 'Record an activity'],
  activityHint: ['Besök, delegationer, möten, avtal och konferenser inom partnerskapet. Din egen förvaltning, nämnd eller bolag behöver vara med bland enheterna.',
    'Visits, delegations, meetings, agreements and conferences within the partnership. Your own administration, committee or company needs to be among the units.'],
  confirmActivity: ['Aktiviteten ”{title}” den {date} registreras för {city}. Den syns i listan och i rapporterna.', 'The activity “{title}” on {date} is recorded for {city}. It shows in the list and in the reports.'],
  activityType: ['Typ av aktivitet', 'Kind of activity'], place: ['Plats', 'Place'], theme: ['Tema', 'Theme'], host: ['Värd', 'Host'],
  participants: ['Deltagare', 'Participants'], units: ['Enheter (förvaltning, nämnd eller bolag)', 'Units (administration, committee or company)'],
  onePerLine: ['En per rad.', 'One per line.'], unitsHint: ['En per rad; din egen enhet är ifylld.', 'One per line; your own unit is filled in.'],
  outcomes: ['Resultat', 'Outcomes'], recordedBy: ['Registrerad av', 'Recorded by'], latestOf: ['Visar de {shown} senaste av {total}.', 'Showing the latest {shown} of {total}.'],
  activity_VISIT: ['Besök', 'Visit'], activity_DELEGATION: ['Delegation', 'Delegation'], activity_MEETING: ['Möte', 'Meeting'],
  activity_AGREEMENT_SIGNED: ['Avtal undertecknat', 'Agreement signed'], activity_CONFERENCE: ['Konferens', 'Conference'], activity_OTHER: ['Annat', 'Other'],
  membership: ['medlemskap', 'membership'], newMembership: ['Registrera medlemskap', 'Register a membership'], editMembership: ['Ändra medlemskap', 'Edit membership'],
  purpose: ['Syfte för staden', 'Purpose for the city'], purposeHint: ['Varför staden är med och vad det ger.', 'Why the city takes part and what it gains.'],
  yearlyCost: ['Årsavgift', 'Yearly fee'], currencyHint: ['Tre bokstäver, t.ex. SEK eller EUR.', 'Three letters, e.g. SEK or EUR.'], reviewDate: ['Ses över senast', 'Review by'],
  membershipActivated: ['Medlemskapet är aktiverat.', 'The membership is active.'],
  activateMembershipHint: ['Ett medlemskap aktiveras genom beslut i kommunfullmäktige (KF) eller kommunstyrelsen (KS) och behöver ett syfte och en årsavgift.',
    'A membership is activated by a decision of the city council (KF) or the executive board (KS) and needs a purpose and a yearly fee.'],
  confirmActivateMembership: ['Medlemskapet i {org} blir aktivt genom beslut i {body} den {date}.', 'The membership of {org} becomes active by a decision of the {body} on {date}.'],
  endMembership: ['Avsluta medlemskapet', 'End the membership'],
  endMembershipHint: ['Ange när medlemskapet upphörde och varför. Ett avslutat medlemskap kan inte ändras.', 'Say when the membership ended and why. An ended membership cannot be changed.'],
  confirmEndMembership: ['Medlemskapet i {org} avslutas den {date}. Det kan sedan inte ändras.', 'The membership of {org} ends on {date}. It cannot be changed afterwards.'],
  problem_dormant_since_required: ['Ange sedan när partnerskapet är vilande', 'Say since when the partnership is dormant'],
  problem_dormant_since_in_future: ['Ett partnerskap kan inte vara vilande från ett datum i framtiden', 'A partnership cannot be dormant from a future date'],
  problem_dormant_reason_required: ['Ange varför partnerskapet är vilande', 'Say why the partnership is dormant'],
  problem_renewal_end_required: ['Ange när den nya avtalsperioden slutar', 'Give the end of the new term'],
  problem_renewal_not_later: ['Den nya avtalsperioden måste sluta efter den nuvarande', 'The new term must end after the current one'],
  problem_renewal_end_in_past: ['Den nya avtalsperioden måste sluta i framtiden', 'The new term must end in the future'],
  problem_activity_title_required: ['Ge aktiviteten en titel', 'Give the activity a title'],
  problem_activity_date_required: ['Ange när aktiviteten ägde rum', 'Say when the activity took place'],
  problem_activity_ends_before_start: ['Aktiviteten kan inte sluta före den börjar', 'The activity cannot end before it starts'],
  problem_activity_priority_area_required: ['Välj minst ett prioriterat område', 'Choose at least one priority area'],
  problem_activity_after_end: ['Partnerskapet hade redan avslutats det datumet', 'The partnership had already ended by that date'],
  problem_membership_needs_decision: ['Ett medlemskap behöver ett beslut i kommunfullmäktige (KF) eller kommunstyrelsen (KS)', 'A membership needs a KF or KS decision'],
  problem_membership_needs_purpose: ['Ange medlemskapets syfte för staden', 'State the membership\'s purpose for the city'],
  problem_membership_needs_cost: ['Ange årsavgiften (0 om det är gratis)', 'State the yearly fee (0 if free)'],
  problem_cost_without_currency: ['Ange årsavgiften tillsammans med valuta (t.ex. 120000 SEK)', 'Give the yearly fee with its currency'],
  problem_unknown_currency: ['Okänd valutakod', 'Unknown currency code'],
  problem_organisation_required: ['Ange organisationens namn', 'Give the organisation\'s name'],
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
  const rule = code && D[`problem_${code.replaceAll('-', '_')}`];
  if (single && rule) return rule[0];
  return MESSAGES_SV[message] || message;
}
