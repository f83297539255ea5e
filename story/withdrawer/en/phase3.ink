// Phase 3 of the withdrawer's route — Out of breath. The café, the night after, the tightrope, the door.
// Flags live in ../common/phase3.ink (w3_…). Twin of ../nl/phase3.ink.

=== w_cafe ===
# phase: 3
# scene: cafe
Sunday afternoon, the café on the corner, the table by the window that {partner_name} has started calling “our table”. Outside, someone cycles past with a Christmas tree strapped to the back.
{
- partner_close():
    {He()}’s there before you, two coffees already ordered, and {he()} drags {his()} chair over until your knees touch.
- partner_far():
    {He()}’s there before you, but only looks up once you’re taking your coat off. “Hey.” A quick kiss on the cheek.
- else:
    {He()} waves from the window table. {He()}’s ordered for you already: the coffee you always have.
}
{ pattern_so_far():
- "pursue":
    These last weeks you’ve buried {him()} in things: flowers, messages after midnight, plans. Now {he()} has something for you. Beside your cup lies a key on a red ribbon. “So you never have to ring again.”
- "withdraw":
    These last weeks you’ve been “busy” a lot. {He()} doesn’t mention it. {He()} just puts a key beside your cup, on a red ribbon. “For when you do have time.”
- "ground":
    It’s been good lately, calmer than you’re used to. Maybe that’s why {he()} slides a key beside your cup, on a red ribbon. “No rush. It’s just yours.”
- else:
    Beside your cup lies a key on a red ribbon. “I had a spare cut,” {he()} says. “Seemed easier.”
}
An ordinary key, brass, new, its teeth still sharp. You look at it and your heart skips, and not with joy. # body: heart
* [Pick it up and kiss {him()}: “So I can just barge in whenever?” #step: pursue]
    ~ step_pursue(2)
    ~ w3_key = true
    You slip the key into your inside pocket, close against your chest, and kiss {him()} across the table. {He()} lights up. It feels good, that light, and you made it.
    All afternoon the brass presses a small hard spot into your ribs.
* [Leave it there. “Nice. Hey, have you started that series yet?” #step: withdraw]
    ~ step_withdraw(1)
    You stir your coffee and change the subject, and you hear yourself chatting away, all brightness. {He()} leaves the key where it lies.
    When you next look down, it’s gone. {His()} coat pocket, you suppose. You don’t ask.
* [Tell the truth: “It makes me happy, and a bit breathless too. Can it just sit there for a while?” #step: ground #locked: {walls_up()} #why: There’s already a wall between you and that ribbon. Nothing honest gets said from behind a wall.]
    ~ step_ground(2)
    It’s out before you can smooth it over. {partner_name} looks at the key, then at you.
    “Breathless,” {he()} repeats. “Right.” It stings; you can see it sting. But {he()} leaves the key on the table, and so do you, and the afternoon carries on.
-
{
- w2_word == "vague":
    Ever since your “we’ll see”, {he()} plans further ahead than ever, so that at least something is fixed.
- w2_word == "fear":
    Ever since you said the question frightened you, {he()} asks first: “Can I say something about later?” You nod, too quickly.
}
{partner_close():{He()} isn’t finished. With one finger {he()} draws on the fogged window.|Later, over the second coffee, {he()} comes back to it.} “Mum turns sixty in March. She asked if you’re coming. And then I thought, in the summer… a cottage, in France, two weeks. Just us.”
March. The summer. You can see it all: a table of people who already know your name, a car, two weeks without a single door that’s yours. Under the table your legs want to go. # body: breath
* [“France! Leave the cottage to me.” #step: pursue]
    ~ step_pursue(1)
    Out comes your phone, and you’re showing {him()} stone houses with blue shutters. As long as you’re arranging something, you needn’t feel anything. {He()} leans on your shoulder and points at one.
* [“March is ages away. Let’s see how things go first.” #step: withdraw]
    ~ step_withdraw(1)
    “See how things go first,” you say. {He()} nods. You watch {him()} take that little word “first” and file it somewhere.
* [“I’d love to come to your mum’s. The summer I can’t promise yet.” #step: ground #locked: {pull_strong()} #why: {He()}’s looking at you with so much hope. You’ll say what {he()} wants to hear without even trying.]
    ~ step_ground(1)
    One yes, one not yet: less than {he()} hoped for, and true. “March, then,” {he()} says. “I’m writing that down.” And {he()} does, in {his()} phone, and you let {him()}.
-
-> w_night_after

=== w_night_after ===
# scene: bedroom
That night you stay at {his()}. {partner_close():{He()} sleeps pressed against you, an arm across your chest, a leg over yours, heavy and warm.|{He()} sleeps with {his()} back to you, but {his()} hand has found yours and won’t let go.}
At three you’re wide awake. The radiator ticks. {w3_key:Your coat hangs over the chair, the key still in the inside pocket.|{His()} phone lies on the bedside table, with the note about March.}
Your chest has shut. You breathe, but the air stops at your throat. Your legs want to walk: down the stairs, out into the street, anywhere at all. # body: breath
* [Slide out from under {his()} arm, dress in the dark and go #step: withdraw]
    ~ step_withdraw(2)
    ~ w3_fled_night = true
    You find your socks by feel. On the stairs you skip the third step, the one that creaks. Outside the air is cold and you drag it in until it hurts.
    On the bike you feel light, almost happy. The shame comes later.
* [Stay. Breathe out longer than you breathe in, and count #step: ground #locked: {walls_up()} #why: Your body is already out of the door. Lying still feels like drowning.]
    ~ step_ground(2)
    Four counts in, six out. It doesn’t work at first. {His()} arm is heavy, and you leave it there. After a while, you couldn’t say how long, it settles: not gone, just lower.
    The danger was never in this room. It was in you, and it’s still there. So are you.
* [Wake {him()} with a kiss, so you don’t have to feel it #step: pursue]
    ~ step_pursue(1)
    You kiss {his()} neck until {he()} groans and turns over. Sleepy, surprised, pleased. Then {he()}’s asleep again at once.
    The tightness hasn’t gone. It’s just underneath something else now.
-
{w3_fled_night:
    At eight {he()} rings. You let it ring. Then a message: where are you? you scared me.
- else:
    In the morning {he()} makes coffee and sings in the kitchen, off-key. {He()} hasn’t noticed a thing.
}
{partner_close():Then another, and another: are you ill? just say something. x|Then nothing more.}
* [“Sorry! Early meeting, didn’t want to wake you. Tonight? x” #step: pursue]
    ~ step_pursue(1)
    The little lie goes out easily, with a kiss on the end. The kiss you do mean.
* [Say nothing. You’ll tell {him()} when you know yourself #step: withdraw]
    ~ step_withdraw(1)
    You put your phone in the desk drawer and shut it. It’s a relief, and it isn’t.
* [“I couldn’t breathe last night. Not because of you. I don’t know yet what it is.” #step: ground #locked: {walls_up()} #why: The word “breathe” is already on your screen and your thumb is holding down delete.]
    ~ step_ground(2)
    You look for a long time at “not because of you”. It’s true, you think. You send it.
    {He()} writes back: ok. i’m here. You don’t know if that helps. It is true, though.
-
-> w_tightrope

=== w_tightrope ===
# scene: home
{partner_close():The week after, {he()} writes every day: a photo of {his()} lunch, a song, whether you’ll come to dinner at {his()} sister’s on Saturday.|The week after, {he()} writes less. You notice. You notice yourself checking, too.}
Your answers get short. Shorter. Everything about {him()} starts to grate: the way {he()} says “we”, the smileys, asking how you slept. {w3_fled_night:You know perfectly well {he()} hasn’t forgotten that night.|} At work you hear yourself sigh whenever your phone buzzes.
Thursday, half past five. Eva leans on the edge of your desk. “You look like someone planning a jailbreak. One drink?” {w2_eva:Since that night in the bar, her hand on your knee, she knows exactly how to ask.}
* [Go with Eva. Switch your phone off #step: withdraw]
    ~ step_withdraw(2)
    ~ w3_eva = true
    -> eva
* [“Not today.” Write to {partner_name}: “I need a weekend to myself. I’ll be back on Monday.” #step: ground #locked: {walls_up()} #why: Saying you need space means admitting something’s wrong. Easier not to see anyone at all.]
    ~ step_ground(2)
    ~ w3_weekend = true
    -> weekend
* [“Not today.” Cycle to {partner_name}’s with flowers, all smiles #step: pursue]
    ~ step_pursue(2)
    -> flowers

= eva
{veil_infidelity:
    It isn’t one drink. It’s several, and a pub neither of you ever goes to, and Eva laughing at things that aren’t funny. What happened after, you tell no one. It was light and it was nothing, and you knew exactly what you were doing. # scene: bar # partner: away
- else:
    It isn’t one drink. It’s several, then Eva’s bike locked to yours, then her stairs. In her bed, for a while, you think of nothing at all. That was the whole point. # scene: bar # partner: away
}
Home at two, you switch your phone back on. Six messages. {partner_close():The last one: i’m worried. will you call?|The last one: never mind.}
No guilt, not yet. Just room. For the first time in days your breath reaches all the way down.
* [Call {him()} back, sweet and tired, and say you were out with work people #step: pursue]
    ~ step_pursue(1)
    “Work people,” you say, “you know how it is.” {His()} voice goes soft with relief. That makes it worse, and you stay sweet.
* [Leave it. Go to sleep #step: withdraw]
    ~ step_withdraw(1)
    You sleep at once, deep and dreamless. In the morning you read all six messages in one go and answer none of them.
-
-> w_door

= weekend
You send it before you can soften it. Then you sit in your quiet room, and it’s frightening, this much quiet. But it’s yours.
{partner_close():
    Friday {he()} writes: can i see you saturday just for a bit? one coffee? Saturday: miss you. Sunday afternoon: nothing. And it’s that nothing that tugs at you, harder than all the messages.
- else:
    {He()} writes back: ok. Nothing else, all weekend. And it’s that nothing that tugs at you.
}
Sunday evening, eight o’clock. Your coat is on the hook. You could cycle over now, and it would all be fine again.
* [Keep to Monday. The weekend’s nearly over #step: ground #locked: {pull_strong()} #why: You can’t bear {his()} silence. If you don’t go now, you’ve lost {him()}.]
    ~ step_ground(2)
    ~ boundary_held()
    You hang your scarf back up. You cook for yourself, a proper meal, and eat it at the table. Monday is tomorrow, and then you’ll go.
* [Put your coat on and go now, with wine, and tell {him()} you missed {him()} #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    At half eight you’re on {his()} doorstep with a bottle and your best face. {He()}’s so happy {he()} forgets about Monday. So do you, until you’re lying awake at three again.
-
-> w_door

= flowers
Tulips, yellow ones, because {he()} once said {he()} liked them. {He()} opens the door with wet hair{partner_far():, looks at the flowers before {he()} looks at you, and laughs anyway|, and laughs, surprised}. # partner: here
It’s a lovely evening. You’re funny, you’re kind. Only, every time {he()} says “we”, something pulls in your shoulders. # body: throat
* [Stay the night, as {he()} asks #step: pursue]
    ~ step_pursue(1)
    You stay. {He()} sleeps curled into you. You watch the clock radio: two, three, four.
* [Say at eleven that you’ve an early start, and go #step: withdraw]
    ~ step_withdraw(1)
    {His()} face in the doorway, hopeful and let down at once. You wave from the bike and pedal hard.
-
-> w_door

=== w_door ===
# scene: door # partner: away
{w3_eva:Saturday|{w3_weekend:A week later|A few days later}} it’s the plan: {his()} friends, a dinner, you’re due at {his()} place at seven. At a quarter to, you’re outside {his()} door. {w3_key:The key is in your pocket. You don’t use it.|}
{partner_state():
- "close": This afternoon {he()} sent you a list: who’s coming, who’s cooking what, how much {his()} sister wants to meet you. Three hearts.
- "far": Since Tuesday {his()} messages have been short. “Seven, then.” No heart.
- else: “You are coming, aren’t you?” it said this morning. A minute later: “Joking. See you later.”
}
Through the door: voices, laughter, glasses. Someone calls {his()} name. Your hand hovers by the bell, and your throat has closed. # body: throat
* [Ring, and be charming all evening #step: pursue]
    ~ step_pursue(2)
    -> inside
* [Turn round. On the way, send: “Sorry, not feeling well.” #step: withdraw]
    ~ step_withdraw(2)
    -> turned
* [Ring, and tell {him()} in the hall first how you are #step: ground #locked: {walls_up()} #why: Behind that door sit six people who already call you “the new one”. You don’t even want to go in, let alone say anything.]
    ~ step_ground(2)
    -> truth

= inside
{partner_far():{He()} opens the door, hesitates a second, then kisses your cheek.|{He()} opens the door and throws {his()} arms round you.} # partner: here
You’re at your best all night. You remember everyone’s name, you top up glasses, you tell the one about the Christmas tree on the bike. {His()} friends think you’re wonderful. At eleven you’re in the kitchen with your forehead against the cold window.
{partner_name} comes in. “What’s wrong?”
{w3_eva:
    You look at {him()}. {veil_infidelity:You think of Thursday, and look away.|You think of Eva’s stairs, and you can’t meet {his()} eyes.}
}
“Nothing,” you say. “Headache.” And then, because you can’t stand it any longer: “I’m going home.”
{His()} face drops. Not angry. Worse: {he()} saw it coming. “You’re never quite here, are you,” {he()} says. “Even when you are.” # partner: away
-> after

= turned
On the stairs down you’re already sending it. sorry, not feeling well. have fun x
Your phone buzzes before you’re outside. You don’t look. At home you do: {partner_close():you could have said. everyone asked about you. i even made your pudding.|ok.}
{w3_eva:There’s a message from Eva too, an hour old. You don’t read it, and you read it anyway.}
Relief. For ten minutes, relief.
-> after

= truth
{He()} opens the door in an apron{partner_close():, glad|, a little wary}. # partner: here
“Hang on,” you say, before {he()} can pull you inside. “I want to be here. And I’ve been standing outside for ten minutes because I can’t breathe properly. It’s not your friends.”
{partner_name} pulls the door to behind {him()}, and the noise dulls. {He()} looks at you a long time.
{w3_eva:
    {veil_infidelity:Thursday is still there between you, unsaid. You don’t mention it. It isn’t the whole story, and you know it.|Eva is still there between you. You don’t say it. It isn’t the whole story, and you know it.}
}
“I don’t get it,” {he()} says. “I’m trying so hard.” Then, quieter: “Are you coming in or not?”
You go in, for an hour. Then you go home, and {he()} lets you, with a kiss that doesn’t linger. # partner: away
-> after

= after
{partner_far():Silence, that night and the day after.|One more message from {him()}, at half twelve: i just don’t understand you. night.}
It’s the first time you’ve really let {him()} down. You know it; it’s all in that one line. And now that it’s happened, you want nothing more than to put it right, all of it, at once.
* [Buy a present, write a long loving letter, promise it’ll be different #step: pursue]
    ~ step_pursue(2)
    You fill three pages. You mean every word. You promise things you know, even as you write them, you can’t keep, and you promise them anyway.
* [Leave the shame where it is. Don’t go out for a few days #step: withdraw]
    ~ step_withdraw(1)
    You turn the heating up and watch series until your eyes sting. The shame doesn’t leave; it just lies down under the blanket with you.
* [Ring Bas and tell him what happened tonight #step: ground]
    ~ step_ground(1)
    Bas listens till you’re done. “So you ran off,” he says, “and now you want to run back.” He laughs, not unkindly. “Maybe try standing still first? Just as an experiment.” You nearly laugh too.
-
~ disappointment()
Awake in the dark, you’re suddenly quite sure: you are the problem. Or {he()} is, tomorrow. It changes by the hour.
Once is nothing, you tell yourself. Anyone can slip once. # pause: 3
-> w_festival
