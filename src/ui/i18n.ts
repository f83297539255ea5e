// Every string the shell shows, in Dutch and English. The story's own text lives in
// story/; these are the words around it. Both languages have exactly the same keys
// (the type makes a missing one a compile error).
import type { EndingId, Lang, SceneId, SoundCue, StepKind } from '../engine/types';
import type { FontChoice, LineSpacing, TextSpeed } from '../persistence/settings';

export interface Strings {
  readonly gameTitle: string;
  readonly tagline: string;
  readonly newGame: string;
  readonly continueGame: string;
  readonly workshop: string;
  readonly savedAt: (phase: number, scene: string, when: string) => string;
  readonly language: string;
  readonly partnerName: string;
  readonly partnerNameHint: string;
  readonly partnerPronoun: string;
  readonly pronounHe: string;
  readonly pronounShe: string;
  readonly contentNoteTitle: string;
  readonly contentNote: string;
  readonly helpPointer: string;
  readonly replaceSaveQuestion: string;
  readonly menu: string;
  readonly mute: string;
  readonly menuTitle: string;
  readonly resume: string;
  readonly rewind: string;
  readonly exportSave: string;
  readonly importSave: string;
  readonly quitToTitle: string;
  readonly history: string;
  readonly historyEmpty: string;
  readonly contentAndHelp: string;
  readonly close: string;
  readonly youChose: string;
  readonly lockedLabel: (reason: string) => string;
  readonly choicesLabel: string;
  readonly storyLabel: string;
  readonly metersLabel: string;
  readonly meterPursue: string;
  readonly meterWithdraw: string;
  readonly meterDistance: string;
  readonly meterDisappointments: string;
  readonly phaseLabel: (phase: number) => string;
  readonly phaseNames: Readonly<Record<number, string>>;
  readonly sceneNames: Readonly<Record<SceneId, string>>;
  readonly captions: Readonly<Record<SoundCue, string>>;
  readonly movement: (step: StepKind, name: string) => string;
  readonly pauseMark: (phase: number) => string;
  readonly endingTitle: string;
  readonly endingNames: Readonly<Record<EndingId, string>>;
  readonly endingSummary: (counts: { pursued: number; withdrew: number; grounded: number; held: number; rounds: number }) => string;
  readonly playAgain: string;
  readonly toTitle: string;
  readonly keysHint: string;
  readonly skipHint: string;
  // messages: what went wrong and what was kept
  readonly stageUnavailable: string;
  readonly stageFailed: string;
  readonly storageUnavailable: string;
  readonly storageFull: string;
  readonly saveNotJson: string;
  readonly saveNotOurs: string;
  readonly saveDamaged: string;
  readonly saveNewer: string;
  readonly saveOtherBuild: string;
  readonly saveOtherLanguage: string;
  readonly saveKeptAside: string;
  readonly saveReplayed: string;
  readonly saveImported: string;
  readonly saveExported: string;
  readonly inkError: string;
  readonly storyLoadFailed: string;
  readonly unexpectedError: string;
  readonly dismiss: string;
  // saving and loading by hand
  readonly save: string;
  readonly load: string;
  readonly saveTitle: string;
  readonly loadTitle: string;
  readonly slotName: (slot: number) => string;
  readonly autosaveName: string;
  readonly slotEmpty: string;
  readonly slotDamaged: string;
  readonly slotEnded: (ending: string, when: string) => string;
  readonly overwriteQuestion: (slot: string, holds: string) => string;
  readonly overwrite: string;
  readonly cancel: string;
  readonly savedToSlot: (slot: string) => string;
  readonly slotNotSavedFull: string;
  readonly slotNotSavedUnavailable: string;
  readonly loadReplacesQuestion: string;
  readonly loadedFrom: (slot: string) => string;
  readonly nothingSaved: string;
  // settings
  readonly settings: string;
  readonly settingsReading: string;
  readonly settingsMotion: string;
  readonly settingsSound: string;
  readonly textSize: string;
  readonly lineSpacing: string;
  readonly lineSpacingNames: Readonly<Record<LineSpacing, string>>;
  readonly font: string;
  readonly fontNames: Readonly<Record<FontChoice, string>>;
  readonly highContrast: string;
  readonly textSpeed: string;
  readonly textSpeedNames: Readonly<Record<TextSpeed, string>>;
  readonly motion: string;
  readonly motionSystem: (deviceReduces: boolean) => string;
  readonly motionReduce: string;
  readonly motionFull: string;
  readonly volumeMaster: string;
  readonly volumeAmbience: string;
  readonly volumeCues: string;
  readonly volumeHeartbeat: string;
  readonly soundOff: string;
  readonly captionsLabel: string;
  readonly captionsHint: string;
  readonly languageHint: string;
  readonly languageNames: Readonly<Record<Lang, string>>;
  readonly languageSwitchFailed: (storyLang: Lang) => string;
  readonly resetSettings: string;
  readonly settingsNotSaved: string;
  readonly settingsUnavailable: string;
  readonly percent: (value: number) => string;
}

