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
Noor drops into the empty chair opposite you. She doesn't look at the bar; she looks at you. “Shall we go to the Lantern? My colleague is boring me into an early grave.”
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
    At the bar you order two shots and drink them both. You laugh at the joke the woman behind the bar makes, at Noor's, at nothing in particular. Anyone watching would think you were having the night of your life. Nobody's watching.
-
-> night_after

= stayed
You order another glass and drink half of it in one go, and the turning in your stomach lies down, sulking, like a dog that's been told to be quiet.
Noor walks you home at one. Your route passes the corner café. The lights are off, the chairs upside down on the tables. You don't look for {his()} bike in the rack. You look anyway. It isn't there.
-> night_after

=== night_after ===
# scene: bedroom
Afterwards you can't remember getting home. Only pieces: a traffic light turning red for nobody, your key missing the lock twice, the smell of your own stairwell, someone's curry and old radiators.
You don't get undressed. You sit up in bed with your back against the wall and the duvet over your knees, and you stare at the wardrobe door. Sleep is in another country. Crying would need something in you to let go, and nothing will.
You're angry, and you don't believe it, and the two are balanced so exactly that neither can win. {p3_saw: Every time you close your eyes you're back there: {veil_infidelity: the pushed-back chair, the empty hook, the shrug.|the doorway, and {his()} face turning away from you like a page.}|You didn't see anything. That's what you keep telling yourself. You didn't see a thing.}
1:40. 2:05. 2:20. The numbers on the clock keep changing without getting anywhere.
{p3_told_noor: Your phone lights up on the duvet. Noor: home safe? I'm awake. any time. really.}
* [Put a hand flat on your stomach, and let it hurt there #step: ground]
    ~ step_ground(1)
    You put your hand where it turned over, hours ago. It's still there, a knot the size of a fist. You don't argue with it. You sit with it the way you'd sit with someone in a hospital corridor: nobody has to say anything.
    {p3_told_noor: Then you write back to Noor: not ok. but home. She sends a single heart and nothing else, which is exactly right.}
* [Type “I know what you did.” Delete it. Type it again #step: pursue]
    ~ step_pursue(1)
    You type I know what you did and delete it. You type where are you and delete that. You type I hope you and can't think how it ends. The screen dims and you tap it awake, again and again, so it can't go dark on you.
* [Switch the phone to silent and throw it to the end of the bed #step: withdraw]
    ~ step_withdraw(1)
    You switch it to silent and throw it. It lands face down at the foot of the bed, a small black stone in the folds of the duvet. Two minutes later you crawl down and turn the sound back on. Just in case. In case of what, you couldn't say.
-
At 2:51 the phone rings. # sfx: ring
{partner_name}. Of course.
You pick up and say nothing. You don't need to: {he()}'s already talking, loud, outdoors, the wind scraping across the microphone.
“Where did you go? I looked everywhere for you. Everywhere. You can't just vanish like that.”
{p3_told_where: You told {him()} where. The Lantern. You even put a kiss on the end of it.}
{He()} sounds hurt. That's the astonishing part. {He()} sounds genuinely, indignantly hurt, as if you were the one who walked off into the night.
* [{p3_saw: “I came back to the café, {partner_name}. I know.”|“Where did you go, {partner_name}? Tell me.”} #step: ground #locked: {pull_strong()} #why: Part of you would sooner apologise than hear the answer.]
    ~ step_ground(2)
    You say it without raising your voice. It surprises you how steady it comes out, like something set down carefully on a table.
    {p3_named_it: You think of the start of the evening: “Friends of yours?” and the tap on your nose. You saw it then, too. You said so.}
* [“Don't you dare. Don't you dare make this about me.” #step: withdraw]
    ~ step_withdraw(1)
    “Don't you dare,” you say. “Don't you dare make this about me.” Your voice goes up and cracks at the top like a cheap glass, and at {his()} end even the wind goes quiet for a second.
* [“Sorry, I… Noor wanted to go, I did text…” #step: pursue]
    ~ step_pursue(2)
    It's out before you can stop it: an apology. You hear yourself explaining, smoothing things over, handing {him()} the shape of an excuse to climb into. Then, in a small voice that belongs to someone else: {veil_infidelity: “Where did you go, after?”|“Did you go home with them?”}
-
{veil_infidelity:
    “What? No. What are you on about?” A pause with the wind in it. Then a story, a long one, with holes in it. Then the holes get bigger than the story.
    You don't need the details, and {he()} doesn't give them. There comes a moment when the denials run out, and what's left where they were is the answer. You both hear it.
    It doesn't reach you. It hangs in the room above the bed like smoke with nowhere to go.
- else:
    “What? No. What are you on about?” A pause with the wind in it. “We were talking. I walked them to the tram, that's all.”
    You say nothing. Silence is the one thing you have that {he()} can't argue with.
    “Nothing happened.” Then, less sure: “Nothing really happened.” Then, after a long time, so quietly the wind nearly takes it: “Okay. Yes. I went back with them. I'm sorry. It didn't mean anything.”
    The words arrive but they don't reach you. They hang in the room above the bed like smoke with nowhere to go. Your worst nightmare, confirmed by phone at three in the morning, in the voice you love.
}
You hang up.
It rings again. # sfx: ring
You hang up. It rings. You hang up. It rings. Each time you let {him()} get a little further before your thumb finds the red circle: your name; then your name and sorry; then your name and sorry and please, just listen. Each time {he()} gets a few more words into the room.
* [Let it ring until it stops #step: withdraw]
    ~ step_withdraw(1)
    You watch it ring. {His()} name, pulsing, going dark, lighting up again. You count the calls like sheep. On the seventh, your thumb answers without asking you.
* [Answer, and say: “I can't talk to you tonight.” #step: ground]
    ~ step_ground(1)
    “I can't talk to you tonight,” you say. It's the first true sentence you've managed all evening, and your voice nearly holds. “I know,” {he()} says. “I know. Just don't hang up. Please.” And you don't, and you couldn't tell anyone why.
* [Answer, and listen. Only listen #step: pursue]
    ~ step_pursue(1)
    You answer and say nothing and let {his()} voice come. It's the voice that hurt you, and it's the only voice you want to hear, and it's terrible how easily those two things fit in one hand.
-
{His()} voice goes soft then, the way it only ever does late at night. The wind has gone; {he()}'s indoors. “Come here,” {he()} says. “Come to mine. I want you here.” A breath. “And if you don't want to, I get it. I'd understand.”
“Of course I'm not coming,” you say, and you're furious, and it's true.
Then comes a silence you don't fill. In it you can hear {him()} breathing, and you can feel, the way you feel weather coming, the part of you that has already put its shoes on.
* [“…All right. I'm coming.” #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_went_over = true
    -> went
* [Hold the no: “Goodnight, {partner_name}.” #step: ground #locked: {pull_strong()} #why: The part of you that's already halfway down the stairs can't hear a word you're saying.]
    ~ step_ground(2)
    ~ boundary_held()
    -> stayed_home

= went
It's as if someone else says it, someone who lives underneath you and only comes up after midnight. “All right. I'm coming.”
You cycle through the empty city with your coat flapping open, no lights, through two reds. What you want is very small and very clear: to lie in {his()} arms and say nothing. Not one word. A word would break it.
{He()} opens the door before you can touch it. {He()} doesn't say anything either. That's the agreement, made without anyone making it.
And the night is better than any night before it. {He()} is slower, gentler, more there than {he()} has ever been; {he()} looks at you as if {he()} were trying to learn you by heart. You know why. {He()} has something to make up for. You don't say it. Saying it would end it.
Towards morning, {his()} mouth against your hair, {he()} says {he()} wants you. Properly. For real this time, {he()} says, not like before. It gives you an odd, crooked satisfaction, like winning a game you never agreed to play.
-> tightrope

= stayed_home
“Goodnight, {partner_name}.” You end the call, and this time you turn the phone off. Not silent: off. The screen goes black and your own face looks back at you out of it.
It's the hardest thing you've done in months, and nobody saw it. You lie down in your clothes. The knot in your stomach doesn't come undone, but it stops pulling tighter.
At 7:12 you switch the phone back on and it fills up with {him()}: four messages, a voice note you don't play, and a last one that is only your name. You don't answer. Not to punish {him()}. You don't have an answer yet, and you're allowed not to have one.
-> tightrope

=== tightrope ===
# scene: home
It takes days. The picture has burned itself onto the back of your eyes — {p3_saw: {veil_infidelity: the pushed-back chair, the two flat glasses, the shrug behind the bar|{his()} face turning away in the doorway, the green coat under the streetlamp}|the green coat's head thrown back, {his()} elbow on the bar, the café gone dark with its chairs on the tables} — and for days it stays a picture, something you look at rather than something that happened to you. Then on Wednesday, rinsing a cup, it lands. You stand at the sink with the tap running until the water goes hot.
There isn't a sensible reason in the world for what you're doing. You know that. If Noor told you this story about somebody else, you'd be on the phone to them before she'd finished.
{p3_went_over: And you went to {him()}, that same night. You keep going back to that the way your tongue goes back to a chipped tooth.|You didn't go to {him()} that night. You held. And still, here you are, thinking about {him()} before you've even opened your eyes.}
You tell yourself you're done with {him()}. You tell yourself so often and so firmly that you start to hear how it sounds, like someone talking loudly in the dark to keep the dogs off. Somewhere deep down, below all the reasons, a part of you is chained to {him()}, and it couldn't care less what you tell yourself.
Because {he()} shows you, week after week, that {he()} can't do this. And then, in the rare hours when {he()} can, {he()} pours everything over you at once, and you'd have to be made of stone to step out from under that.
It's a tightrope. The two of you up there, arms out, wobbling, neither willing to be the one who jumps. Every time one of you leans toward the other, the rope swings, and the other leans away to steady it. Every swing brings the ground a little closer.
* [Ring Noor and tell her all of it, start to finish #step: ground]
    ~ step_ground(1)
    {p3_told_noor: Noor knows how it began; she was there at the Lantern. You tell her the rest|Noor knows none of it yet. You tell her all of it, from the café on}, sitting on the kitchen floor with your back against the fridge, its hum going up your spine. She doesn't tell you to walk away. She says, “And what do you want?” You don't know. For once, not knowing doesn't feel like failing.
* [Reread your old messages at night, scrolling back to the start #step: pursue]
    ~ step_pursue(1)
    At night you scroll back. Past the silences, past the thin weeks, all the way to the beginning, when {he()} wrote good morning with seven o's and sent you photos of dogs {he()} said looked like you. You read them the way people in films read old letters. By the time you put the phone down, the birds have started.
* [Delete {his()} number. You know it by heart anyway #step: withdraw]
    ~ step_withdraw(2)
    You delete {his()} number, then the chat, then the photos, one by one, with the concentration of someone defusing something. Afterwards you sit back, clean and empty. The number is still in your head, every digit, in {his()} voice, in the order {he()} once read it out to you in the rain.
-
On Saturday afternoon your phone goes. # sfx: sms
outside. five minutes? just five.
You go to the window. {He()}'s on the pavement beside {his()} bike, looking up, hair wet, a paper bag from the good bakery in one hand, the one two neighbourhoods away. {He()} cycled all that way for the bread you like.
You go down. You tell yourself it's so the neighbours won't have to watch.
In the doorway you're angry. It comes up clean and cold, like water from a long way down. And under the anger you're disappointed, which is worse, because it's heavier and it doesn't burn off.
* [Say what it did to you. Plainly, without raising your voice #step: ground #locked: {walls_up()} #why: Your walls are so high by now that even your own voice can't climb over them.]
    ~ step_ground(2)
    “{veil_infidelity: You did what you did that night|You went home with someone else}, and then you rang me to come and make it better. {p3_went_over: And I came.|And when I wouldn't, you kept ringing.}” You hear how plain it sounds. There's nothing to add to it. “It's still in me. It's in my stomach every day.”
* [Fold your arms. Give {him()} one word at a time #step: withdraw]
    ~ step_withdraw(2)
    You fold your arms and lean on the doorframe. Yes. No. Fine. Whatever. You hand out words like small coins to someone you don't trust, and watch {him()} try to build a conversation out of them.
* [The anger's gone before you can use it. You take the bag #step: pursue]
    ~ step_pursue(1)
    You meant to be angry. You were angry, at the window. But {he()} holds out the bag and there's flour on {his()} sleeve, and the anger goes out of you like air out of a tyre. You take the bread. You hear yourself say thank you.
-
You can see it reach {him()}. {He()} blinks too often. {He()} looks down at the bag as if the bag might help. And then {he()} starts to twist, the way {he()} does, searching for softer words, turning each one over before handing it to you.
“I need room sometimes. You know that about me. It's not — it isn't about you.” {He()} pushes the wet hair off {his()} forehead. “I never wanted to lose you. I never wanted to hurt you. That's true. That's the one bit I'm sure of.”
In your head a choir starts up, every voice that has ever loved you: Don't. Don't give in. Be strong. You can practically hear Noor taking the high part.
* [“I think you should go now.” #step: ground #locked: {pull_strong()} #why: The bread, the wet hair, the way {he()} says your name: everything in you is already leaning toward {him()}.]
    ~ step_ground(2)
    “I think you should go now.” You say it gently, and you mean it, and you go on meaning it while {he()} looks at you, which is the hard part. {He()} nods slowly. {He()} goes.
    -> keep_distance
* [Step back inside and shut the door on {him()} #step: withdraw]
    ~ step_withdraw(2)
    You step back and close the door. Not a slam, just a click, which is worse. Through the frosted glass you watch {his()} shape stand there a long time, then bend to lean the bread against the step, then go.
    -> keep_distance
* [Let {him()} take your hand #step: pursue]
    ~ step_pursue(2)
    ~ p3_hunger_won = true
    {He()} reaches for your hand and you let {him()}. That's all it takes. That's all it has ever taken.
    -> hunger

= keep_distance
So you keep your distance. And the harder you keep it, the harder {he()} comes near.
A song at midnight, with no message. A voice note of {him()} humming something you once sang badly in the shower. A postcard, an actual postcard with a stamp, of a tightrope walker, which {he()} can't possibly know about and somehow does. On Thursday {he()}'s outside your work at five with two coffees, yours with oat milk the way you take it, and {he()} doesn't even ask for anything. {He()} just walks you to the tram.
And you enjoy it. God help you, you enjoy it: being the one who's chased, for once. Being looked for. You know exactly what it's worth, and you enjoy it anyway.
The hunger sits in you like an animal that hasn't eaten for days. It's patient. It knows you.
* [Keep your distance, even now #step: ground #locked: {pull_strong()} #why: The hunger has been waiting all week, and it's louder than every sensible voice put together.]
    ~ step_ground(2)
    ~ boundary_held()
    At the tram stop {he()} leans in and you turn your face, so the kiss lands by your ear. “Not like this,” you say. “Not yet. Maybe not at all.” You get on. Through the window you watch {him()} standing there with two empty cups, looking, for the first time since you've known {him()}, like someone who doesn't know what happens next.
    It doesn't feel like winning. It feels like holding something very heavy very still. But it holds.
    -> after
* [Let the hunger win #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p3_hunger_won = true
    At the tram stop {he()} leans in and you don't turn your face. The tram comes, and goes, and so does the next one.
    -> hunger

= hunger
It wins the way it always wins: not bit by bit but all at once. {He()} is there, and then {he()} is closer, and then your face is in {his()} neck and the choir in your head goes quiet, like a room when the music stops.
You enjoy {him()} with your whole skin. You enjoy {him()} all the more because you know exactly what comes after, as surely as the bill after a meal: the distance.
-> after

= after
{p3_hunger_won: And it comes. Of course it comes. A few days of {him()}, warm and close and generous, and then {his()} messages thin out to single words, and then to nothing.|And then, as if {he()} felt the rope go slack, {his()} attention drifts. The songs stop. The postcards stop. The coffees stop. And then there's nothing at all.}
-> door

=== door ===
# scene: door
Nine days without a word. You want to look the truth in the face, or that's what you tell yourself on the way over: no more squinting at a screen, no more reading tea leaves in the timing of a text. Just a door, and {him()} behind it, and whatever is true.
You didn't say you were coming. That's the point, and that's the problem. Turning up isn't something you do. Nobody ever said so; it's one of those rules you both keep without ever having written them down, like the one where {he()} rings you and not the other way round. {p3_hunger_won: Funny, you think: {he()} turns up on your doorstep with bread whenever it suits {him()}.|Funny, you think: {he()} was on your doorstep with bread not so long ago.}
{His()} street. {His()} bike chained to the railings. A light on upstairs. You stand on the step for a long time with your hand raised, like someone about to swear an oath.
You knock. # sfx: knock
Nothing. You knock again. Footsteps, slow. Then a pause behind the door, long enough for someone to look through the spyhole and decide.
Your throat closes around something you haven't swallowed yet. # body: throat
The door opens the width of a hand. {He()}'s in a T-shirt and tracksuit bottoms, squinting, grey in the face. “Oh,” {he()} says. “Hey.”
A headache, {he()} says. A big night, last night; {he()}'s dying. {He()} says all this to the doorframe. {He()} doesn't open the door any wider, and {he()} doesn't step aside.
Behind {him()} the hall is dark. It smells of toast and of something sweet and stale. You can see it on {him()}: this is a break-in, as if you'd climbed through a window. Dropping by was never part of the deal.
* [“Can I come in for a bit? I'll make you tea. I'll be quiet.” #step: pursue]
    ~ step_pursue(2)
    {He()} winces. “Not today, yeah? I'm honestly wrecked.” The door closes another centimetre. You see it, and you pretend you didn't, and you say of course, of course, and you're the one who says sorry.
* [Listen to your throat. “Okay. Get better.” And go #step: ground #locked: {pull_strong()} #why: You've come all this way; your feet won't turn round while that door is still open a crack.]
    ~ step_ground(1)
    “Okay,” you say. “Get better.” You turn round before {he()} can shut the door on you, so that at least the turning round is yours. Behind you, after a moment, the lock clicks.
* [“Right. Enjoy your freedom.” #step: withdraw]
    ~ step_withdraw(2)
    “Right,” you say. “Enjoy your freedom.” It comes out sharper than you meant, and also exactly as sharp as you meant. {He()} opens {his()} mouth. You're already on the pavement.
-
You walk home with nothing. No answer, no row, not even a kiss at the door to be sad about. Just the cold, and your own shoes on the paving stones, and the feeling of having knocked on something that was never a door.
An hour later, the phone. # sfx: sms
sorry about before. bad timing. was genuinely feeling awful. x
* [Reply straight away: “No worries! Feel better x” #step: pursue]
    ~ step_pursue(1)
    No worries! Feel better x. Sent before you've thought. You put the phone down, and pick it up again to see whether {he()}'s read it. {He()} has. Nothing comes back.
* [Leave it unread until tomorrow #step: withdraw]
    ~ step_withdraw(1)
    You swipe the notification away without opening it, so {he()} won't see it's been read. Let {him()} wonder, for once. You lie awake wondering whether {he()}'s wondering.
* [Read it twice. Don't answer yet. Write down what happened, for yourself #step: ground]
    ~ step_ground(1)
    You read it twice. Then you open a notebook and write it down, plainly, the way you'd write it for a friend: the knock, the pause, the width of the door, the word “deal”. In your own handwriting it looks like what it is.
-
~ disappointment()
Sitting on the edge of the bath, you make yourself a promise. Nobody else needs to know about it; it doesn't need witnesses.
Twice can be bad luck. Twice can be timing, a headache, a big night, a bad week, the wrong door on the wrong day. But three times isn't luck any more. Three is a pattern. And anything that happens three times will happen ten.
So you'll count. You're counting already.
// Flags only this phase reads are cleared, so later phases don't carry them.
~ p3_named_it = false
~ p3_told_where = false
One. # pause: 3
-> festival
