// The words of the facilitator's own tools, in Dutch and English: jumping and replaying,
// the presenter's window (notes, the next discussion, pauses, the room), the room's view
// on the projector and the lobby. Part of workshop mode's one catalogue (strings.ts
// merges it); both languages have exactly the same keys.
import type { Lang } from '../engine/types';
import type { KeyHelp } from './strings';

export interface PresenterStrings {
  // jumping and replaying
  readonly jumpTitle: string;
  readonly jumpBackTo: (phase: number, name: string) => string;
  readonly jumpSkipTo: (phase: number, name: string) => string;
  readonly jumpSkipToEnd: string;
  readonly jumpBackConfirm: (phase: number) => string;
  readonly jumpNothing: string;
  readonly replayTitle: string;
  readonly replayHint: string;
  readonly replayItem: (n: number, phase: number, text: string) => string;
  readonly replayNothing: string;
  readonly replayBanner: (n: number) => string;
  readonly replayReturn: string;
  readonly replayOurChoice: string;
  readonly replayChose: string;
  readonly replayEnded: string;
  readonly cancel: string;
  // the presenter's window: only the facilitator sees it
  readonly presenterTitle: string;
  readonly openProjector: string;
  readonly projectorHint: string;
  readonly roomView: string;
  readonly presenterView: string;
  readonly liveTitle: string;
  readonly votedOf: (voted: number, of: number) => string;
  readonly handsCounted: (n: number) => string;
  readonly noVoteOpen: string;
  readonly nextTalkTitle: string;
  readonly nextTalkAfter: (phase: number) => string;
  readonly nextTalkNone: string;
  readonly notesTitle: string;
  readonly phaseNotes: Readonly<Record<number, string>>;
  readonly pausesTitle: string;
  readonly pausesNone: string;
  readonly pauseAskedAt: (time: string) => string;
  readonly pauseRepeated: (recent: number) => string;
  readonly pauseNow: string;
  readonly roomTitle: string;
  readonly roomPhones: (n: number) => string;
  readonly lockRoom: string;
  readonly unlockRoom: string;
  readonly roomLockedNote: string;
  readonly showPhones: string;
  readonly phoneEntry: (badge: string, connected: boolean, strikes: number) => string;
  readonly removePhone: (badge: string) => string;
  readonly removeConfirm: (badge: string) => string;
  readonly removed: (badge: string) => string;
  readonly newCode: string;
  readonly newCodeDone: (code: string) => string;
  readonly autoCommitLabel: string;
  readonly autoCommitHint: string;
  readonly autoCommitted: string;
  readonly autoCommitWaits: string;
  readonly presenterKeys: readonly KeyHelp[];
  // the room's view: the projector
  readonly audienceWaiting: string;
  readonly audienceNoChannel: string;
  readonly voteOnPhones: string;
  readonly voteByHands: string;
  readonly meterChange: (from: number, to: number) => string;
  readonly metersTitle: string;
  // the lobby
  readonly lobbyTitle: string;
  readonly lobbyScan: string;
  readonly lobbyCode: string;
  readonly lobbyQrAlt: (url: string) => string;
  readonly lobbyPhones: (n: number) => string;
  readonly lobbyHands: string;
  readonly lobbyBegin: string;
  readonly lobbyWelcome: string;
}