const nl: Strings = {
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
  contentNoteTitle: 'Voordat je begint',
  contentNote:
    'Dit verhaal gaat over verliefdheid die pijn doet: afwijzing, ontrouw en sombere dagen komen erin voor. Het is een spel om een patroon te leren zien, geen test en geen therapie. Je kunt altijd pauzeren met Esc.',
  helpPointer:
    'Raakt dit verhaal iets wat je zelf meedraagt? Praat erover met iemand die je vertrouwt, met je huisarts, of met De Luisterlijn (088 0767 000, dag en nacht). Denk je aan zelfdoding, bel 113 (0800 0113).',
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
    1: 'De opening',
    2: 'Dansen met tegenstrijdige passen',
    3: 'Bijna uitgedanst',
    4: 'Dan toch het onvermijdelijke einde',
    5: 'Na de laatste passen',
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
    `Je deed ${pursued}× een stap naar de ander toe, liep ${withdrew}× weg en bleef ${grounded}× bij jezelf. ${held} grens${held === 1 ? '' : 'en'} hield${held === 1 ? '' : 'en'} stand; ${rounds}× zwaaide de dans terug.`,
  playAgain: 'Opnieuw beginnen',
  toTitle: 'Naar het titelscherm',
  keysHint: 'Toetsen: 1–9 kiezen · Spatie of Enter: tekst meteen tonen · Backspace: keuze terug · Esc: menu',
  skipHint: 'Spatie of Enter toont de tekst meteen.',
  stageUnavailable: 'De dansvloer kan op dit apparaat niet getekend worden (geen WebGL). Het verhaal speel je volledig als tekst.',
  stageFailed: 'De dansvloer kon niet geladen worden. Het verhaal speel je gewoon verder als tekst.',
  storageUnavailable:
    'Deze browser laat het spel niets bewaren (bijvoorbeeld in privévenster). Je kunt spelen; exporteer je spel via het menu als je later verder wilt.',
  storageFull: 'Je spel kon niet bewaard worden: de opslag van je browser is vol. Exporteer je spel via het menu om het te bewaren.',
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
  inkError: 'Er ging iets mis in het verhaal op dit punt. Je bent teruggezet naar vlak voor je laatste keuze; niets is verloren.',
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
  overwriteQuestion: (slot, holds) => `In ${slot.toLowerCase()} staat al een spel (${holds}). Wil je het overschrijven?`,
  overwrite: 'Overschrijven',
  cancel: 'Annuleren',
  savedToSlot: (slot) => `Bewaard in ${slot.toLowerCase()}.`,
  slotNotSavedFull:
    'Niet bewaard: de opslag van je browser is vol. Wat er in deze plek stond, staat er nog. Exporteer je spel als bestand om het te bewaren.',
  slotNotSavedUnavailable: 'Niet bewaard: deze browser laat het spel niets bewaren. Exporteer je spel als bestand om het te bewaren.',
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
    serif: 'Boekletter (met schreef)',
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
  resetSettings: 'Terug naar standaard',
  settingsNotSaved: 'Je instellingen gelden nu, maar konden niet bewaard worden: de opslag van je browser is vol of geblokkeerd.',
  settingsUnavailable: 'De instellingen konden niet geladen worden: er is geen verbinding. Je spel loopt gewoon door; probeer het zo weer.',
  percent: (value) => `${value}%`,
};

