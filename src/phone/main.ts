// The participant's page (phone.html): read the room code from the link (the QR code), or
// ask for it, and join. Served only by `npm run workshop`; see server/.
import './phone.css';
import { roomUrlFor } from '../room-client/room-socket';
import { PhoneClient, sessionTokenStore } from './phone-client';
import { PhoneView } from './phone-view';
import { browserLang, phoneWords } from './strings';

const root = document.getElementById('phone');
if (!root) throw new Error('phone.html has no #phone element');

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const params = new URLSearchParams(location.search);
const tokens = sessionTokenStore(sessionStorageOrNull());
// Both languages at once: the phone follows the room's, which may switch at any moment.
void phoneWords.loadAll().then((words) => {
  new PhoneView({
    root,
    lang: browserLang(navigator.languages, params.get('lang')),
    words,
    code: params.get('room'),
    connect: (code) => new PhoneClient(code, tokens, { url: roomUrlFor(location), environment: window }),
  });
});
