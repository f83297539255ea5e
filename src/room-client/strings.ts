// The words the projector shows about the phones, in Dutch and English (the same keys in
// both: the interface makes a missing one a compile error).
import type { Lang } from '../../common/language.js';
import type { ErrorCode } from '../../common/protocol.js';

export interface RoomStrings {
  readonly panelTitle: string;
  readonly scanOrGoTo: string;
  readonly codeLabel: string;
  readonly qrAlt: (url: string) => string;
  readonly anonymous: string;
  readonly connected: (phones: number) => string;
  readonly voted: (voted: number, phones: number) => string;
  readonly pauses: (count: number) => string;
  readonly connecting: string;
  readonly reconnecting: string;
  readonly closed: string;
  readonly replaced: string;
  readonly notThisLaptop: (address: string) => string;
  readonly refused: (reason: string) => string;
  readonly errors: Readonly<Record<ErrorCode, string>>;
}

const nl: RoomStrings = {
  panelTitle: 'Stem mee met je telefoon',
  scanOrGoTo: 'Scan de code, of ga naar',
  codeLabel: 'Code',
  qrAlt: (url) => `QR-code met het adres ${url}`,
  anonymous:
    'Anoniem: niemand ziet wie wat stemt. Met de pauzeknop op je telefoon zet je het spel stil, zonder dat iemand weet wie.',
  connected: (n) => (n === 1 ? '1 telefoon verbonden' : `${n} telefoons verbonden`),
  voted: (v, n) => `${v} van ${n} ${v === 1 ? 'heeft' : 'hebben'} gestemd`,
  pauses: (n) => (n === 1 ? '1 keer om een pauze gevraagd' : `${n} keer om een pauze gevraagd`),
  connecting: 'Verbinden met de telefoons…',
  reconnecting: 'Verbinding met de telefoons kwijt — opnieuw verbinden…',
  closed: 'Stemmen met de telefoon is gestopt. Tel de handen zoals altijd.',
  replaced: 'Een ander scherm heeft het stemmen met de telefoons overgenomen.',
  notThisLaptop: (address) =>
    `Telefoons kunnen alleen meedoen als je het spel opent op de laptop waarop de workshop draait, via ${address}.`,
  refused: (reason) => `De stemserver weigerde: ${reason}`,
  errors: {
    'bad-json': 'het bericht was onleesbaar.',
    'bad-message': 'het bericht klopte niet.',
    'too-big': 'het bericht was te groot.',
    'too-fast': 'te veel berichten tegelijk.',
    'wrong-room': 'deze code hoort niet bij de stemming.',
    'wrong-secret': 'de sleutel van de begeleider klopt niet.',
    'room-full': 'de groep is vol.',
    'room-locked': 'de groep is op slot: geen nieuwe telefoons.',
    'room-closed': 'de sessie is afgelopen.',
    removed: 'deze telefoon is uit de groep gehaald.',
    'no-such-phone': 'geen telefoon met dat nummer.',
    'device-voted': 'vanaf dit toestel is al gestemd.',
    'device-limit': 'vanaf dit toestel is al te vaak opnieuw meegedaan.',
    'not-joined': 'eerst meedoen.',
    'already-joined': 'al verbonden.',
    'not-participant': 'dat kan alleen een telefoon.',
    'not-facilitator': 'dat kan alleen de begeleider.',
    'no-open-vote': 'er loopt geen stemming.',
    'stale-vote': 'die stemming is al voorbij.',
    'vote-closed': 'de stemming is gesloten.',
    'bad-option': 'die keuze bestaat niet.',
    'duplicate-vote': 'die stem was al geteld.',
    'not-revealed': 'eerst de uitslag tonen.',
    'already-revealed': 'de uitslag is al getoond.',
    'already-committed': 'de keuze is al gemaakt.',
    'not-a-top-option': 'bij stemmen beslist de groep; alleen bij een gelijke stand kies jij.',
    'option-locked': 'die keuze is in het verhaal niet mogelijk.',
    'xcard-too-soon': 'er is net al om een pauze gevraagd.',
  },
};

const en: RoomStrings = {
  panelTitle: 'Vote with your phone',
  scanOrGoTo: 'Scan the code, or go to',
  codeLabel: 'Code',
  qrAlt: (url) => `QR code with the address ${url}`,
  anonymous:
    'Anonymous: nobody sees who votes for what. The pause button on your phone stops the game without anyone knowing who pressed it.',
  connected: (n) => (n === 1 ? '1 phone connected' : `${n} phones connected`),
  voted: (v, n) => `${v} of ${n} ${v === 1 ? 'has' : 'have'} voted`,
  pauses: (n) => (n === 1 ? 'A pause was asked for once' : `A pause was asked for ${n} times`),
  connecting: 'Connecting to the phones…',
  reconnecting: 'Lost the connection to the phones — reconnecting…',
  closed: 'Voting by phone has stopped. Count hands as usual.',
  replaced: 'Another screen has taken over voting by phone.',
  notThisLaptop: (address) =>
    `Phones can only join when the game is opened on the laptop running the workshop, at ${address}.`,
  refused: (reason) => `The vote server refused: ${reason}`,
  errors: {
    'bad-json': 'the message could not be read.',
    'bad-message': 'the message was not right.',
    'too-big': 'the message was too large.',
    'too-fast': 'too many messages at once.',
    'wrong-room': 'this code does not belong to the vote.',
    'wrong-secret': "the facilitator's key is wrong.",
    'room-full': 'the group is full.',
    'room-locked': 'the group is locked: no new phones.',
    'room-closed': 'the session has ended.',
    removed: 'this phone was removed from the group.',
    'no-such-phone': 'no phone has that number.',
    'device-voted': 'this device has already voted.',
    'device-limit': 'this device has joined anew too many times.',
    'not-joined': 'join first.',
    'already-joined': 'already connected.',
    'not-participant': 'only a phone can do that.',
    'not-facilitator': 'only the facilitator can do that.',
    'no-open-vote': 'no vote is open.',
    'stale-vote': 'that vote is already over.',
    'vote-closed': 'the vote has closed.',
    'bad-option': 'that option does not exist.',
    'duplicate-vote': 'that vote was already counted.',
    'not-revealed': 'reveal the votes first.',
    'already-revealed': 'the votes are already revealed.',
    'already-committed': 'the choice is already made.',
    'not-a-top-option': 'in vote mode the group decides; only a tie is yours to break.',
    'option-locked': 'that option cannot be taken in the story.',
    'xcard-too-soon': 'a pause was asked for a moment ago.',
  },
};

export const ROOM_STRINGS: Readonly<Record<Lang, RoomStrings>> = { nl, en };