const nl: PresenterStrings = {
  jumpTitle: 'Naar een fase springen',
  jumpBackTo: (phase, name) => `Terug naar het begin van fase ${phase}: ${name}`,
  jumpSkipTo: (phase, name) => `De rest overslaan, door naar fase ${phase}: ${name}`,
  jumpSkipToEnd: 'De rest overslaan, door naar het einde',
  jumpBackConfirm: (phase) =>
    `Terug naar het begin van fase ${phase}? Wat de groep vanaf daar speelde, blijft bewaard als eerdere versie en komt terug in de nabespreking.`,
  jumpNothing: 'Er is nog geen fase om naartoe te springen.',
  replayTitle: 'Een keuze overdoen',
  replayHint: 'Kies een eerdere keuze. Daar nemen we een zijpad: het pad van de groep blijft zoals het was.',
  replayItem: (n, phase, text) => `${n}. (fase ${phase}) ${text}`,
  replayNothing: 'Er is nog geen keuze om over te doen.',
  replayBanner: (n) => `Zijpad vanaf keuze ${n} — wat als we iets anders hadden gekozen?`,
  replayReturn: 'Terug naar ons pad',
  replayOurChoice: 'onze keuze',
  replayChose: 'Op het zijpad kozen we',
  replayEnded: 'Dit zijpad loopt hier af.',
  cancel: 'Annuleren',
  presenterTitle: 'Alleen voor jou',
  openProjector: 'Projectievenster openen',
  projectorHint:
    'Sleep het venster naar de projector en druk daar op F voor volledig scherm. Eén scherm (gespiegeld)? Druk dan hier op V: dit venster toont dan wat de zaal ziet.',
  roomView: 'Zaalbeeld (V)',
  presenterView: 'Terug naar mijn scherm (V)',
  liveTitle: 'Nu',
  votedOf: (voted, of) => `${voted} van ${of} gestemd`,
  handsCounted: (n) => (n === 1 ? '1 hand geteld' : `${n} handen geteld`),
  noVoteOpen: 'Er loopt geen stemming.',
  nextTalkTitle: 'Volgend gesprek',
  nextTalkAfter: (phase) => `Na fase ${phase}:`,
  nextTalkNone: 'Geen pauzes meer: hierna volgt de nabespreking.',
  notesTitle: 'Aantekeningen',
  phaseNotes: {
    1: 'De eerste stemmingen gaan langzaam. Leg de toetsen uit terwijl je speelt.',
    2: 'Heen en weer: vraag wat de partner doet na elke stap.',
    3: 'Het café en de nacht erna zijn de zwaarste scènes. Check bij de groep voor je verdergaat.',
    4: 'Het festival, de derde teleurstelling, de brief. Hou de klok in het oog.',
    5: 'Het einde. Laat ruimte voor stilte voor de nabespreking.',
  },
  pausesTitle: 'Pauzes',
  pausesNone: 'Nog niemand vroeg om een pauze.',
  pauseAskedAt: (time) => `Om ${time} vroeg iemand om een pauze.`,
  pauseRepeated: (recent) =>
    `Er wordt opnieuw om een pauze gevraagd (${recent} keer in tien minuten). Zet het spel stil (X) of ga verder.`,
  pauseNow: 'Nu pauzeren (X)',
  roomTitle: 'De groep',
  roomPhones: (n) => (n === 1 ? '1 telefoon verbonden' : `${n} telefoons verbonden`),
  lockRoom: 'Groep sluiten',
  unlockRoom: 'Groep weer openen',
  roomLockedNote: 'Gesloten: nieuwe telefoons kunnen niet meer meedoen; wie al meedoet, kan terugkomen.',
  showPhones: 'Telefoons tonen',
  phoneEntry: (badge, connected, strikes) =>
    `Telefoon ${badge}${connected ? '' : ' (slaapt)'}${strikes > 0 ? ` — ${strikes} keer geweigerd` : ''}`,
  removePhone: (badge) => `Telefoon ${badge} verwijderen`,
  removeConfirm: (badge) =>
    `Telefoon ${badge} uit de groep halen? Zijn stem in deze keuze vervalt en hij kan niet terug met deze code. Geef daarna een nieuwe code, zodat hij ook niet via een ander toestel terugkomt.`,
  removed: (badge) => `Telefoon ${badge} is uit de groep gehaald.`,
  newCode: 'Nieuwe code',
  newCodeDone: (code) => `De nieuwe code is ${code}. Wie al meedoet, merkt er niets van.`,
  autoCommitLabel: 'Als de tijd om is: de uitslag tonen en de keuze van de groep nemen',
  autoCommitHint: 'Bij een gelijke stand of bij advies kies jij nog steeds zelf.',
  autoCommitted: 'De tijd is om: de keuze van de groep is genomen.',
  autoCommitWaits: 'De tijd is om: kies zelf een optie.',
  presenterKeys: [
    { keys: 'V', does: 'dit venster: mijn scherm of het zaalbeeld' },
    { keys: 'P', does: 'het projectievenster openen' },
  ],
  audienceWaiting: 'Wachten op het venster van de begeleider…',
  audienceNoChannel:
    'Deze browser kan het venster van de begeleider niet horen. Druk daar op V om het zaalbeeld in dat venster te tonen.',
  voteOnPhones: 'Stem op je telefoon',
  voteByHands: 'Steek je hand op',
  meterChange: (from, to) => `${from} → ${to}`,
  metersTitle: 'Hoe de dans staat',
  lobbyTitle: 'Doe mee met je telefoon',
  lobbyScan: 'Scan de code, of ga naar',
  lobbyCode: 'Code',
  lobbyQrAlt: (url) => `QR-code met het adres ${url}`,
  lobbyPhones: (n) => (n === 1 ? '1 telefoon doet mee' : `${n} telefoons doen mee`),
  lobbyHands: 'We stemmen met handen: telefoons zijn niet nodig.',
  lobbyBegin: 'Beginnen',
  lobbyWelcome: 'Welkom. We beginnen zo.',
};

