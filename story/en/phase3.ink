// Phase 3 — Out of breath. The café, the night after, the tightrope, the door.
// Flags and helper functions live in ../common/phase3.ink (p3_…). Twin of ../nl/phase3.ink.

=== cafe ===
# phase: 3
# scene: cafe
Behind a closed door, the two of you make sense. The moment other people are in the room, a small animal wakes in your chest and starts counting.
{
- partner_close():
    Friday, the corner café, Noor at the counter with a colleague. {partner_name} does all the voices from a wedding speech, {his()} knee against yours, and you laugh so hard the candle flame bends.
- partner_far():
    Friday, the corner café, Noor at the counter with a colleague. {partner_name} turned up forty-five minutes late, no apology, and {his()} phone lies face up on the table between you.
- else:
    Friday, the corner café, Noor at the counter with a colleague. {partner_name} does all the voices from a wedding speech and you laugh, though twice {he()} glances at the door mid-sentence.
}
The door opens on five or six people shaking out umbrellas. {His()} eyes go to them, a second. {pattern_so_far() == "ground":You see {his()} shoulder turn a quarter before {he()} knows it has.|The animal lifts its head.}
* [Lay your hand over {his()}, and keep it there #step: pursue]
    ~ step_pursue(1)
    You press your hand over {his()}, the way you'd hold a page down in the wind. {He()} laces {his()} fingers through yours without looking.
    Later {he()} slips {his()} fingers free to fetch another round, and doesn't come back.
* [Say it lightly: “Friends of yours?” #step: ground]
    ~ step_ground(1)
    ~ p3_named_it = true
    “Friends of yours?” You can hear yourself working to keep it light.
    “Never seen them in my life.” {He()} taps the end of your nose. “Look at you, keeping an eye on me.” But you said out loud that you saw, and somewhere in you that counts.
    Later {he()} goes to the bar for another round, and doesn't come back.
* [Let it go. Turn round and wave at Noor #step: withdraw]
    ~ step_withdraw(1)
    You wave at Noor. You are not someone who watches where another person's eyes go. As of now, you decide, you're not.
    Then {he()} goes for another round, and you watch {him()} not come back.
-
By the coat hooks someone in a green coat is talking to {him()}. {partner_name} laughs the early laugh, the one you thought had your name on it. {you_let_go():Twice {he()} glances at your table, as if to check whether you're watching.|{He()} hasn't looked at your table once.}
Noor drops into the empty chair. “The Lantern? My colleague is boring me to death.”
* [Go over: tell {him()} where you'll be, and to come #step: pursue]
    ~ step_pursue(2)
    ~ p3_told_where = true
    Up close the green coat is just a person, a bit drunk. You put your hand on {his()} back; it's like touching a jacket on a hook. “We're going to the Lantern. Come and find us?”
    “Sure, sure. I'll catch you up.” {He()} doesn't turn all the way round.
* [Tell Noor the truth: “I can't sit here and watch this.” #step: ground]
    ~ step_ground(1)
    It's a relief to hear it out loud. Noor doesn't tell you you're imagining things. She gets your coat.
* [Walk out without a word. Let {him()} find the table empty #step: withdraw]
    ~ step_withdraw(2)
    You take your coat and walk out past the bar, close enough to brush {his()} sleeve. Let {him()} turn round and find the table empty, for once.
    {He()} doesn't turn round.
-
At the Lantern you sit facing the door without deciding to. “So,” Noor says. “Talk about it, or shall I tell you about my neighbour's saxophone?” # scene: bar # partner: away
* [Tell her: alone it's perfect, in company you become a stranger #step: ground #locked: {walls_up()} #why: Open that door a crack and everything behind it comes out, here, at this sticky table.]
    ~ step_ground(1)
    ~ p3_told_noor = true
    You say it before you can tidy it up. Alone with {him()}, it's perfect. In company you stand guard like a dog at a gate. You've never been jealous in your life, and now a stranger lives in your skin, counting.
    “You're not going mad,” Noor says. “You're noticing something. That's different.”
* [“The saxophone. Please.” #step: withdraw]
    ~ step_withdraw(1)
    One song, Sunday mornings, badly, with feeling. You laugh in the right places and won't remember a word.
* [Text {him()} under the table: “we're at the Lantern x” #step: pursue]
    ~ step_pursue(1)
    ~ p3_told_where = true
    we're at the Lantern x. You look at the x for a long time, and leave it in. Delivered. Not read.
    “Did you just text {him()}?” Noor says. “No,” you say, and turn the phone face down, and back over.
-
{p3_alarm_left():
    Half an hour. Then your stomach turns over, slow and heavy, like a key in a stiff lock. Go back now, it says. # body: stomach
- else:
    Half an hour, an hour. On a night like this your stomach used to turn over. It stays quiet: you've talked over it so often that it has stopped speaking.
}
* {p3_alarm_left()} [Listen to it. Get up and go back, now #step: ground]
    ~ step_ground(2)
    ~ p3_saw = true
    “I have to go back.” Noor takes one look at your face and doesn't ask. She comes with you.
    -> doorway
* {p3_alarm_left()} [Ring {him()} instead. Just to hear where {he()} is #step: pursue]
    ~ step_pursue(2)
    ~ p3_saw = true
    You ring {him()}. It rings out, twice. The third time it's voicemail, {his()} voice cheerful and unbothered, and that sets you running.
    -> doorway
* {not p3_alarm_left()} [Ask Noor to walk you home #step: ground]
    ~ step_ground(1)
    “Walk me home?” Noor has her bag before you've finished. She doesn't ask why, and you couldn't have told her.
    -> stayed
* {not p3_alarm_left()} [Text {him()} once more: “you coming?” #step: pursue]
    ~ step_pursue(1)
    you coming? You sit on until Noor yawns. The ticks never turn blue.
    -> stayed
* [{p3_alarm_left():It's nerves. Order another glass and stay where you are|Order another glass. Nothing's wrong} #step: withdraw]
    ~ step_withdraw(1)
    You drink half the glass in one go. {p3_alarm_left():The turning in your stomach lies down, sulking.|There's nothing to quiet.}
    -> stayed

= doorway
{veil_infidelity:
    The café's windows are fogged. Inside, {his()} chair is pushed back and {his()} jacket is gone from the hook; the two glasses stand flat on the bar. # scene: cafe # partner: away
    The woman behind the bar shrugs: {partner_far():gone a good while|left a few minutes ago}. She doesn't say alone, and she doesn't say not alone.
    Somewhere in you a guess is made and put away, like a letter you aren't ready to open. It makes you sick all the same.
- else:
    The café door swings open and the green coat steps out, laughing. Then {partner_name}. # scene: cafe
    {partner_far():{He()} sees you and doesn't even falter. {He()} looks at you the way you'd look at a bike rack, and goes after the green coat.|{He()} sees you and stops{partner_close():, even takes half a step your way}. Then {he()} turns {his()} face away and follows the green coat.} # partner: away
}
* [Go after {him()} #step: pursue]
    ~ step_pursue(2)
    You run to the corner, as if there were something left to catch. The street is wet and empty under the lamps. You stand there until Noor hooks her arm through yours.
* [Let {him()} go. Go home #step: ground]
    ~ step_ground(1)
    You know where {he()}'s going, the way you know in the dark that a stair is missing. “I'm going home,” you tell Noor, alone, and she lets you mean it.
* [Go back in with Noor and laugh loudly #step: withdraw]
    ~ step_withdraw(2)
    You order two shots and drink them both and laugh at nothing. Anyone watching would think you were having the night of your life. Nobody's watching.
-
-> night_after

= stayed
At one, Noor walks you home past the corner café. You don't look for {his()} bike in the rack. You look anyway.
{partner_close():It isn't there. At home you see {he()} texted at twenty to one: where are you two?|It isn't there. Nor is anything on your phone.}
-> night_after

=== night_after ===
# scene: bedroom # partner: away
You sit up in bed in your clothes. {p3_saw: Every time you close your eyes: {veil_infidelity: the pushed-back chair, the empty hook, the shrug.|the doorway, and {his()} face turning away like a page.}|You didn't see anything. That's what you keep telling yourself.}
{p3_told_noor: Your phone lights up. Noor: home safe? I'm awake. any time.}
* [Put a hand flat on your stomach, and let it hurt there #step: ground]
    ~ step_ground(1)
    A knot the size of a fist. You don't argue with it. You sit with it, the way you'd sit with someone in a hospital corridor.
    {p3_told_noor: You write back to Noor: not ok. but home. She sends a single heart and nothing else, which is exactly right.}
* [Type “I know what you did.” Delete it. Type it again #step: pursue]
    ~ step_pursue(1)
    You type I know what you did and delete it. You type where are you and delete that. The screen dims; you tap it awake.
* [Switch the phone to silent and throw it #step: withdraw]
    ~ step_withdraw(1)
    It lands face down in the duvet. Two minutes later you crawl after it and turn the sound back on.
-
{partner_far():Not until nearly four does the phone ring|At 2:51 the phone rings}. {partner_name}. # sfx: ring
{
- partner_close():
    “Where did you go? I went back to look for you.” {He()} sounds hurt, as if you were the one who walked off into the night.
- partner_far():
    “You just disappeared.” It isn't a question so much as a charge, and there's still music thudding behind {him()}.
- else:
    “Where did you go? You can't just vanish like that.” {He()} sounds hurt, as if you were the one who walked off into the night.
}
{p3_told_where: You told {him()} where. You even put a kiss on the end of it.}
* [{p3_saw: “I came back to the café, {partner_name}. I know.”|“Where did you go, {partner_name}? Tell me.”} #step: ground #locked: {pull_strong()} #why: Part of you would sooner apologise than hear the answer.]
    ~ step_ground(2)
    It comes out steady.
    {p3_named_it: You saw it at the start of the evening too: “Friends of yours?” and the tap on your nose. You said so then.}
* [“Don't you dare. Don't you dare make this about me.” #step: withdraw]
    ~ step_withdraw(1)
    Your voice cracks at the top like a cheap glass, and at {his()} end even the wind goes quiet.
* [“Sorry, I… Noor wanted to go, I did text…” #step: pursue]
    ~ step_pursue(2)
    An excuse, handed over for {him()} to climb into. Then, in a small voice: {veil_infidelity: “Where did you go, after?”|“Did you go home with them?”}
-
{veil_infidelity:
    “What? No.” Then a long story with holes in it, until the holes are bigger than the story. When the denials run out, what's left is the answer. It hangs above the bed like smoke with nowhere to go.
- else:
    “What? No. We were talking, that's all.” You say nothing. Then, so quietly the wind nearly takes it: “Okay. Yes. I went back with them.”
}
You hang up.
It rings again. # sfx: ring
{you_chased():Each time {he()} gets further, because you let {him()}: your name; your name and sorry; your name and sorry and please, just listen.|Each time {he()} gets further: your name; your name and sorry; your name and sorry and please, just listen.}
* [Let it ring until it stops #step: withdraw]
    ~ step_withdraw(1)
    You count the calls like sheep. On the seventh, your thumb answers without asking you.
* [Answer, and say: “I can't talk to you tonight.” #step: ground]
    ~ step_ground(1)
    The first true sentence all evening. “I know,” {he()} says. “Just don't hang up.” And you don't.
* [Answer, and listen. Only listen #step: pursue]
    ~ step_pursue(1)
    You let {his()} voice come: the one that hurt you, and the only one you want to hear.
-
~ p3_came = p3_he_comes()
{p3_came:
    Then {his()} voice goes soft. “I'm outside. I just started cycling and ended up here. Will you let me in?”
- else:
    Then {his()} voice goes soft. “Come here. Come to mine.”
}
“No,” you say. “Not tonight. Not ever, really.” You mean it. In the silence you can feel the part of you that has already put its shoes on.
* [{p3_came:“…All right. I'll come down.”|“…All right. I'm on my way.”} #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_went_over = true
    -> went
* [Hold the no: “Goodnight, {partner_name}.” #step: ground #locked: {pull_strong()} #why: The part of you that's already halfway down the stairs can't hear a word you're saying.]
    ~ step_ground(2)
    ~ boundary_held()
    -> stayed_home

= went
It's as if someone else says it, someone who lives underneath you and only comes up after midnight.
{p3_came:You go down the stairs barefoot. {He()}'s in the porch, wet with drizzle, and pulls you against {him()} before the door has shut.|You cycle through two red lights. {He()} opens the door before you can ring.} # partner: here
{He()}'s slower and gentler that night than you've ever known {him()}. It's a repayment, and you both know it; nobody names the sum.
{partner_far():Towards morning {he()} says {he()} wants you, for real this time, already feeling about for {his()} socks.|Towards morning {he()} says it into your hair: {he()} wants you, for real this time.} It feels like winning a game you never agreed to play.
-> tightrope

= stayed_home
“Goodnight, {partner_name}.” You turn the phone off. Not silent: off.{p3_came: Downstairs the bell goes twice more. Then a bike lock, and nothing.}
The hardest thing you've done in months, and nobody saw it. {partner_close():At 7:12 the phone fills up: four messages, a voice note, a last one that is only your name.|At 7:12 there is one message, and it's only your name.} You don't answer. You just don't have an answer yet.
-> tightrope

=== tightrope ===
# scene: home # partner: away
For days it's only a picture: {p3_saw: {veil_infidelity: the pushed-back chair, the two flat glasses|{his()} face turning away in the doorway}|{his()} elbow on the bar, the green coat laughing}. Then on Wednesday, rinsing a cup, it lands.
You're done with {him()}, you tell yourself. But the two of you are on a tightrope: when one leans in, the other leans away.
* [Ring Noor and tell her all of it #step: ground]
    ~ step_ground(1)
    {p3_told_noor: Noor knows how it began; you tell her the rest|You tell Noor all of it, from the café on}, sitting on the kitchen floor. She doesn't tell you to walk away. “And what do you want?” You don't know. For once, that doesn't feel like failing.
* [Reread your old messages at night #step: pursue]
    ~ step_pursue(1)
    You scroll back to when {he()} wrote good morning with seven o's. When you put the phone down, the birds have started.
* [Delete {his()} number. You know it by heart anyway #step: withdraw]
    ~ step_withdraw(2)
    The number, the chat, the photos. Afterwards you feel clean and empty. The number is still in your head, in {his()} voice.
-
On Saturday your phone goes. # sfx: sms
{
- partner_close():
    outside. five minutes? just five. {He()}'s on the pavement, hair wet, holding a bag from the good bakery, and by the look of {him()} {he()}'s been there a while. # partner: here
- partner_far():
    in the area. 5 mins? {He()}'s on the pavement with a bag from the good bakery, still astride {his()} bike, as if five minutes really means five. # partner: here
- else:
    outside. five minutes? just five. {He()}'s on the pavement, hair wet, holding a bag from the good bakery. # partner: here
}
You go down, and the anger comes up clean and cold.
* [Say plainly what it did to you #step: ground #locked: {walls_up()} #why: Your walls are so high by now that even your own voice can't climb over them.]
    ~ step_ground(2)
    “{veil_infidelity: You did what you did that night|You went home with someone else}, and then you rang me to come and make it better. {p3_went_over: And I came.|And when I wouldn't, you kept ringing.}” A breath. “It's still in my stomach. Every day.”
* [Fold your arms. Give {him()} one word at a time #step: withdraw]
    ~ step_withdraw(2)
    Yes. No. Fine. Whatever. Small coins for someone you don't trust, and you watch {him()} try to build a conversation out of them.
* [The anger's gone. You take the bag #step: pursue]
    ~ step_pursue(1)
    There's flour on {his()} sleeve, and the anger goes out of you like air out of a tyre. You hear yourself say thank you.
-
{you_chased():“See?” {he()} says, relieved. “I just need room sometimes. It isn't about you.”|“I need room sometimes. It isn't about you.” {He()} blinks too often. “I never wanted to hurt you.”}
In your head everyone who ever loved you sings: Don't give in. Noor takes the high part.
* [“I think you should go now.” #step: ground #locked: {pull_strong()} #why: The bread, the wet hair, the way {he()} says your name: everything in you is already leaning toward {him()}.]
    ~ step_ground(2)
    You say it gently, and go on meaning it while {he()} looks at you. {He()} goes. # partner: away
    -> keep_distance
* [Step back inside and shut the door on {him()} #step: withdraw]
    ~ step_withdraw(2)
    Not a slam, just a click, which is worse. Through the frosted glass {his()} shape stands a long time. # partner: away
    -> keep_distance
* [Let {him()} take your hand #step: pursue]
    ~ step_pursue(2)
    ~ p3_hunger_won = true
    {He()} reaches for your hand and you let {him()}. That's all it has ever taken.
    -> hunger

= keep_distance
{partner_close():The harder you keep your distance, the closer {he()} comes: a song at midnight, a voice note at three, {him()} on your step at eight with two coffees.|The harder you keep your distance, the closer {he()} comes: a song at midnight, {him()} on your step with two coffees.} # partner: here
You enjoy it, God help you: for once, being the one who's chased. The hunger sits in you, patient.
* [Keep your distance, even now #step: ground #locked: {pull_strong()} #why: The hunger has been waiting all week, and it's louder than every sensible voice put together.]
    ~ step_ground(2)
    ~ boundary_held()
    At your front door {he()} leans in and you turn your face, so the kiss lands by your ear. “Not like this. Maybe not at all.”
    It doesn't feel like winning. It feels like holding something very heavy very still. But it holds.
    -> after
* [Let the hunger win #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_hunger_won = true
    At your front door {he()} leans in and you don't turn your face. The stairwell light clicks off, and you leave it off.
    -> hunger

= hunger
The hunger wins all at once: your face in {his()} neck, the choir gone quiet. {partner_far():{He()} holds you and looks past your shoulder at the clock.|{He()} holds you as if winning something back.} You know what comes after, as surely as the bill.
-> after

= after
{p3_hunger_won:
    {partner_far():And it comes, faster than ever. One warm day, then nothing, all at once.|And it comes. A few warm days, then {his()} messages thin to single words, then to nothing.} # partner: away
- else:
    Then, as if {he()} felt the rope go slack, the songs stop, the coffees stop. Nothing at all. # partner: away
}
-> door

=== door ===
# scene: door # partner: away
Nine days without a word.{partner_far(): Two of your messages say read.} You don't turn up unannounced: an unspoken rule. {p3_hunger_won: Funny: {he()} turns up with bread whenever it suits {him()}.|Funny: {he()} stood on your doorstep with bread not long ago.}
You knock. # sfx: knock
Footsteps. A pause behind the door, long enough to look through the spyhole and decide.
Your throat closes around something you haven't swallowed yet. # body: throat
The door opens the width of a hand. {He()}'s grey in the face. “Hangover,” {he()} tells the doorframe. “Late one last night.” {He()} doesn't step aside: dropping by was never part of the deal. # partner: here
* [“Can I come in for a bit? I'll make you tea. I'll be quiet.” #step: pursue]
    ~ step_pursue(2)
    {He()} winces. {partner_far():“No. Not today. Really.”|“Not today, yeah? I'm wrecked.”} The door closes another centimetre, and you're the one who says sorry.
    You walk home with the feeling of having knocked on something that was never a door. # partner: away
* [Listen to your throat. “Okay. Get better.” #step: ground #locked: {pull_strong()} #why: You've come all this way; your feet won't turn round while that door is still open a crack.]
    ~ step_ground(1)
    You turn round before {he()} can shut the door on you, so that at least the turning round is yours. No answer, no row. Only the feeling of having knocked on something that was never a door. # partner: away
* [“Right. Enjoy your freedom.” #step: withdraw]
    ~ step_withdraw(2)
    Sharper than you meant, and exactly as sharp as you meant. You're already on the pavement. All the way home your knuckles remember knocking on something that was never a door. # partner: away
-
{you_chased():Three hours later, the phone.|An hour later, the phone.} # sfx: sms
{you_chased():sorry. bad timing.|sorry about before. bad timing. was genuinely feeling awful. can i make it up to you? x}
* {p3_may_leave()} [Reply: “I'm stopping this. Once was enough.” #step: ground]
    ~ step_ground(2)
    ~ p3_left = true
    You type it more calmly than you expected. No accusation after it, no kiss. {He()} reads it at once, and writes back: ok. Then, all evening, three dots that come and go.
* [Reply straight away: “No worries! Feel better x” #step: pursue]
    ~ step_pursue(1)
    Sent before you've thought. {He()} reads it. Nothing comes back.
* [Leave it unread until tomorrow #step: withdraw]
    ~ step_withdraw(1)
    You swipe it away unopened, so {he()} won't see it's been read. Let {him()} wonder, for once. You lie awake wondering whether {he()} is.
* [Don't answer yet. Write down what happened #step: ground]
    ~ step_ground(1)
    In a notebook, plainly: the knock, the pause, the width of the door, the word “deal”. In your own handwriting it looks like what it is.
-
~ disappointment()
~ p3_spend_flags()
On the edge of the bath you make a deal with yourself. Once is bad luck, twice might be chance. If there's a third time, that's simply how it goes, and then you go.
{p3_left:Though maybe you've gone already. You count anyway.|You're counting already.}
One. # pause: 3
-> festival
