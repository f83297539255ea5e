// Captions for the sounds that are not cues: each location's ambience and the heartbeat
// loop. (The one-shot cues' captions live with the other strings in src/ui/i18n.ts.)
// They say what is heard, in the same bracketed style as the cue captions.
import type { Lang, SceneId } from '../engine/types';

export const AMBIENCE_CAPTIONS: Readonly<Record<Lang, Readonly<Record<SceneId, string>>>> = {
  nl: {
    party: '[Feest: gepraat, gedempte muziek door de muur]',
    home: '[Thuis: het zoemen van de koelkast, een klok]',
    bar: '[Kroeg: een paar stemmen, glazen worden opgehaald]',
    bedroom: '[Slaapkamer: stilte, verkeer in de verte]',
    cafe: '[Café: geroezemoes van stemmen, kopjes]',
    door: '[Straat: wind, een auto in de verte]',
    festival: '[Festival: een podium in de verte, een menigte]',
    desk: '[Bureau: regen op het raam, een klok]',
    'party-later': '[Feest: zachte muziek, een paar stemmen]',
  },
  en: {
    party: '[Party: voices, muffled music through the wall]',
    home: '[Home: the fridge humming, a clock]',
    bar: '[Bar: a few voices, glasses being collected]',
    bedroom: '[Bedroom: quiet, traffic far away]',
    cafe: '[Café: murmur of voices, cups]',
    door: '[Street: wind, a car in the distance]',
    festival: '[Festival: a stage in the distance, a crowd]',
    desk: '[Desk: rain on the window, a clock]',
    'party-later': '[Party: soft music, a few voices]',
  },
};

export const HEARTBEAT_CAPTIONS: Readonly<Record<Lang, { readonly steady: string; readonly racing: string }>> = {
  nl: { steady: '[Je hart klopt]', racing: '[Je hart bonst]' },
  en: { steady: '[Your heart beats]', racing: '[Your heart is pounding]' },
};

/** The caption for a location's ambience, or null when there is none. */
export function ambienceCaption(scene: SceneId | null, lang: Lang): string | null {
  return scene ? AMBIENCE_CAPTIONS[lang][scene] : null;
}

/** The caption for the heartbeat loop at this tempo, or null when it is silent. */
export function heartbeatCaption(bpm: number, lang: Lang): string | null {
  if (!(bpm > 0)) return null;
  return bpm >= 95 ? HEARTBEAT_CAPTIONS[lang].racing : HEARTBEAT_CAPTIONS[lang].steady;
}
