// Phase 3 — Almost danced out. The café, the night after, the tightrope, the door.
// Flags live in ../common/phase3.ink (p3_…). Twin of ../nl/phase3.ink.

=== cafe ===
# phase: 3
# scene: cafe
Alone, the two of you are good. Better than good. Sunday mornings in {his()} bed with the window open and the street drifting in, {his()} foot finding yours under the sheet, a whole day lost to toast and not getting dressed.
It's other people that do something to you. Put the two of you in a room full of them and a small animal wakes in your chest and pricks up its ears. You catch yourself keeping count: who {he()} looks at, for how long, who laughs at {his()} jokes. You have never been jealous. You don't like meeting yourself like this.
Under the counting there's something worse, and it has no words, only a feeling: that {he()} could choose differently at any moment, and that you'd be the last to know.
Friday, the corner café. Rain down the windows, candles stuck in wine bottles, an old dog asleep under the bar. Noor is at the counter with a colleague, turning round every so often to pull a face at you. You and {partner_name} have the little table by the window, knees touching underneath it.
And tonight it's there, the click. {He()} tells you about {his()} cousin's wedding speech and does all the voices, and you laugh so hard the candle flame bends. {He()} watches you laugh as if {he()} made it. Under the table {his()} hand lies warm and heavy on your knee.
The door swings open and lets in cold and noise: five or six people shaking out umbrellas, loud the way people are when they've come from somewhere better. {His()} eyes go to them. Only for a second, then back to you, and the hand is still on your knee.
But the animal in your chest has lifted its head.
* [Lay your hand over {his()}, and keep it there #step: pursue]
    ~ step_pursue(1)
    You put your hand over {his()} and press, lightly, the way you'd hold a page down in the wind. {He()} turns {his()} palm up and laces {his()} fingers through yours without looking, already listening to something behind you.
    It's fine. {He()}'s here. You're holding on to {him()}, aren't you?
* [Say it lightly: “Friends of yours?” #step: ground]
    ~ step_ground(1)
    ~ p3_named_it = true
    “Friends of yours?” You say it lightly, and you mostly mean it lightly.
    “Never seen them in my life.” {He()} grins and taps the end of your nose. “Look at you, keeping an eye on me.” It comes out as a joke and you laugh as if it were one. But you have said out loud that you saw, and somewhere in you that counts.
* [Let it go. Turn round and wave at Noor #step: withdraw]
    ~ step_withdraw(1)
    You twist in your chair and wave at Noor, who mimes a yawn and jerks her head at her colleague. You laugh more loudly than it deserves. You are not someone who watches where another person's eyes go. You decide, as of now, not to be.
    When you turn back, {partner_name} is looking past your ear.
-
A while later {he()} stands and stretches. “Same again?” {He()} threads through the tables to the bar, and you watch {him()} go, and then you watch {him()} not come back.
At the far end of the counter, by the coat hooks, someone in a green coat has said something to {him()}. Or {he()} said something first; you didn't see who started it. {He()} props an elbow on the bar. Two fresh glasses stand at {his()} elbow, paid for and forgotten, the foam slowly sinking.
You tell yourself what you'd tell anybody. It's a conversation. People talk in cafés; that's what cafés are for. You are a grown adult sitting at a table with a candle.
Five minutes. Ten. The green coat throws their head back and laughs. {partner_name} laughs too, and you know that laugh: the early one, the one you thought had your name on it. {He()} leans in to hear over the music. {He()} hasn't looked at your table once.
It's strange how it goes. All evening there was a line between you and {him()}, a thread you could have plucked from across the room and felt hum. Now you can't find it. There's just a room with people in it, and one of them happens to be {him()}.
Something sour climbs the back of your throat. It isn't anger, not yet. It's older than anger, and it knows the way.
Noor drops into {his()} empty chair. She doesn't look at the bar; she looks at you. “Shall we go to the Lantern? My colleague is boring me into an early grave.”
* [Go over first: tell {him()} where you'll be, and that {he()} should come #step: pursue]
    ~ step_pursue(2)
    ~ p3_told_where = true
    You cross the room. Up close the green coat is just a person: nice face, a bit drunk, friendly. You put your hand on the small of {his()} back and it's like touching someone else's jacket on a hook.
    “We're going to the Lantern. Come and find us when you're done?”
    “Sure, sure.” {He()} doesn't turn all the way round. “Go on, I'll catch you up.” You wait a beat for more. There isn't any more.
* [Tell Noor the truth: “I can't sit here and watch this.” #step: ground]
    ~ step_ground(1)
    “I can't sit here and watch this,” you say, and it's a relief to hear it out loud, even this quietly.
    Noor doesn't tell you you're imagining things. She just goes and gets your coat.
* [Walk out without a word. Let {him()} find the table empty #step: withdraw]
    ~ step_withdraw(2)
    You finish your glass, take your coat and walk out past the end of the bar, close enough to brush {his()} sleeve. Not a word. Let {him()} turn round and find the table empty. Let {him()} feel that for once.
    {He()} doesn't turn round.
-
The Lantern is three streets away and twice as loud: a piano nobody's playing, a barman with a moustache like a broom, the smell of wet coats drying. Noor gets two glasses of red. You sit down facing the door without deciding to.
Your body is here. The rest of you stayed behind at the corner café, at the end of the bar, by the coat hooks, measuring the space between two elbows. You check your phone. Nothing. You check it again, as if that's something phones respond to.
“So,” Noor says, in the voice she keeps for people on ledges. “Do you want to talk about it, or shall I tell you about my neighbour's saxophone?”
* [Tell her how it really is: alone it's perfect, in company you turn into a stranger #step: ground #locked: {walls_up()} #why: Open that door a crack and everything behind it comes out, here, at this sticky table.]
    ~ step_ground(1)
    ~ p3_told_noor = true
    You say it before you can tidy it up. How it's perfect when it's just the two of you. How in company you go on guard like a dog at a gate. How you've never been jealous in your life and now there's a stranger living in your skin, and the stranger is counting.
    Noor listens all the way to the end without interrupting, which for Noor is a form of love. “You're not going mad,” she says at last. “You're noticing something. That's different.”
* [“The saxophone. Please.” #step: withdraw]
    ~ step_withdraw(1)
    Noor tells you about the saxophone, which her neighbour plays only on Sunday mornings and only one song, badly, with feeling. It's a good story. You laugh in all the right places. You won't remember a word of it.
* [Text {him()} under the table: “we're at the Lantern x” #step: pursue]
    ~ step_pursue(1)
    ~ p3_told_where = true
    You type it under the table like a kid in class. we're at the Lantern x. You look at the x for a long time. You leave it in. Sent. Delivered. Not read.
    “Did you just text {him()}?” Noor says. “No,” you say, and turn the phone face down, and turn it back over.
-
Half an hour. The candle on the table has burned down by the width of a finger. Noor's glass is empty; yours is still full.
Then, out of nowhere, something in your stomach turns over. Not a flutter. A turn, slow and heavy, like a key in a stiff lock. It isn't a thought; it lives lower down than thoughts, and it says one thing only. Now. Go back now. # body: stomach
* [Listen to it. Get up and go back, now #step: ground]
    ~ step_ground(2)
    ~ p3_saw = true
    You're on your feet before you've agreed to it. “I have to go back.” Noor takes one look at your face and doesn't ask. She leaves a note under her glass and comes with you.
    -> doorway
* [Ring {him()} instead. Just to hear where {he()} is #step: pursue]
    ~ step_pursue(2)
    ~ p3_saw = true
    You step outside and ring {him()}. It rings out. You ring again. It rings out. The third time it goes straight to voicemail, {his()} recorded voice cheerful and unbothered, and that, more than anything, sets you running. Noor's heels clatter after you.
    -> doorway
* [It's nerves. Order another glass and stay where you are #step: withdraw]
    ~ step_withdraw(1)
    -> stayed

= doorway
{veil_infidelity:
    The rain has thinned to something like dust. The corner café's door is shut and its windows are fogged from the inside.
    You go in. {His()} chair is pushed back and {his()} jacket is gone from the hook. The two glasses still stand on the bar, flat now. The woman behind the bar shrugs: left a few minutes ago. She doesn't say alone and she doesn't say not alone. She doesn't need to.
    Noor says your name. You don't answer. Somewhere inside you a guess has already been made and put away, the way you'd put away a letter you aren't ready to open. It makes you feel sick all the same.
- else:
    The rain has thinned to something like dust. Forty metres from the corner café you see its door swing open and light spill onto the wet pavement, and the green coat steps out into it, turning up a collar, laughing at something over one shoulder.
    A few seconds later: {partner_name}.
    You reach the doorway at the same moment {he()} does. Close enough to smell the café on {him()}: beer, damp wool, candle smoke. {His()} eyes find yours. For a second, a whole long second, {he()} stops, and you watch {him()} think.
    Then {he()} turns {his()} face away, as if from a light that's too bright, steps past you into the street and follows the green coat without looking back.
    Noor says your name. You don't answer. You know exactly where {he()}'s going. You know it with your whole body, the way you know in the dark that a stair is missing, and it makes you feel sick.
}
* [Go after {him()} #step: pursue]
    ~ step_pursue(2)
    You run to the corner, as if there were still something to catch. The street is wet and empty and orange under the lamps: nobody, just a bicycle bell somewhere and your own breath. You stand there until Noor catches up and hooks her arm through yours without a word.
* [Let {him()} go. Go home #step: ground]
    ~ step_ground(1)
    “I'm going home,” you tell Noor. She offers to come with you. You say no and mean it, and she lets you mean it. You walk.
* [Go back in with Noor and laugh loud enough for the whole room #step: withdraw]
    ~ step_withdraw(2)
    You go in, order two shots and drink them both. You laugh at the joke the woman behind the bar makes, at Noor's, at nothing in particular. Anyone watching would think you were having the night of your life. Nobody's watching.
-
-> night_after

= stayed
You order another glass and drink half of it in one go, and the turning in your stomach lies down, sulking, like a dog that's been told to be quiet.
Noor walks you home at one. Your route passes the corner café. The lights are off, the chairs upside down on the tables. You don't look for {his()} bike in the rack. You look anyway. It isn't there.
-> night_after

=== night_after ===
# scene: bedroom
The scene goes here: night_after.
* [Go on #step: ground]
    ~ step_ground(1)
    -> tightrope

=== tightrope ===
# scene: home
The scene goes here: tightrope.
* [Go on #step: ground]
    ~ step_ground(1)
    -> door

=== door ===
# scene: door
The scene goes here: door.
* [Go on #step: ground]
    ~ step_ground(1)
    # pause: 3
    …
    -> festival
