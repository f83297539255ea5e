// Modal dialogs on the native <dialog> element: it traps focus, closes on Esc and
// returns focus to where it was, without a line of our own focus-management code.
import { h } from './dom';

export interface DialogButton {
  readonly id: string;
  readonly label: string;
  readonly primary?: boolean;
  readonly disabled?: boolean;
  /** A second line inside the button (a save slot's phase, place and date). */
  readonly description?: string;
}

/**
 * Show a modal with a title, optional body (text or elements) and buttons; resolves with
 * the id of the button pressed, 'cancel' on Esc, or — when `signal` is aborted (the caller
 * closes it: a choice in its body made the answer) — `signal.reason` if it is a string.
 */
export function askDialog(
  host: HTMLElement,
  title: string,
  body: string | Node | null,
  buttons: readonly DialogButton[],
  options: { readonly signal?: AbortSignal } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId });
    const finish = (id: string) => {
      options.signal?.removeEventListener('abort', aborted);
      closeDialog(dialog);
      dialog.remove();
      resolve(id);
    };
    dialog.append(h('h2', { id: titleId }, title));
    if (typeof body === 'string') dialog.append(h('p', {}, body));
    else if (body) dialog.append(body);
    dialog.append(
      h(
        'div',
        { class: 'dialog-buttons' },
        buttons.map((b) =>
          h(
            'button',
            {
              type: 'button',
              class: b.primary ? 'primary' : 'secondary',
              'data-action': b.id,
              disabled: b.disabled ?? false,
              onclick: () => finish(b.id),
            },
            b.description
              ? [
                  h('span', { class: 'button-label' }, b.label),
                  h('span', { class: 'button-description' }, b.description),
                ]
              : b.label,
          ),
        ),
      ),
    );
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish('cancel');
    });
    const aborted = () => finish(typeof options.signal?.reason === 'string' ? options.signal.reason : 'cancel');
    options.signal?.addEventListener('abort', aborted, { once: true });
    host.append(dialog);
    openDialog(dialog);
    // A body may name its own first stop (a form's first field); else the first button.
    (
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLButtonElement>('button:not([disabled])')
    )?.focus();
  });
}

function openDialog(dialog: HTMLDialogElement): void {
  if (typeof dialog.showModal === 'function') {
    try {
      dialog.showModal();
      return;
    } catch {
      // fall through: an environment without modal support still shows the dialog
    }
  }
  dialog.setAttribute('open', '');
}

function closeDialog(dialog: HTMLDialogElement): void {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}
