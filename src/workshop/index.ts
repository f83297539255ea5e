// Workshop mode's way in. main.ts imports this lazily (its own chunk, with its own
// stylesheet), so a single player never downloads it.
import './workshop.css';
import './vote.css';
import './debrief.css';
import './presenter.css';
import { WorkshopApp, type WorkshopOptions } from './workshop-app';

export { type AudienceWindowOptions, startAudience } from './audience-window';
export { workshopWords } from './strings';
export type { VoteQuestion, VoteSource, VoteSourceEvent } from './vote-source';
export { HandCountSource } from './vote-source';
export type { WorkshopOptions } from './workshop-app';

/** Mount workshop mode in `options.root` (replacing what is there) and open Session 0 (or where a reloaded page was). */
export function startWorkshop(options: WorkshopOptions): WorkshopApp {
  const app = new WorkshopApp(options);
  app.start();
  return app;
}
