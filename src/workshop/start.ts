// Starting workshop mode: the facilitator's app, mounted and opened.
import { WorkshopApp, type WorkshopOptions } from './workshop-app';

/** Mount workshop mode in `options.root` (replacing what is there) and open Session 0 (or where a reloaded page was). */
export function startWorkshop(options: WorkshopOptions): WorkshopApp {
  const app = new WorkshopApp(options);
  app.start();
  return app;
}
