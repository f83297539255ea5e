// The line between the facilitator's window and the projector window. Two windows of the
// same origin on the laptop talk through a BroadcastChannel — with the phone server and
// without it (counting hands), since both are pages of the same laptop. The presenter
// speaks, the audience listens: a projector window that opens (or reloads) says hello and
// the presenter answers with the view of the moment, so it is back on the same screen at once.
import type { AudienceView } from './audience-view';

export const AUDIENCE_CHANNEL = 'de-dans-workshop-audience';

type Message = { readonly type: 'view'; readonly view: AudienceView } | { readonly type: 'hello' };

/** The BroadcastChannel constructor, injectable for tests; absent in very old browsers. */
export type ChannelFactory = ((name: string) => BroadcastChannel) | null;

export function defaultChannelFactory(): ChannelFactory {
  return typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null;
}

/** The presenter's end: publishes every view, and the latest again to a window that says hello. */
export class PresenterLink {
  private readonly channel: BroadcastChannel | null;
  private last: AudienceView | null = null;

  constructor(factory: ChannelFactory = defaultChannelFactory()) {
    this.channel = factory?.(AUDIENCE_CHANNEL) ?? null;
    this.channel?.addEventListener('message', this.onMessage);
  }

  publish(view: AudienceView): void {
    this.last = view;
    this.post({ type: 'view', view });
  }

  close(): void {
    this.channel?.removeEventListener('message', this.onMessage);
    this.channel?.close();
  }

  private readonly onMessage = (event: MessageEvent<Message>): void => {
    if (event.data?.type === 'hello' && this.last) this.post({ type: 'view', view: this.last });
  };

  private post(message: Message): void {
    try {
      this.channel?.postMessage(message);
    } catch (error) {
      console.warn('[workshop] the projector window could not be told:', error);
    }
  }
}

/** The audience's end: hears every view; asks for the current one when it opens. */
export class AudienceLink {
  private readonly channel: BroadcastChannel | null;

  constructor(
    private readonly onView: (view: AudienceView) => void,
    factory: ChannelFactory = defaultChannelFactory(),
  ) {
    this.channel = factory?.(AUDIENCE_CHANNEL) ?? null;
    this.channel?.addEventListener('message', this.onMessage);
  }

  /** False when this browser has no way to hear the presenter. */
  get available(): boolean {
    return this.channel !== null;
  }

  hello(): void {
    this.channel?.postMessage({ type: 'hello' } satisfies Message);
  }

  close(): void {
    this.channel?.removeEventListener('message', this.onMessage);
    this.channel?.close();
  }

  private readonly onMessage = (event: MessageEvent<Message>): void => {
    if (event.data?.type === 'view') this.onView(event.data.view);
  };
}
