// A choice can be taken only once the player has seen it: the gate opens after the reveal
// has ended and the choices have been painted fully shown, plus a short dwell so a key
// pressed (or a tap landed) for the previous beat never falls through to this one. It
// closes again the moment a choice is taken or a new beat is shown.

/** Milliseconds the choices stay on screen, fully shown, before they can be taken. */
export const CHOICE_DWELL_MS = 120;

export class ChoiceGate {
  private isOpen = false;
  private pending = 0;

  /** @param mark told whenever the gate opens or closes (the view marks the choices). */
  constructor(private readonly mark: (open: boolean) => void) {}

  get open(): boolean {
    return this.isOpen;
  }

  close(): void {
    this.pending += 1; // an opening under way is forgotten
    if (!this.isOpen) return;
    this.isOpen = false;
    this.mark(false);
  }

  /** Open once the next frame has been painted and the dwell has passed. */
  openAfterPaint(): void {
    if (this.isOpen) return;
    const ticket = ++this.pending;
    const open = () => {
      if (ticket !== this.pending) return;
      this.isOpen = true;
      this.mark(true);
    };
    const dwell = () => setTimeout(open, CHOICE_DWELL_MS);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(dwell);
    else dwell();
  }
}
