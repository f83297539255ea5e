// Phase 3 — Out of breath. The café, the night after, the tightrope, the door.
// Flags and helper functions live in ../common/phase3.ink (p3_…). Twin of ../nl/phase3.ink.

=== cafe ===
# phase: 3
# scene: cafe
When it’s just the two of you, nothing is wrong. The moment other people are around, you turn watchful, and that isn’t like you.
Friday night, the corner café. Noor is at the counter with a colleague.
{
- partner_close():
    {partner_name} is doing the best man from a wedding, every voice, {his()} knee against yours. You laugh so hard the candle flame bends.
- partner_far():
    {partner_name} turned up forty-five minutes late without a word of sorry, and {his()} phone lies face up on the table between you.
- else:
    {partner_name} is doing the best man from a wedding and you laugh, though twice {he()} glances at the door mid-sentence.
}
The door opens. Five or six people come in, shaking out umbrellas. {His()} eyes go to them, only for a second. {pattern_so_far() == "ground":You see {his()} shoulder turn a quarter before {he()} knows it has.|You feel the back of your neck go tight.}
* [Lay your hand over {his()}, and keep it there #step: pursue]
    ~ step_pursue(1)
    You put your hand over {his()} and press a little. {He()} laces {his()} fingers through yours without looking up.
    A while later {he()} slips {his()} hand free to fetch another round. {He()} doesn’t come back.
* [Ask, as lightly as you can: “Know them?” #step: ground]
    ~ step_ground(1)
    ~ p3_named_it = true
    “Know them?” It’s meant to sound light. You can hear that it doesn’t.
    “Never seen them in my life.” {He()} taps the end of your nose. “Are you checking up on me?” Still, you said out loud what you saw. You did that much.
    A while later {he()} gets up for another round. {He()} doesn’t come back.
* [Let it go. Turn round and wave at Noor #step: withdraw]
    ~ step_withdraw(1)
    You wave at Noor. You are not someone who keeps track of where another person’s eyes go. Not from tonight.
    Then {he()} goes for another round, and you watch {him()} not come back.
-
By the coat hooks {he()} is talking to someone in a green coat. {partner_name} laughs the way {he()} used to laugh at you, early on, and the longer it goes on the closer they stand. {you_let_go():Twice {he()} glances at your table, to see whether you’re watching.|{He()} doesn’t look at your table once.}
Noor drops into the empty chair. “Shall we go to the Lantern? My colleague has been talking about a loft conversion for an hour.”
* [Go over: tell {him()} where you’re going, and to come #step: pursue]
    ~ step_pursue(2)
    ~ p3_told_where = true
    Up close the green coat is just someone who’s had a bit too much. You put your hand on {his()} back. {He()} doesn’t seem to notice. “We’re going to the Lantern. Are you coming?”
    “Sure, sure. I’ll catch you up.” {He()} turns {his()} head halfway towards you, no further.
* [Tell Noor the truth: “I can’t sit here and watch this.” #step: ground]
    ~ step_ground(1)
    It’s a relief to hear yourself say it. Noor doesn’t tell you you’re imagining things. She takes your coat off the back of the chair.
* [Walk out without a word. Let {him()} find the table empty #step: withdraw]
    ~ step_withdraw(2)
    You take your coat and walk out past the bar, close enough to brush {his()} sleeve. Let {him()} turn round later and find the table empty.
    {He()} doesn’t turn round.
-
At the Lantern you’ve sat down facing the door without noticing. “So,” Noor says. “Talk, or shall I start on my neighbour’s saxophone?” # scene: bar # partner: away
* [Tell her how it is: alone with {him()} it’s good, in company you don’t know yourself #step: ground #locked: {walls_up()} #why: Once you start on that you won’t be able to stop, and you’ll be crying at this sticky table.]
    ~ step_ground(1)
    ~ p3_told_noor = true
    You say it before you can make it neat. Alone with {him()}, it’s good, better than good. But as soon as there are other people, you watch {him()}: every look, every laugh that isn’t for you. You’ve never been jealous in your life. You don’t know who this is.
    “You’re not going mad,” Noor says. “You’re seeing something. That’s different.”
* [“The saxophone. Please.” #step: withdraw]
    ~ step_withdraw(1)
    Her neighbour plays the same song every Sunday morning, out of tune and with enormous feeling. You laugh in the right places. Tomorrow you won’t remember a word.
* [Text {him()} under the table: “we’re at the Lantern x” #step: pursue]
    ~ step_pursue(1)
    ~ p3_told_where = true
    we’re at the Lantern x. You look at the x for a long time, and leave it in. Delivered. Not read.
    “Did you just text {him()}?” Noor says. “No,” you say. You turn the phone face down, and back over.
-
{p3_alarm_left():
    After half an hour your stomach turns over, slow and heavy. You have to go back. Now. # body: stomach
- else:
    Half an hour, an hour. On a night like this your stomach used to act up. Now you feel nothing: you’ve ignored it so often that it has given up.
}
* {p3_alarm_left()} [Listen to it. Get up and go back, now #step: ground]
    ~ step_ground(2)
    ~ p3_saw = true
    “I have to go back.” Noor takes one look at your face and doesn’t ask. She comes with you.
    -> doorway
* {p3_alarm_left()} [Ring {him()} instead. Just to hear where {he()} is #step: pursue]
    ~ step_pursue(2)
    ~ p3_saw = true
    You ring. Twice {he()} doesn’t pick up. The third time you get {his()} voicemail: {his()} voice, cheerful, carefree. That’s what sets you running.
    -> doorway
* {not p3_alarm_left()} [Ask Noor to walk you home #step: ground]
    ~ step_ground(1)
    “Walk me home?” Noor has her bag before you’ve finished. She doesn’t ask why, and you couldn’t have told her.
    -> stayed
* {not p3_alarm_left()} [Text {him()} once more: “you coming?” #step: pursue]
    ~ step_pursue(1)
    you coming? You sit on until Noor yawns. The ticks never turn blue.
    -> stayed
* [{p3_alarm_left():It’s nerves. Order another glass and stay where you are|Order another glass. Nothing’s wrong} #step: withdraw]
    ~ step_withdraw(1)
    You drink half the glass in one go. {p3_alarm_left():The turning in your stomach settles, reluctantly.|There’s nothing that needs settling.}
    -> stayed

= doorway
{veil_infidelity:
    The café’s windows are fogged. Inside, {his()} chair is pushed back and {his()} jacket is gone from the hook. Two glasses of flat beer stand on the bar. # scene: cafe # partner: away
    The woman behind the bar shrugs: {partner_far():gone a good while|just gone, a few minutes ago}. Whether {he()} was alone she doesn’t say, and you don’t ask.
    You know already, really, and you put it away at once. It makes you sick all the same.
- else:
    You’re almost there when the café door swings open. The green coat steps out, laughing, and right behind comes {partner_name}. # scene: cafe
    {partner_far():{He()} sees you and doesn’t even falter. {His()} eyes pass over you to the street, and {he()} goes after the green coat.|{He()} sees you and stops{partner_close():, even takes half a step your way}. Then {he()} turns {his()} face away and follows the green coat.} # partner: away
}
* [Go after {him()} #step: pursue]
    ~ step_pursue(2)
    You run as far as the corner. The street is wet and empty, the lamps humming. You stand there until Noor hooks her arm through yours.
* [Let {him()} go. Go home #step: ground]
    ~ step_ground(1)
    You know where {he()}’s going. You don’t need to see it. “I’m going home,” you tell Noor. “On my own.” She looks at you and doesn’t argue.
* [Go back in with Noor and laugh loudly #step: withdraw]
    ~ step_withdraw(2)
    You order two shots, drink them both yourself and laugh at everything anyone says. Anyone watching would think you were having a wonderful time. Nobody’s watching.
-
-> night_after

= stayed
At one, Noor walks you home past the corner café. You don’t look for {his()} bike in the rack. You look anyway.
{partner_close():It isn’t there. At home you see {he()} texted at twenty to one: where are you two?|It isn’t there. Nor is anything on your phone.}
-> night_after

=== night_after ===
# scene: bedroom # partner: away
You sit up in bed in your clothes. You can’t sleep, and you can’t cry either. {p3_saw: Every time you close your eyes: {veil_infidelity: the pushed-back chair, the empty hook, the shrug.|the doorway, and {his()} face turning away.}|You didn’t see anything. That’s what you keep telling yourself.}
{p3_told_noor: Your phone lights up. Noor: you home? I’m still up, ring if you want.}
* [Put a hand flat on your stomach, and let it hurt there #step: ground]
    ~ step_ground(1)
    Under your hand there’s a hard knot. You don’t fight it. You just stay there with it.
    {p3_told_noor: You write back to Noor: not ok. but home. She sends a single heart back and nothing else. Exactly right.}
* [Type “I know what you did.” Delete it. Type it again #step: pursue]
    ~ step_pursue(1)
    You type I know what you did and delete it. You type where are you and delete that. The screen goes dark; you tap it on again.
* [Switch the phone to silent and throw it #step: withdraw]
    ~ step_withdraw(1)
    The phone lands face down on the duvet. Two minutes later you crawl after it and turn the sound back on.
-
{partner_far():Not until nearly four does the phone ring|At 2:51 the phone rings}. {partner_name}. # sfx: ring
{
- partner_close():
    “Where did you go? I went back to look for you.” {He()} sounds hurt, and for a moment you wonder what you did wrong.
- partner_far():
    “You just disappeared.” It isn’t a question so much as a charge, and there’s still music thudding behind {him()}.
- else:
    “Where did you go? You can’t just vanish.” {He()}’s indignant. You’re the one who disappeared, according to {him()}.
}
{p3_told_where: You’d told {him()} exactly where you were. With a kiss on the end.}
* [{p3_saw: “I came back to the café, {partner_name}. I know.”|“Where did you go, {partner_name}? Tell me.”} #step: ground #locked: {pull_strong()} #why: You would still rather say sorry than hear the answer.]
    ~ step_ground(2)
    It comes out steady.
    {p3_named_it: You’d seen it when that group came in: “Know them?”, and the tap on your nose. You said so then, too.}
* [“Don’t you dare. Don’t you dare make this about me.” #step: withdraw]
    ~ step_withdraw(1)
    Your voice goes high and breaks, and at {his()} end there’s a moment of complete silence.
* [“Sorry, I… Noor wanted to go, I did text…” #step: pursue]
    ~ step_pursue(2)
    You hand {him()} a way out yourself. Then, in a small voice: {veil_infidelity: “Where did you go, after?”|“Did you go home with them?”}
-
{veil_infidelity:
    “What? No.” Then a long story full of holes, and every question you ask makes the holes bigger. When there’s nothing left to deny, one answer is left over.
- else:
    “What? No. We were just talking.” You say nothing. “Honestly.” You still say nothing. Then, very quietly: “Okay. Yes. I went back with them.”
}
It doesn’t reach you. You hang up.
It rings again. # sfx: ring
You hang up, and again. Each time {he()} gets a little more said{you_chased():, because you let {him()} finish}: your name; your name and sorry; your name and sorry and please, just listen.
* [Let it ring until it stops #step: withdraw]
    ~ step_withdraw(1)
    You count the calls. On the seventh, your thumb answers before you’ve decided anything.
* [Answer, and say: “I can’t talk to you tonight.” #step: ground]
    ~ step_ground(1)
    The first thing you’ve said all evening that is entirely true. “I know,” {he()} says. “Just don’t hang up.” And you don’t.
* [Answer, and listen. Only listen #step: pursue]
    ~ step_pursue(1)
    You let {him()} talk. It’s the voice that hurt you, and you don’t want to hear any other.
-
~ p3_came = p3_he_comes()
{p3_came:
    Then {his()} voice goes soft. “I’m outside. I just started cycling and ended up here. Will you let me in?”
- else:
    Then {his()} voice goes soft. “Come over. I’ll understand if you don’t want to. But come.”
}
“No,” you say, harder than you meant. You mean it, too. But you’re already standing beside the bed, and you don’t remember getting up.
* [{p3_came:“…Wait. I’m coming down.”|“…Give me ten minutes.”} #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_went_over = true
    -> went
* [Stay with your no: “Goodnight, {partner_name}.” #step: ground #locked: {pull_strong()} #why: Your hand is already feeling for your keys. Whatever your head thinks arrives too late.]
    ~ step_ground(2)
    ~ boundary_held()
    -> stayed_home

= went
You hear yourself say it, and nobody is more surprised than you.
{p3_came:You go down the stairs barefoot. {He()}’s in the porch, wet with drizzle, and pulls you against {him()} before the door has shut.|You cycle through two red lights. {He()} opens the door before you can ring.} # partner: here
That night {he()} keeps asking if this is all right. {He()} has never asked before. You both know why {he()} asks now, and neither of you says so.
{partner_far():Towards morning {he()} says {he()} wants to go on with you, properly, no more halves. Meanwhile one hand is feeling about for {his()} socks.|Towards morning {he()} says it into your hair: {he()} wants to go on with you, properly, no more halves.} You feel oddly pleased, and you don’t trust it.
-> tightrope

= stayed_home
“Goodnight, {partner_name}.” You turn the phone off. Not silent: off.{p3_came: Downstairs the bell goes twice more. Then a bike lock, and nothing.}
It’s the hardest thing you’ve done in months, and nobody saw it. {partner_close():At 7:12 the phone fills up: four messages, a voice note, and a last one that is only your name.|At 7:12 there is one message, and it’s only your name.} You don’t answer. You don’t know what you’d say yet.
-> tightrope

=== tightrope ===
# scene: home # partner: away
For days it’s only a picture: {p3_saw: {veil_infidelity: the pushed-back chair, the two glasses of flat beer|{his()} face turning away in the doorway}|{his()} elbow on the bar, the green coat laughing}. On Wednesday you’re rinsing a cup, and only then does it land.
You’re done with {him()}, you tell yourself. You tell yourself often, and each time you believe it a little less.
* [Ring Noor and tell her all of it #step: ground]
    ~ step_ground(1)
    {p3_told_noor: Noor knows how it began; you tell her the rest|You tell Noor all of it, from the café on}, sitting on the kitchen floor with your back against the cupboards. She doesn’t tell you to walk away. She asks: “And what do you want?” You don’t know. For the first time, that isn’t a disaster.
* [Reread your old messages at night #step: pursue]
    ~ step_pursue(1)
    You scroll back to when {he()} wrote good morning with seven o’s. When you put the phone down, the birds have started.
* [Delete {his()} number. You know it by heart anyway #step: withdraw]
    ~ step_withdraw(2)
    The number, the chat, the photos. Afterwards you feel clean and empty. The number is still in your head, in {his()} voice.
-
On Saturday your phone goes. # sfx: sms
{
- partner_close():
    outside. five minutes? just five. {He()}’s on the pavement, hair wet, holding a bag from the good bakery, and by the look of {him()} {he()}’s been there a while. # partner: here
- partner_far():
    in the area. 5 mins? {He()}’s on the pavement with a bag from the good bakery, still on {his()} bike, one foot on the kerb. Five minutes, and {he()} means it. # partner: here
- else:
    outside. five minutes? just five. {He()}’s on the pavement, hair wet, holding a bag from the good bakery. # partner: here
}
You go down, and on the stairs your anger turns clear and cold.
* [Say plainly what it did to you #step: ground #locked: {walls_up()} #why: You’ve been holding yourself together so long that you’ve forgotten how to say a thing like this.]
    ~ step_ground(2)
    “{veil_infidelity: You did what you did that night|You went home with someone else}, and a few hours later you rang me. {p3_went_over: And I came.|And when I didn’t come, you kept ringing.}” You take a breath. “I still feel it every day. Here.” You put your hand on your stomach.
* [Fold your arms. Give {him()} one word at a time #step: withdraw]
    ~ step_withdraw(2)
    Yes. No. Fine. Whatever. You watch {him()} try to make a conversation out of it, and you don’t help.
* [The anger’s gone. You take the bag #step: pursue]
    ~ step_pursue(1)
    There’s flour on {his()} sleeve. You look at it, and your anger runs out. You hear yourself say thank you.
-
{you_chased():“See?” {he()} says, relieved. “It’s nothing to do with you. I just need some air now and then.”|“It’s nothing to do with you,” {he()} says. “I need some air now and then.” {He()} blinks too often. “I don’t want to lose you. And I don’t want to hurt you either.”}
In your head everyone who has ever loved you says the same thing, Noor loudest: don’t let {him()} in.
* [“I think you should go now.” #step: ground #locked: {pull_strong()} #why: The bread, the wet hair, the way {he()} says your name: you’re already halfway to yes.]
    ~ step_ground(2)
    You say it gently. {He()} looks at you, and you still mean it. {He()} goes. # partner: away
    -> keep_distance
* [Step back inside and shut the door on {him()} #step: withdraw]
    ~ step_withdraw(2)
    Not a slam, just a click, which is worse. Through the frosted glass {his()} shape stands a long time. # partner: away
    -> keep_distance
* [Let {him()} take your hand #step: pursue]
    ~ step_pursue(2)
    ~ p3_hunger_won = true
    {He()} takes your hand and you don’t pull it back. That’s all it has ever taken.
    -> hunger

= keep_distance
{partner_close():The more distance you keep, the more {he()} is there: a song at midnight, a voice note at three, {him()} on your step at eight with two coffees.|The more distance you keep, the more {he()} is there: a song at midnight, {him()} on your step with two coffees.} # partner: here
You enjoy it, and you’re a little ashamed of that: for once {he()} is the one coming after you. And all the while you want {him()}. You have all week.
* [Keep your distance, even now #step: ground #locked: {pull_strong()} #why: You’ve wanted {him()} all week, and the wanting is stronger than anything you’ve promised yourself.]
    ~ step_ground(2)
    ~ boundary_held()
    At your front door {he()} leans in and you turn your face, so the kiss lands by your ear. “Not like this. Maybe not at all.”
    It doesn’t feel like winning. Inside, you stand in the hall with your coat on for a long time. But your no is still standing too.
    -> after
* [Give in to what you’ve wanted all week #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_hunger_won = true
    At your front door {he()} leans in and you don’t turn your face. You find your key and let {him()} go in first.
    -> hunger

= hunger
It happens all at once: your face in {his()} neck, and every voice in your head gone quiet. {partner_far():{He()} holds you and looks past your shoulder at the clock.|{He()} holds you and doesn’t let go for a long time.} You know what comes next.
-> after

= after
{p3_hunger_won:
    {partner_far():And it comes, faster than ever: one warm day, then nothing.|And it comes. A few warm days, then {his()} messages get shorter, single words, and then they stop.} # partner: away
- else:
    Then the songs stop, and the coffees. Perhaps {he()} has noticed that you’ve stopped pulling. You hear nothing from {him()} at all. # partner: away
}
-> door

=== door ===
# scene: door # partner: away
Nine days of nothing.{partner_far(): Two of your messages have been read and not answered.} You don’t turn up at {his()} place unannounced. {p3_hunger_won:Even though {he()} turns up on your doorstep with bread whenever it suits {him()}.|Even though {he()} stood on your doorstep with bread not long ago.} You go anyway.
You knock. # sfx: knock
Footsteps. Then a pause behind the door, long enough to look through the spyhole and decide.
There’s a lump in your throat, and you don’t know yet what it’s for. # body: throat
The door opens the width of a hand. {He()}’s grey and unshaven, and {he()} smells of last night: beer, smoke. “Headache,” {he()} tells the doorframe. “Didn’t get in till five.” For nine days {he()} had no time for a single message; last night {he()} had time till five in the morning. {He()} doesn’t step aside. Dropping by was never something you’d agreed. # partner: here
* [“Can I come in for a bit? I’ll make you tea. You won’t even know I’m there.” #step: pursue]
    ~ step_pursue(2)
    {He()} winces. {partner_far():“No. Not today. Really.”|“Not today, yeah? I’m wrecked.”} The door closes another centimetre, and you’re the one who says sorry.
    All the way home you keep saying sorry, in your head, to nobody. # partner: away
* [Listen to your throat. “Okay. Get better.” #step: ground #locked: {pull_strong()} #why: You’ve come all this way. While that door is still open a crack, your feet won’t leave.]
    ~ step_ground(1)
    You turn round before {he()} can shut the door on you, so that at least the turning round is yours. No row, no scene. Only at your own front door do you notice your hands are shaking. # partner: away
* [“Right. Enjoy your freedom.” #step: withdraw]
    ~ step_withdraw(2)
    It comes out sharper than you meant, and exactly as sharp as you meant. You’re round the corner before {he()} can answer. At home your knuckles still ache from knocking. # partner: away
-
{you_chased():Three hours later, your phone buzzes.|An hour later, your phone buzzes.} # sfx: sms
{you_chased():sorry. bad timing.|sorry about before. bad timing, was properly hungover. i owe you one x}
* {p3_may_leave()} [Reply: “I’m stopping this. Once was enough.” #step: ground]
    ~ step_ground(2)
    ~ p3_left = true
    You type it more calmly than you expected. No accusation after it, no kiss. {He()} reads it at once, and writes back: ok. Then, all evening, three dots that come and go.
* [Reply straight away: “No worries! Feel better x” #step: pursue]
    ~ step_pursue(1)
    Sent before you’ve thought. {He()} reads it. Nothing comes back.
* [Leave it unread until tomorrow #step: withdraw]
    ~ step_withdraw(1)
    You swipe it away unopened, so {he()} won’t see it’s been read. Let {him()} wait, for once. You lie awake wondering whether {he()} is.
* [Don’t answer yet. Write down what happened #step: ground]
    ~ step_ground(1)
    In a notebook, with no nice words: the knock, the pause, the width of the gap, the word “agreed”. In black and white, in your own handwriting, there’s no dressing it up any more.
-
~ disappointment()
~ p3_spend_flags()
That evening you sit on the edge of the bath and make an agreement with yourself. At three, you stop. You don’t know why three. It’s a number you can remember.
{p3_left:Maybe you’ve gone already. You keep count anyway.|You’ve already started counting.}
One. # pause: 3
-> festival