const en: PresenterStrings = {
  jumpTitle: 'Jump to a phase',
  jumpBackTo: (phase, name) => `Back to the start of phase ${phase}: ${name}`,
  jumpSkipTo: (phase, name) => `Skip the rest, on to phase ${phase}: ${name}`,
  jumpSkipToEnd: 'Skip the rest, on to the end',
  jumpBackConfirm: (phase) =>
    `Back to the start of phase ${phase}? What the group played from there is kept as an earlier take and comes back in the debrief.`,
  jumpNothing: 'There is no phase to jump to yet.',
  replayTitle: 'Replay a choice',
  replayHint: 'Pick an earlier choice. We take a side path from there; the group’s own path stays as it was.',
  replayItem: (n, phase, text) => `${n}. (phase ${phase}) ${text}`,
  replayNothing: 'There is no choice to replay yet.',
  replayBanner: (n) => `Side path from choice ${n} — what if we had chosen differently?`,
  replayReturn: 'Back to our path',
  replayOurChoice: 'our choice',
  replayChose: 'On the side path we chose',
  replayEnded: 'This side path ends here.',
  cancel: 'Cancel',
  presenterTitle: 'For you only',
  openProjector: 'Open the projector window',
  projectorHint:
    'Drag the window to the projector and press F there for full screen. One screen (mirrored)? Press V here: this window then shows what the room sees.',
  roomView: 'Room view (V)',
  presenterView: 'Back to my view (V)',
  liveTitle: 'Now',
  votedOf: (voted, of) => `${voted} of ${of} voted`,
  handsCounted: (n) => (n === 1 ? '1 hand counted' : `${n} hands counted`),
  noVoteOpen: 'No vote is open.',
  nextTalkTitle: 'Next discussion',
  nextTalkAfter: (phase) => `After phase ${phase}:`,
  nextTalkNone: 'No more pauses: the debrief comes next.',
  notesTitle: 'Notes',
  phaseNotes: {
    1: 'The first votes go slowly. Explain the keys as you go.',
    2: 'Back and forth: ask what the partner does after each step.',
    3: 'The café and the night after are the heaviest scenes. Check in with the room before going on.',
    4: 'The festival, the third disappointment, the letter. Keep an eye on the clock.',
    5: 'The ending. Leave room for silence before the debrief.',
  },
  pausesTitle: 'Pauses',
  pausesNone: 'Nobody has asked for a pause yet.',
  pauseAskedAt: (time) => `At ${time} someone asked for a pause.`,
  pauseRepeated: (recent) =>
    `A pause is asked for again (${recent} times in ten minutes). Pause the game (X) or carry on.`,
  pauseNow: 'Pause now (X)',
  roomTitle: 'The room',
  roomPhones: (n) => (n === 1 ? '1 phone connected' : `${n} phones connected`),
  lockRoom: 'Lock the room',
  unlockRoom: 'Open the room again',
  roomLockedNote: 'Locked: new phones cannot join; phones already in can come back.',
  showPhones: 'Show the phones',
  phoneEntry: (badge, connected, strikes) =>
    `Phone ${badge}${connected ? '' : ' (asleep)'}${strikes > 0 ? ` — refused ${strikes} times` : ''}`,
  removePhone: (badge) => `Remove phone ${badge}`,
  removeConfirm: (badge) =>
    `Take phone ${badge} out of the room? Its vote in this choice is dropped and it cannot come back with this code. Then give a new code, so it cannot come back from another device either.`,
  removed: (badge) => `Phone ${badge} has been taken out of the room.`,
  newCode: 'New code',
  newCodeDone: (code) => `The new code is ${code}. Phones already in notice nothing.`,
  autoCommitLabel: 'When time runs out: reveal, and take the room’s choice',
  autoCommitHint: 'A tie, or advise mode, still waits for you to choose.',
  autoCommitted: 'Time is up: the room’s choice is taken.',
  autoCommitWaits: 'Time is up: choose an option yourself.',
  presenterKeys: [
    { keys: 'V', does: 'this window: my view or the room view' },
    { keys: 'P', does: 'open the projector window' },
  ],
  audienceWaiting: 'Waiting for the facilitator’s window…',
  audienceNoChannel:
    'This browser cannot hear the facilitator’s window. Press V there to show the room view in that window.',
  voteOnPhones: 'Vote on your phone',
  voteByHands: 'Raise your hand',
  meterChange: (from, to) => `${from} → ${to}`,
  metersTitle: 'Where the dance stands',
  lobbyTitle: 'Join in with your phone',
  lobbyScan: 'Scan the code, or go to',
  lobbyCode: 'Code',
  lobbyQrAlt: (url) => `QR code with the address ${url}`,
  lobbyPhones: (n) => (n === 1 ? '1 phone has joined' : `${n} phones have joined`),
  lobbyHands: 'We vote by raising hands: no phones needed.',
  lobbyBegin: 'Begin',
  lobbyWelcome: 'Welcome. We begin in a moment.',
};

export const PRESENTER_STRINGS: Readonly<Record<Lang, PresenterStrings>> = { nl, en };
