// What the stage is told matches what the text says (issues 13 and 16): each line's
// `# scene:` is where the text is, as far as a list of place words per scene can check;
// the partner is off stage (`# partner: away`) in the scenes where they are absent; and
// each ending says what actually happened to the letter. Seeded random players, played
// for real, for both routes in both languages.
import { describe, expect, it } from 'vitest';
import { type Lang, ROUTES, randomPlayers, SETTINGS, type Side } from './shared';

type Run = ReturnType<typeof randomPlayers>[number];
interface Staged {
  text: string;
  scene: string;
  partner: string;
  path: string;
}

/** Each line with the scene and the presence the stage shows while it is read. */
function staged(run: Run): Staged[] {
  let scene = '';
  let partner = 'here';
  return run.lines.map((line) => {
    if (line.tags.scene) {
      scene = line.tags.scene;
      partner = 'here';
    }
    if (line.tags.partner) partner = line.tags.partner;
    return { text: line.text, scene, partner, path: line.path };
  });
}

/**
 * Words that put a line somewhere else than its scene, here and now. A line may remember
 * another place ("since the festival"), so only markers of being there are listed.
 */
const ELSEWHERE: Record<Lang, Record<string, RegExp>> = {
  en: {
    home: /\b(next table|waiter|barman|bartender|dance floor|the tent|festival field|the railing)\b/i,
    bedroom: /\b(next table|waiter|barman|bartender|the tent|festival field|the railing)\b/i,
    desk: /\b(next table|waiter|barman|bartender|dance floor|the tent|the railing)\b/i,
    cafe: /\b(dance floor|the tent|festival field|the railing|your duvet)\b/i,
    bar: /\b(the tent|festival field|the railing|your duvet)\b/i,
    festival: /\b(next table|barman|bartender|the railing|your duvet)\b/i,
    'party-later': /\b(next table|barman|bartender|the tent|festival field|your duvet)\b/i,
  },
  nl: {
    home: /\b(tafeltje naast|ober|barman|barvrouw|dansvloer|de tent|festivalterrein|de reling)\b/i,
    bedroom: /\b(tafeltje naast|ober|barman|barvrouw|de tent|festivalterrein|de reling)\b/i,
    desk: /\b(tafeltje naast|ober|barman|barvrouw|dansvloer|de tent|de reling)\b/i,
    cafe: /\b(dansvloer|de tent|festivalterrein|de reling|je dekbed)\b/i,
    bar: /\b(de tent|festivalterrein|de reling|je dekbed)\b/i,
    festival: /\b(tafeltje naast|barman|barvrouw|de reling|je dekbed)\b/i,
    'party-later': /\b(tafeltje naast|barman|barvrouw|de tent|festivalterrein|je dekbed)\b/i,
  },
};

/** Knots in which the partner is not with you at all: you are alone, writing, or with others. */
const ABSENT: Record<Side, readonly string[]> = {
  pursuer: ['letter', 'months_later', 'invitation', 'ending_closed_heart', 'ending_step_out'],
  // The morning after (only {his} text), {his} letter at your desk, the months after and
  // Bas's invitation.
  withdrawer: ['w_morning', 'w_letter', 'w_months_later', 'w_invitation'],
};

/** What the endings may say about a letter that went out, and about one that stayed in the drawer. */
const LETTER: Record<Lang, { word: RegExp; kept: RegExp; sent: RegExp }> = {
  en: {
    word: /\bletter\b/i,
    kept: /\b(drawer|never sent|never went out)\b/i,
    sent: /\b(posted|postbox|got your letter|read your letter)\b/i,
  },
  nl: {
    word: /\bbrief\b/i,
    kept: /\b(in een la|in de la|in je la|nooit verstuurd)\b/i,
    sent: /\b(op de bus|gepost|je brief gekregen|je brief gelezen)\b/i,
  },
};

describe.each(ROUTES)('$name: the stage', ({ side, lang }) => {
  const players = randomPlayers(lang, 60, 21, SETTINGS[0], side);

  it('never places a line somewhere else than its scene', () => {
    const wrong = new Set<string>();
    for (const run of players) {
      for (const line of staged(run)) {
        const elsewhere = ELSEWHERE[lang][line.scene];
        if (elsewhere?.test(line.text)) wrong.add(`${line.path} (scene: ${line.scene}): ${line.text}`);
      }
    }
    expect([...wrong]).toEqual([]);
  });

  it('keeps the partner off stage where they are absent', () => {
    const onStage = new Set<string>();
    let checked = 0;
    for (const run of players) {
      for (const line of staged(run)) {
        const container = line.path.split('.')[0] ?? '';
        if (!ABSENT[side].includes(container) || !line.text) continue;
        checked++;
        if (line.partner !== 'away') onStage.add(`${line.path}: ${line.text}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect([...onStage]).toEqual([]);
  });

  // The first route's letter is yours (p4_sent: posted, kept in a drawer, …). In the
  // withdrawer's route the letter is {his}, and what its endings tell is your reply, which
  // reply_recalled() prints from w4_reply; so this check of the letter's fate is the first route's.
  it.runIf(side === 'pursuer')('tells in every ending what actually happened to the letter', () => {
    const { word, kept, sent } = LETTER[lang];
    let endings = 0;
    for (const run of players) {
      const fate = String(run.variables.p4_sent);
      const start = run.lines.findIndex((l) => l.tags.ending);
      const about = run.lines
        .slice(start)
        .filter((l) => word.test(l.text))
        .map((l) => l.text);
      expect(about.length, `${run.ending}: the ending mentions the letter`).toBeGreaterThan(0);
      const text = about.join(' ');
      if (fate === 'kept') {
        expect(text, `${run.ending}, letter kept`).toMatch(kept);
        expect(text, `${run.ending}, letter kept`).not.toMatch(sent);
      } else {
        expect(text, `${run.ending}, letter ${fate}`).toMatch(sent);
        expect(text, `${run.ending}, letter ${fate}`).not.toMatch(kept);
      }
      endings++;
    }
    expect(endings).toBe(players.length);
  });

  it('tells the endings in words: no digits, no tallies', () => {
    for (const run of players) {
      const start = run.lines.findIndex((l) => l.tags.ending);
      // The help (with its phone numbers) is on the end card, not in the story: every line counts.
      const story = run.lines
        .slice(start)
        .map((l) => l.text)
        .join('\n');
      expect(story, String(run.ending)).not.toMatch(/\d/);
    }
  });
});
