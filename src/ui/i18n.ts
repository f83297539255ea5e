// The shape of every string the shell shows, and how a language's strings are loaded.
// The words themselves are in src/ui/strings/{nl,en}.ts (the catalogue `shellWords`); the
// story's own text lives in story/. Both languages have exactly the same keys (the type
// makes a missing one a compile error).
import { type Lang, pickLanguage } from '../../common/language.js';
import type { EndingId, SceneId, SoundCue, StepKind } from '../engine/types';
import type { FontChoice, LineSpacing, TextSpeed } from '../persistence/settings';
import { type Catalog, catalog, type PerLang } from '../words/catalog';

/** One place to turn to, and the ways to reach it. */
export interface HelpContact {
  readonly name: string;
  /** Where and when it answers, in a few words. */
  readonly about: string;
  readonly links: readonly { readonly label: string; readonly href: `tel:${string}` | `https://${string}` }[];
}

export interface HelpWords {
  readonly title: string;
  readonly intro: string;
  readonly contacts: readonly HelpContact[];
  /** Read after a link that opens a new tab. */
  readonly newTab: string;
}

export interface Strings {
  readonly gameTitle: string;
  readonly tagline: string;
  readonly newGame: string;
  readonly continueGame: string;
  readonly workshop: string;
  readonly savedAt: (phase: number, scene: string, when: string) => string;
  readonly language: string;
  readonly partnerName: string;
  readonly partnerNameHint: string;
  readonly partnerPronoun: string;
  readonly pronounHe: string;
  readonly pronounShe: string;
  /** Whose side the new game plays (issue 19): the legend and the two options with their hints. */
  readonly side: string;
  readonly sidePursuer: string;
  readonly sidePursuerHint: string;
  readonly sideWithdrawer: string;
  readonly sideWithdrawerHint: string;
  readonly contentNoteTitle: string;
  readonly contentNote: string;
  /** Where to turn for help: shown on the end card, in the menu and at the workshop's debrief. */
  readonly help: HelpWords;
  /** The veil: the infidelity told off-screen (title screen and Settings). */
  readonly veilLabel: string;
  readonly veilHint: string;
  /** Said in Settings: a game already begun keeps the choice it started with. */
  readonly veilNextGame: string;
  readonly settingsStory: string;
  readonly replaceSaveQuestion: string;
  readonly menu: string;
  readonly mute: string;
  readonly menuTitle: string;
  readonly resume: string;
  readonly rewind: string;
  readonly exportSave: string;
  readonly importSave: string;
  readonly quitToTitle: string;
  readonly history: string;
  readonly historyEmpty: string;
  readonly contentAndHelp: string;
  readonly close: string;
  readonly youChose: string;
  readonly lockedLabel: (reason: string) => string;
  readonly choicesLabel: string;
  readonly storyLabel: string;
  readonly metersLabel: string;
  readonly meterPursue: string;
  readonly meterWithdraw: string;
  readonly meterDistance: string;
  readonly meterDisappointments: string;
  readonly phaseLabel: (phase: number) => string;
  readonly phaseNames: Readonly<Record<number, string>>;
  readonly sceneNames: Readonly<Record<SceneId, string>>;
  readonly captions: Readonly<Record<SoundCue, string>>;
  /** What is heard besides the cues: each place's ambience, and the heartbeat loop (src/audio/captions.ts). */
  readonly ambienceCaptions: Readonly<Record<SceneId, string>>;
  readonly heartbeatCaptions: { readonly steady: string; readonly racing: string };
  readonly movement: (step: StepKind, name: string) => string;
  readonly pauseMark: (phase: number) => string;
  readonly endingTitle: string;
  readonly endingNames: Readonly<Record<EndingId, string>>;
  readonly endingSummary: (counts: {
    pursued: number;
    withdrew: number;
    grounded: number;
    held: number;
    rounds: number;
  }) => string;
  readonly playAgain: string;
  readonly toTitle: string;
  readonly keysHint: string;
  readonly skipHint: string;
  /** The cue under text still being revealed: a tap (or Space) shows the rest. */
  readonly tapToContinue: string;
  /** The quiet sign after an autosave. */
  readonly autosaved: string;
  readonly skipRead: string;
  readonly skipReadHint: string;
  /** Said when the S key turns skipping read text on or off. */
  readonly skipReadNow: (on: boolean) => string;
  // messages: what went wrong and what was kept
  readonly stageUnavailable: string;
  readonly stageFailed: string;
  readonly storageUnavailable: string;
  readonly storageFull: string;
  readonly saveNotJson: string;
  readonly saveNotOurs: string;
  readonly saveDamaged: string;
  readonly saveNewer: string;
  readonly saveOtherBuild: string;
  readonly saveOtherLanguage: string;
  readonly saveKeptAside: string;
  readonly saveReplayed: string;
  readonly saveImported: string;
  readonly saveExported: string;
  readonly inkError: string;
  readonly storyLoadFailed: string;
  readonly unexpectedError: string;
  readonly dismiss: string;
  // saving and loading by hand
  readonly save: string;
  readonly load: string;
  readonly saveTitle: string;
  readonly loadTitle: string;
  readonly slotName: (slot: number) => string;
  readonly autosaveName: string;
  readonly slotEmpty: string;
  readonly slotDamaged: string;
  readonly slotEnded: (ending: string, when: string) => string;
  readonly overwriteQuestion: (slot: string, holds: string) => string;
  readonly overwrite: string;
  readonly cancel: string;
  readonly savedToSlot: (slot: string) => string;
  readonly slotNotSavedFull: string;
  readonly slotNotSavedUnavailable: string;
  readonly loadReplacesQuestion: string;
  readonly loadedFrom: (slot: string) => string;
  readonly nothingSaved: string;
  // settings
  readonly settings: string;
  readonly settingsReading: string;
  readonly settingsMotion: string;
  readonly settingsSound: string;
  readonly textSize: string;
  readonly lineSpacing: string;
  readonly lineSpacingNames: Readonly<Record<LineSpacing, string>>;
  readonly font: string;
  readonly fontNames: Readonly<Record<FontChoice, string>>;
  readonly highContrast: string;
  readonly textSpeed: string;
  readonly textSpeedNames: Readonly<Record<TextSpeed, string>>;
  readonly motion: string;
  readonly motionSystem: (deviceReduces: boolean) => string;
  readonly motionReduce: string;
  readonly motionFull: string;
  readonly volumeMaster: string;
  readonly volumeAmbience: string;
  readonly volumeCues: string;
  readonly volumeHeartbeat: string;
  readonly soundOff: string;
  readonly captionsLabel: string;
  readonly captionsHint: string;
  readonly languageHint: string;
  readonly languageNames: Readonly<Record<Lang, string>>;
  readonly languageSwitchFailed: (storyLang: Lang) => string;
  /** The other language's shell words could not be downloaded (offline before it was ever used). */
  readonly languageLoadFailed: (wanted: Lang) => string;
  readonly resetSettings: string;
  readonly settingsNotSaved: string;
  readonly settingsUnavailable: string;
  readonly percent: (value: number) => string;
}

/**
 * The shell's words, one chunk per language (src/ui/strings/), so the first screen carries
 * one language, not two. index.html hints the likely one early
 * (tools/build/story-preload.mjs), as it does the story.
 */
export const shellWords: Catalog<Strings> = catalog({
  nl: () => import('./strings/nl').then((m) => m.nl),
  en: () => import('./strings/en').then((m) => m.en),
});

/** One language's shell words (see shellWords). */
export function loadStrings(lang: Lang): Promise<Strings> {
  return shellWords.load(lang);
}

/**
 * The language the shell starts in: the one asked for in the URL, else the remembered one,
 * else the browser's (pickLanguage). src/main.ts loads its strings before the App starts with it.
 */
export function startingLanguage(
  requested: Lang | null | undefined,
  remembered: { readonly lang?: Lang | null },
  browserLanguages: readonly string[],
): Lang {
  return pickLanguage({ requested, saved: remembered.lang, browser: browserLanguages });
}

/** The shell's words in every language. */
export type ShellStrings = PerLang<Strings>;

/** Both languages, for workshop mode (the room may switch at any time) and tests. */
export function loadAllStrings(): Promise<ShellStrings> {
  return shellWords.loadAll();
}
