// Workshop mode's way in. main.ts imports this lazily (its own chunk, with its own
// stylesheet), so a single player never downloads it.
import './workshop.css';
import './vote.css';
import './debrief.css';
import './presenter.css';

export { type AudienceWindowOptions, startAudience } from './audience-window';
export { openAudience, openWorkshop, type WorkshopPage } from './from-page';
export { startWorkshop } from './start';
export { workshopWords } from './strings';
export type { VoteQuestion, VoteSource, VoteSourceEvent } from './vote-source';
export { HandCountSource } from './vote-source';
export type { WorkshopOptions } from './workshop-app';
