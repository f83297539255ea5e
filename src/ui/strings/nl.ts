// The shell's words in Dutch: its own chunk, so a player downloads only the language
// they play in (src/ui/i18n.ts loads it; the keys are checked by the Strings type).
import type { Strings } from '../i18n';

export const nl: Strings = {
  gameTitle: 'De dans',
  tagline: 'Over achtervolgen en weglopen — en wat er gebeurt als je blijft staan.',
  newGame: 'Nieuw spel',
  continueGame: 'Verder spelen',
  workshop: 'Workshop',
  savedAt: (phase, scene, when) => `Fase ${phase} · ${scene} · bewaard ${when}`,
  language: 'Taal',
  partnerName: 'Naam van je geliefde',
  partnerNameHint: 'Kies een naam die goed voelt; je kunt hem leeg laten voor Sam.',
  partnerPronoun: 'Over je geliefde zeg je',
  pronounHe: 'hij / hem',
  pronounShe: 'zij / haar',
  side: 'Je speelt',
  sidePursuer: 'Degene die najaagt',
  sidePursuerHint: 'Je wilt nabijheid en rent erachteraan.',
  sideWithdrawer: 'Degene die terugtrekt',
  sideWithdrawerHint: 'Je wilt liefde en schrikt terug als ze dichtbij komt.',
  contentNoteTitle: 'Voordat je begint',
  contentNote:
    'Dit verhaal gaat over verliefdheid die pijn doet: afwijzing, ontrouw en sombere dagen komen erin voor. Het is een spel om een patroon te leren zien, geen test en geen therapie. Je kunt altijd pauzeren met Esc.',
  help: {
    title: 'Als het iets bij je raakt',
    intro:
      'Raakt dit verhaal iets wat je zelf meedraagt? Dat hoef je niet alleen te dragen. Praat erover met iemand die je vertrouwt of met je huisarts, of neem contact op met:',
    contacts: [
      {
        name: 'De Luisterlijn',
        about: 'een luisterend oor, dag en nacht, anoniem:',
        links: [
          { label: '088 0767 000', href: 'tel:0880767000' },
          { label: 'deluisterlijn.nl', href: 'https://www.deluisterlijn.nl' },
        ],
      },
      {
        name: '113 Zelfmoordpreventie',
        about: 'denk je aan zelfdoding, bel dan gratis, dag en nacht, of chat:',
        links: [
          { label: '0800 0113', href: 'tel:08000113' },
          { label: '113.nl', href: 'https://www.113.nl' },
        ],
      },
    ],
    newTab: '(opent in een nieuw tabblad)',
  },
  veilLabel: 'Ontrouw buiten beeld vertellen',
  veilHint: 'De scènes over ontrouw spelen zich dan achter gesloten deuren af: dezelfde keuzes, niets expliciets.',
  veilNextGame: 'Een spel dat al loopt, houdt de keuze waarmee het begon; dit geldt vanaf je volgende nieuwe spel.',
  settingsStory: 'Het verhaal',
  replaceSaveQuestion: 'Er is al een bewaard spel. Een nieuw spel vervangt het. Wil je eerst je spel exporteren?',
  menu: 'Menu',
  mute: 'Geluid uit',
  menuTitle: 'Pauze',
  resume: 'Verder spelen',
  rewind: 'Eén keuze terug',
  exportSave: 'Spel exporteren als bestand',
  importSave: 'Spel importeren uit bestand',
  quitToTitle: 'Naar het titelscherm',
  history: 'Wat je las',
  historyEmpty: 'Nog niets gelezen.',
  contentAndHelp: 'Over dit verhaal en hulp',
  close: 'Sluiten',
  youChose: 'Je koos',
  lockedLabel: (reason) => `Niet te kiezen: ${reason}`,
  choicesLabel: 'Keuzes',
  storyLabel: 'Verhaal',
  metersLabel: 'De dans',
  meterPursue: 'Achtervolgen',
  meterWithdraw: 'Weglopen',
  meterDistance: 'Afstand',
  meterDisappointments: 'Teleurstellingen',
  phaseLabel: (phase) => `Fase ${phase}`,
  phaseNames: {
    1: 'Het eerste nummer',
    2: 'Heen en weer',
    3: 'Buiten adem',
    4: 'De muziek valt stil',
    5: 'Het licht gaat aan',
  },
  sceneNames: {
    party: 'het feest',
    home: 'thuis',
    bar: 'de kroeg',
    bedroom: 'de slaapkamer',
    cafe: 'het café',
    door: 'de voordeur',
    festival: 'het festival',
    desk: 'het bureau',
    'party-later': 'het feest, maanden later',
  },
  captions: {
    sms: '[Je telefoon: een berichtje]',
    ring: '[De telefoon gaat over]',
    buzz: '[Je telefoon trilt]',
    knock: '[Geklop op de deur]',
    door: '[Een deur]',
    pen: '[Een pen over papier]',
    crowd: '[Het geroezemoes van een menigte zwelt aan]',
    heartbeat: '[Je hart bonst]',
  },
  movement: (step, name) =>
    step === 'pursue'
      ? `Je stapt naar ${name} toe. ${name} deinst terug.`
      : step === 'withdraw'
        ? `Je draait je af. ${name} komt dichterbij.`
        : `Je blijft staan, in je midden. ${name} vlucht niet en volgt niet.`,
  pauseMark: (phase) => `Einde van fase ${phase}`,
  endingTitle: 'Einde',
  endingNames: {
    cycle: 'De dans begint opnieuw',
    'role-switch': 'De rollen gedraaid',
    'closed-heart': 'Het gesloten hart',
    'step-out': 'Uit de dans gestapt',
  },
  endingSummary: ({ pursued, withdrew, grounded, held, rounds }) =>
    `Je deed ${keer(pursued)} een stap naar de ander toe, liep ${keer(withdrew)} weg en bleef ${keer(grounded)} bij jezelf. ${
      held === 0 ? 'Geen grens hield stand' : held === 1 ? 'Eén grens hield stand' : `${held} grenzen hielden stand`
    }; de dans zwaaide ${keer(rounds)} terug.`,
  playAgain: 'Opnieuw beginnen',
  toTitle: 'Naar het titelscherm',
  keysHint:
    'Toetsen: 1–9 kiezen · Spatie of Enter (of tikken): tekst meteen tonen · S: gelezen tekst meteen · Backspace: keuze terug · Esc: menu',
  skipHint: 'Spatie of Enter toont de tekst meteen.',
  tapToContinue: 'Tik voor de rest van de tekst',
  autosaved: 'Bewaard',
  skipRead: 'Gelezen tekst meteen tonen',
  skipReadHint: 'Speel je opnieuw of ga je een keuze terug, dan staan regels die je al las er meteen. Toets: S.',
  skipReadNow: (on) => (on ? 'Gelezen tekst staat er nu meteen.' : 'Gelezen tekst komt weer regel voor regel.'),
  stageUnavailable:
    'De dansvloer kan op dit apparaat niet getekend worden (geen WebGL). Het verhaal speel je volledig als tekst.',
  stageFailed: 'De dansvloer kon niet geladen worden. Het verhaal speel je gewoon verder als tekst.',
  storageUnavailable:
    'Deze browser laat het spel niets bewaren (bijvoorbeeld in privévenster). Je kunt spelen; exporteer je spel via het menu als je later verder wilt.',
  storageFull:
    'Je spel kon niet bewaard worden: de opslag van je browser is vol. Exporteer je spel via het menu om het te bewaren.',
  saveNotJson: 'Dit bewaarde spel is beschadigd of geen De dans-bestand.',
  saveNotOurs: 'Dit bestand is geen bewaard spel van De dans.',
  saveDamaged: 'Dit bewaarde spel is beschadigd en kan niet geladen worden.',
  saveNewer: 'Dit spel is bewaard met een nieuwere versie van De dans. Werk het spel bij om verder te spelen.',
  saveOtherBuild: 'Dit spel is bewaard bij een oudere versie van het verhaal, en dat pad bestaat niet meer.',
  saveOtherLanguage: 'Dit spel is bewaard in een andere taal.',
  saveKeptAside: 'Het oude bestand is apart gezet en niet gewist; je kunt het nog exporteren.',
  saveReplayed: 'Het verhaal is bijgewerkt sinds je bewaarde; je plek is teruggevonden.',
  saveImported: 'Spel geladen.',
  saveExported: 'Je spel is als bestand gedownload.',
  inkError:
    'Er ging iets mis in het verhaal op dit punt. Je bent teruggezet naar vlak voor je laatste keuze; niets is verloren.',
  storyLoadFailed: 'Het verhaal kon niet geladen worden. Controleer je verbinding en laad de pagina opnieuw.',
  unexpectedError: 'Er ging iets onverwachts mis. Je voortgang tot je laatste keuze is bewaard.',
  dismiss: 'Oké',
  save: 'Bewaren',
  load: 'Laden',
  saveTitle: 'Spel bewaren',
  loadTitle: 'Spel laden',
  slotName: (slot) => `Plek ${slot}`,
  autosaveName: 'Automatisch bewaard',
  slotEmpty: 'Leeg',
  slotDamaged: 'Beschadigd, kan niet geladen worden',
  slotEnded: (ending, when) => `Einde: ${ending} · bewaard ${when}`,
  overwriteQuestion: (slot, holds) =>
    `In ${slot.toLowerCase()} staat al een spel (${holds}). Wil je het overschrijven?`,
  overwrite: 'Overschrijven',
  cancel: 'Annuleren',
  savedToSlot: (slot) => `Bewaard in ${slot.toLowerCase()}.`,
  slotNotSavedFull:
    'Niet bewaard: de opslag van je browser is vol. Wat er in deze plek stond, staat er nog. Exporteer je spel als bestand om het te bewaren.',
  slotNotSavedUnavailable:
    'Niet bewaard: deze browser laat het spel niets bewaren. Exporteer je spel als bestand om het te bewaren.',
  loadReplacesQuestion: 'Laden vervangt het spel waar je nu mee bezig bent. Wil je dat eerst exporteren?',
  loadedFrom: (slot) => `Geladen: ${slot.toLowerCase()}.`,
  nothingSaved: 'Je hebt nog niets bewaard.',
  settings: 'Instellingen',
  settingsReading: 'Lezen',
  settingsMotion: 'Beweging en tempo',
  settingsSound: 'Geluid',
  textSize: 'Tekstgrootte',
  lineSpacing: 'Regelafstand',
  lineSpacingNames: { 1.4: 'Compact', 1.6: 'Normaal', 1.9: 'Ruim', 2.2: 'Extra ruim' },
  font: 'Lettertype',
  fontNames: {
    serif: 'Boekletter: Literata',
    system: 'De boekletter van je apparaat',
    sans: 'Strak (schreefloos)',
    readable: 'Open en breed (prettiger bij dyslexie)',
  },
  highContrast: 'Hoog contrast',
  textSpeed: 'Tekstsnelheid',
  textSpeedNames: { slow: 'Langzaam', normal: 'Normaal', fast: 'Snel', instant: 'Meteen alles' },
  motion: 'Animaties',
  motionSystem: (reduces) => `Zoals op je apparaat (nu: ${reduces ? 'minder beweging' : 'alle beweging'})`,
  motionReduce: 'Minder beweging',
  motionFull: 'Alle beweging',
  volumeMaster: 'Totaal volume',
  volumeAmbience: 'Omgeving en muziek',
  volumeCues: 'Geluidseffecten',
  volumeHeartbeat: 'Hartslag',
  soundOff: 'Al het geluid uit',
  captionsLabel: 'Ondertitels bij geluid',
  captionsHint: 'Laat tussen haken zien wat er te horen is, zoals [De telefoon gaat over].',
  languageHint: 'Ben je aan het spelen, dan gaat het verhaal meteen verder in de nieuwe taal, op dezelfde plek.',
  languageNames: { nl: 'Nederlands', en: 'English' },
  languageSwitchFailed: (storyLang) =>
    `Het verhaal kon op dit punt niet van taal wisselen, dus je speelt verder in het ${storyLang === 'nl' ? 'Nederlands' : 'Engels'}. Een nieuw spel begint in de taal die je koos.`,
  languageLoadFailed: (wanted) =>
    `${wanted === 'en' ? 'Engels' : 'Nederlands'} kon niet geladen worden: er is geen verbinding. Je speelt verder in het Nederlands; probeer het zo nog eens.`,
  resetSettings: 'Terug naar standaard',
  settingsNotSaved:
    'Je instellingen gelden nu, maar konden niet bewaard worden: de opslag van je browser is vol of geblokkeerd.',
  settingsUnavailable:
    'De instellingen konden niet geladen worden: er is geen verbinding. Je spel loopt gewoon door; probeer het zo weer.',
  percent: (value) => `${value}%`,
};

/** How often, in words: "nooit", "één keer", "3 keer" (never "0×"). */
function keer(n: number): string {
  return n === 0 ? 'nooit' : n === 1 ? 'één keer' : `${n} keer`;
}