const en: Strings = {
  gameTitle: 'De dans',
  tagline: 'On pursuing and withdrawing — and what happens when you stand still.',
  newGame: 'New game',
  continueGame: 'Continue',
  workshop: 'Workshop',
  savedAt: (phase, scene, when) => `Phase ${phase} · ${scene} · saved ${when}`,
  language: 'Language',
  partnerName: 'Your love’s name',
  partnerNameHint: 'Pick a name that feels right; leave it empty for Sam.',
  partnerPronoun: 'Your love’s pronouns',
  pronounHe: 'he / him',
  pronounShe: 'she / her',
  contentNoteTitle: 'Before you begin',
  contentNote:
    'This story is about a love that hurts: it touches on rejection, infidelity and low mood. It is a game for seeing a pattern, not a test and not therapy. You can pause at any time with Esc.',
  helpPointer:
    'Does this story touch something you carry yourself? Talk to someone you trust, to your doctor, or to a listening line — in the Netherlands De Luisterlijn (088 0767 000, day and night). If you think about suicide, call 113 (0800 0113) or your local crisis line.',
  replaceSaveQuestion: 'There is a saved game already. A new game replaces it. Would you like to export your game first?',
  menu: 'Menu',
  mute: 'Mute',
  menuTitle: 'Paused',
  resume: 'Continue',
  rewind: 'Rewind one choice',
  exportSave: 'Export game to a file',
  importSave: 'Import game from a file',
  quitToTitle: 'Quit to title',
  history: 'What you read',
  historyEmpty: 'Nothing read yet.',
  contentAndHelp: 'About this story, and help',
  close: 'Close',
  youChose: 'You chose',
  lockedLabel: (reason) => `Out of reach: ${reason}`,
  choicesLabel: 'Choices',
  storyLabel: 'Story',
  metersLabel: 'The dance',
  meterPursue: 'Pursuing',
  meterWithdraw: 'Withdrawing',
  meterDistance: 'Distance',
  meterDisappointments: 'Disappointments',
  phaseLabel: (phase) => `Phase ${phase}`,
  phaseNames: {
    1: 'The opening',
    2: 'Dancing with contradictory steps',
    3: 'Almost danced out',
    4: 'The inevitable end after all',
    5: 'After the last steps',
  },
  sceneNames: {
    party: 'the party',
    home: 'home',
    bar: 'the bar',
    bedroom: 'the bedroom',
    cafe: 'the café',
    door: 'the front door',
    festival: 'the festival',
    desk: 'the desk',
    'party-later': 'the party, months later',
  },
  captions: {
    sms: '[Your phone: a message]',
    ring: '[The phone rings]',
    buzz: '[Your phone buzzes]',
    knock: '[A knock at the door]',
    door: '[A door]',
    pen: '[A pen on paper]',
    crowd: '[The crowd swells]',
    heartbeat: '[Your heart pounds]',
  },
  movement: (step, name) =>
    step === 'pursue'
      ? `You step closer. ${name} steps back.`
      : step === 'withdraw'
        ? `You turn away. ${name} comes closer.`
        : `You stand still, centred. ${name} neither flees nor follows.`,
  pauseMark: (phase) => `End of phase ${phase}`,
  endingTitle: 'The end',
  endingNames: {
    cycle: 'The dance begins again',
    'role-switch': 'The roles reversed',
    'closed-heart': 'The closed heart',
    'step-out': 'Stepping out of the dance',
  },
  endingSummary: ({ pursued, withdrew, grounded, held, rounds }) =>
    `You stepped toward ${pursued} time${pursued === 1 ? '' : 's'}, walked away ${withdrew} time${withdrew === 1 ? '' : 's'} and stayed with yourself ${grounded} time${grounded === 1 ? '' : 's'}. ${held} boundar${held === 1 ? 'y' : 'ies'} held; the dance swung back ${rounds} time${rounds === 1 ? '' : 's'}.`,
  playAgain: 'Begin again',
  toTitle: 'Back to title',
  keysHint: 'Keys: 1–9 choose · Space or Enter: show text at once · Backspace: rewind · Esc: menu',
  skipHint: 'Space or Enter shows the text at once.',
  stageUnavailable: 'The dance floor can’t be drawn on this device (no WebGL). The story plays in full as text.',
  stageFailed: 'The dance floor could not be loaded. The story goes on as text.',
  storageUnavailable:
    'This browser doesn’t let the game save anything (a private window, perhaps). You can play; export your game from the menu if you want to continue later.',
  storageFull: 'Your game could not be saved: the browser’s storage is full. Export your game from the menu to keep it.',
  saveNotJson: 'This saved game is damaged or not a De dans file.',
  saveNotOurs: 'This file is not a De dans saved game.',
  saveDamaged: 'This saved game is damaged and cannot be loaded.',
  saveNewer: 'This game was saved by a newer version of De dans. Update the game to continue.',
  saveOtherBuild: 'This game was saved with an earlier version of the story, and its path no longer exists.',
  saveOtherLanguage: 'This game was saved in another language.',
  saveKeptAside: 'The old file has been set aside, not deleted; you can still export it.',
  saveReplayed: 'The story has been updated since you saved; your place was found again.',
  saveImported: 'Game loaded.',
  saveExported: 'Your game was downloaded as a file.',
  inkError: 'Something went wrong in the story at this point. You are back just before your last choice; nothing is lost.',
  storyLoadFailed: 'The story could not be loaded. Check your connection and reload the page.',
  unexpectedError: 'Something unexpected went wrong. Your progress up to your last choice is saved.',
  dismiss: 'OK',
  save: 'Save',
  load: 'Load',
  saveTitle: 'Save game',
  loadTitle: 'Load game',
  slotName: (slot) => `Slot ${slot}`,
  autosaveName: 'Autosave',
  slotEmpty: 'Empty',
  slotDamaged: 'Damaged, cannot be loaded',
  slotEnded: (ending, when) => `Ended: ${ending} · saved ${when}`,
  overwriteQuestion: (slot, holds) => `${slot} already holds a game (${holds}). Save over it?`,
  overwrite: 'Save over it',
  cancel: 'Cancel',
  savedToSlot: (slot) => `Saved in ${slot.toLowerCase()}.`,
  slotNotSavedFull:
    'Not saved: the browser’s storage is full. Whatever this slot held is still there. Export your game to a file to keep it.',
  slotNotSavedUnavailable: 'Not saved: this browser doesn’t let the game save anything. Export your game to a file to keep it.',
  loadReplacesQuestion: 'Loading replaces the game you are playing now. Would you like to export it first?',
  loadedFrom: (slot) => `Loaded: ${slot.toLowerCase()}.`,
  nothingSaved: 'Nothing saved yet.',
  settings: 'Settings',
  settingsReading: 'Reading',
  settingsMotion: 'Motion and pace',
  settingsSound: 'Sound',
  textSize: 'Text size',
  lineSpacing: 'Line spacing',
  lineSpacingNames: { 1.4: 'Compact', 1.6: 'Normal', 1.9: 'Open', 2.2: 'Very open' },
  font: 'Typeface',
  fontNames: {
    serif: 'Book (serif)',
    sans: 'Plain (sans serif)',
    readable: 'Open and wide (easier with dyslexia)',
  },
  highContrast: 'High contrast',
  textSpeed: 'Text speed',
  textSpeedNames: { slow: 'Slow', normal: 'Normal', fast: 'Fast', instant: 'Instant' },
  motion: 'Animation',
  motionSystem: (reduces) => `As your device says (now: ${reduces ? 'reduced motion' : 'full motion'})`,
  motionReduce: 'Reduced motion',
  motionFull: 'Full motion',
  volumeMaster: 'Overall volume',
  volumeAmbience: 'Ambience and music',
  volumeCues: 'Sound effects',
  volumeHeartbeat: 'Heartbeat',
  soundOff: 'All sound off',
  captionsLabel: 'Captions for sounds',
  captionsHint: 'Shows what can be heard in brackets, such as [The phone rings].',
  languageHint: 'During a game, the story carries on in the new language at once, in the same place.',
  languageNames: { nl: 'Nederlands', en: 'English' },
  languageSwitchFailed: (storyLang) =>
    `The story could not switch language at this point, so you carry on in ${storyLang === 'nl' ? 'Dutch' : 'English'}. A new game starts in the language you chose.`,
  resetSettings: 'Restore defaults',
  settingsNotSaved: 'Your settings apply now, but could not be kept: the browser’s storage is full or blocked.',
  settingsUnavailable: 'Settings could not be loaded: there is no connection. Your game carries on; try again in a moment.',
  percent: (value) => `${value}%`,
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { nl, en };

/** The browser's preferred language if we have it, else Dutch (the book's language). */
export function preferredLanguage(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'nl';
}
