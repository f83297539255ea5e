// Where a session's story comes from: the compiled route of the side the group plays, in
// its language (each loaded once, on first use); a new run from Session 0's settings, or a
// kept session rebuilt on the route and in the language it was played in.
import type { Lang, Side } from '../engine/types';
import type { CompiledStoryModule } from '../ui/app';
import type { SessionFile } from './session-file';
import type { SessionSetup } from './session-setup';
import { WorkshopRun } from './workshop-run';

/** The compiled stories, each side's route in each language loaded once, on first use. */
export class StoryShelf {
  private readonly stories = new Map<string, CompiledStoryModule>();

  constructor(
    private readonly load: (lang: Lang, side: Side) => Promise<CompiledStoryModule>,
    private readonly failed: () => void,
  ) {}

  /** `side`'s route in `lang`, or null (and the failure said) when it cannot be loaded. */
  async get(lang: Lang, side: Side): Promise<CompiledStoryModule | null> {
    const key = `${side}/${lang}`;
    const cached = this.stories.get(key);
    if (cached) return cached;
    try {
      const story = await this.load(lang, side);
      this.stories.set(key, story);
      return story;
    } catch {
      this.failed();
      return null;
    }
  }
}

/** A new session on the route Session 0 chose; null when its story cannot be loaded (the shelf said so). */
export async function startRun(
  stories: StoryShelf,
  setup: SessionSetup,
  id: string,
  now: Date,
): Promise<WorkshopRun | null> {
  const story = await stories.get(setup.lang, setup.side);
  if (!story) return null;
  return WorkshopRun.begin(
    { json: story.json, hash: story.hash, lang: setup.lang, side: setup.side },
    {
      id,
      settings: { partnerName: setup.partnerName, partnerPronoun: setup.partnerPronoun, veilInfidelity: setup.veil },
      agreements: setup.agreements,
      now,
    },
  );
}

/**
 * A kept session, rebuilt on its own side's route in its own language; null when the story
 * cannot be loaded (the shelf said so) or the session does not fit it (`refused` is told why).
 */
export async function resumeRun(
  stories: StoryShelf,
  session: SessionFile,
  refused: (error: unknown) => void,
): Promise<WorkshopRun | null> {
  const story = await stories.get(session.lang, session.side);
  if (!story) return null;
  try {
    return WorkshopRun.resume({ json: story.json, hash: story.hash, lang: session.lang, side: session.side }, session);
  } catch (error) {
    refused(error);
    return null;
  }
}

/** Session 0's settings as a kept session had them (what it does not keep stays as set). */
export function setupOf(setup: SessionSetup, session: SessionFile): SessionSetup {
  const { settings } = session;
  return {
    ...setup,
    lang: session.lang,
    side: session.side,
    partnerName: settings.partnerName,
    partnerPronoun: settings.partnerPronoun,
    veil: settings.veilInfidelity,
    agreements: session.agreements,
  };
}
