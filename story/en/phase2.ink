// Phase 2 — Back and forth.
// text_message · confession · night_call · the_week
// The partner answers by the law. Let go after the message and {he()} is on your doorstep
// four days later (doorstep) instead of ten days later at Noor's birthday. Stay until
// closing time when the whole dance has been running after {him()}, and the call never
// comes (no_call): you lie there waiting.

=== text_message ===
# phase: 2
# scene: bedroom
Three weeks, counted in nights. Against the lamp on your bedside table stands your cousin’s wedding invitation: June, “plus one”, in gold letters. You haven’t said anything about it. You haven’t put it away either.
{
- partner_state() == "close": In the night {partner_name} is sitting on the edge of the bed, {his()} back to you, the card in {his()} hand. “How do you actually know?” {he()} asks without turning round. “That you love someone. What that even is.” Then {he()} puts the card back. “Forget it. Go to sleep.”
- partner_state() == "far": In the night the bathroom tap wakes you. It runs for a long time. Then {partner_name} is sitting on the edge of the bed, the card in the light of {his()} phone, one knee jigging. “Can’t sleep,” {he()} says. “Nothing to do with you.” You hadn’t asked.
- else: In the night {partner_name} is sitting up beside you, {his()} face blue from the screen. In the search bar: “how do you know if you really”; then {he()} swipes it away. “Couldn’t sleep. Lie down.” {His()} eyes go to the card by the lamp, and away.
}
In the morning {he()} is asleep with {his()} face to the wall.
A few evenings later. {His()} blue toothbrush in your glass, pasta on the hob. Tonight you’re going to ask {him()} to the wedding. # scene: home # partner: away
{partner_close() || (you_let_go() && not partner_far()):{He()}’s coming at eight, {he()} just texted; {he()}’s bringing wine.|{He()} was meant to be here at seven. It’s half past eight.}

The phone lights up: {partner_name}. Your chest leaps. # sfx: sms

{partner_far():“think I like Eva. seemed only fair to say.”|“hey. need to be honest. think I’ve got a bit of a thing for Eva. didn’t want you hearing it from someone else x”}

Eva. Your Eva, six years with Jonas. Behind you the pan boils over.

* [Read it again. There must be a way it means something else. #step: pursue]
    ~ step_pursue(1)
    You read it in different voices: joking, drunk, testing you. {partner_far():The word fair is the worst part. You’re meant to be grateful, apparently.|The little x is the worst part. It’s how {he()} signs off when {he()} is being sweet.}
* [Put the phone face down. Turn off the gas. Let it land. #step: ground]
    ~ step_ground(1)
    You switch off the hob and put your hands flat on the counter. It arrives in your knees first, and only then in your head.
* [Delete it. Delete the whole thread. #step: withdraw]
    ~ step_withdraw(1)
    Three weeks gone in a blink. It feels clean for four seconds. Then you close your eyes and every word is still there.
-
Your heart doesn’t break. It shuts, hard. # body: heart

Eva is safe: she’s never leaving Jonas. You’re the danger, precisely because you’re there for {him()}. You know this trick.

* [Tell {him()} you see what {he()}’s doing, and take some distance #step: ground #locked: {pull_strong()} #why: Your thumbs want to write please before they can write anything else.]
    ~ step_ground(2)
    ~ p2_text_reply = "ground"
    You write it four times and keep the calmest. “I think you got scared, and Eva is safe because nothing can ever come of it. I’m taking some distance.”
    Under the hurt, a calm: this time you’re not giving away years. Three weeks, and a toothbrush.
* [Ask what you did wrong. Ask to talk tonight, please #step: pursue]
    ~ step_pursue(2)
    ~ p2_text_reply = "pursue"
    “did I do something?” Send. “I’m not angry.” Send. “I can come over, just to talk.” Send.
    At eleven forty-eight: “don’t worry about it ok. let’s not make it heavy. x”
    Heavy. You reply with a thumbs up, and hate yourself for the thumb.
* [Go cold. Send one line that stings #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_text_reply = "withdraw"
    “Good luck. She lives with someone, but I suppose that’s the appeal.” Send. For eleven minutes this feels like power.
-
{
- you_chased(): You eat the pasta standing up, the phone beside the plate. Nothing else comes.
- you_let_go() && not partner_far(): You eat the pasta standing up. Before the plate is empty {he()} rings twice. You let it ring.
- else: You eat the pasta standing up. It tastes of nothing.
}
-> confession

=== confession ===
{you_let_go() && pattern_so_far() != "pursue":-> doorstep}
# scene: bar # partner: away
Ten days.
{
- p2_text_reply == "ground":
    You kept your word. {He()} answered once, “ok. fair enough”, and you were almost proud of how rarely you checked.
- p2_text_reply == "pursue":
    You spent them making it small: three more messages, each lighter than the last. One got a laughing face, a day late.
- else:
    A silence you made yourself. {He()} wrote twice. You answered neither, and read them again every night.
}

Noor’s birthday, in the bar by the canal. {partner_far():Not until eleven does the door open and {he()} comes in with the cold. {He()} goes to the bar first.|Then the door opens and {he()} comes in with the cold.} You don’t look up. The hairs on your arms do. # partner: here

* [Keep listening to Noor. Let {him()} come all the way. #step: ground]
    ~ step_ground(1)
    You keep looking at Noor. The last ten steps {he()} has to take on {his()} own.
* [Meet {him()} halfway, already half-smiling. #step: pursue]
    ~ step_pursue(1)
    You’re walking before you’ve decided anything, wearing the smile you’d meant to save. {His()} shoulders drop.
* [Turn your back and laugh a little too loudly. #step: withdraw]
    ~ step_withdraw(1)
    You turn your back on {him()} and laugh, too brightly. It costs {him()} nothing: a hand at your elbow, very light.
- -> confessed

= doorstep
# scene: home # partner: away
Four days.
{p2_text_reply == "ground":{He()} answered straight away, “ok. fair enough”, and after that something small every evening: a song, a photo of a heron on a fence. You left them all.|{He()} wrote twice and rang once. You left all of it, and looked at it every evening anyway.}
On Tuesday evening the bell goes. {partner_close():{partner_name} is on the doorstep, no coat, hair wet. “I didn’t want to wait for Noor’s birthday.”|{partner_name} is standing a little way off the step, so it can still be chance.} # partner: here

* [Stay in the doorway. Let {him()} find the first sentence on {his()} own. #step: ground]
    ~ step_ground(1)
    You lean on the door frame and say nothing. {He()} has to do all of it, and {he()} can see that.
* [Open the door wide. #step: pursue]
    ~ step_pursue(1)
    You open the door wide before you’ve decided to. {His()} shoulders drop a centimetre.
* [Leave {him()} standing. Say you were just going out. #step: withdraw]
    ~ step_withdraw(1)
    “I was just going out,” you say, keys already in your hand. It takes {him()} no time: {he()} steps forward and takes your wrist, very lightly.
- -> confessed

= confessed
{confession.doorstep:On the step|By the coat rack} {he()} calls the message stupid. Then, more quietly: “You saw straight through it. It was never about Eva. It’s you, and you frighten me.”
{partner_close():{He()} looks at you while {he()} says it.|{He()} says it to {his()} shoes, and only looks up afterwards.}

Somewhere inside you a small voice jumps up: I knew it! “You made me feel like an idiot,” you say.

“I know. It was cowardly.” {He()} takes all the blame, and your anger finds nothing to push against.

Your stomach goes very still. # body: stomach

* [Say you believe {him()}, and that’s why you keep your distance #step: ground #locked: {pull_strong()} #why: The voice shouting I knew it is so loud you can’t hear the small one underneath.]
    ~ step_ground(2)
    ~ p2_confession = "held"
    {p2_said_no():
        ~ boundary_held()
    }
    “I believe you,” you say. “That’s exactly why I’m keeping my distance. I’m not your practice dummy for being scared.”
    “Fair,” {he()} says, wryly. “I’d keep my distance from me too.”
    You like {him()} unbearably for that. {confession.doorstep:You close the door, hands shaking.|You go back to Noor, hands shaking.}
* [Let the anger go. Let {him()} pull you in. #step: pursue]
    ~ step_pursue(2)
    ~ p2_confession = "melted"
    {p2_said_no():
        ~ boundary_given_up()
    }
    The anger is suddenly gone. {His()} forehead is against yours, and you let {him()}.
    {confession.doorstep:You pull {him()} in by the sleeve, and the door swings shut behind you both.|Over {his()} shoulder Noor raises one eyebrow by one millimetre. You leave before the cake, {his()} hand in your back pocket.}
* {not p2_said_no()} [Smile sweetly, say one thing that cuts, and leave #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_confession = "cut"
    “Don’t worry about it,” you say, with your best smile. “Honestly. I’ve had worse from people I liked more.” And you go to the bar and order something you don’t want.
    Your hands shake as you pay. When you risk a look back, {he()} is still by the coats, exactly where you left {him()}, looking at you the way {he()} looked at you that first night.
    That’s the worst part. It works. It always works, when you walk away.
-
{
- p2_confession == "held":
    {confession.doorstep:You don’t let {him()} come up.|You don’t go home with {him()}.} But once you’re alone you notice that you aren’t finished with it either.
- p2_confession == "melted":
    {p2_said_no():In bed, later, you think of the you of {confession.doorstep:a few|ten} days ago, arms folded. Only your head decided. The rest of you was waiting.|In bed, later, you listen to {him()} breathe. You got what you begged for. It feels like relief, and a little like losing.}
- else:
    You stay for the cake. {He()} leaves before the end. You tell yourself you didn’t watch {him()} go.
}

{confession.doorstep:Next morning you ring Noor. “You okay?” she asks, because she can hear it in your hello.|“You okay?” Noor asks at the door, buttoning your coat for you.} # partner: away

* [Tell her the truth: you don’t know what you’re doing #step: ground]
    ~ step_ground(1)
    “I don’t know what I’m doing,” you say. “It scares me a bit.”
    Noor is quiet for a moment. “Good. That’s a start. Text me tonight. Not {him()}. Me.”
* [Ask her if she thinks {he()} meant it #step: pursue]
    ~ step_pursue(1)
    “Do you think {he()} meant it? The scared thing?”
    “I think {he()} means everything {he()} says while {he()}’s saying it,” Noor says. “That’s what worries me.” You hear only the first half.
* [Say you’re great. Never better. #step: withdraw]
    ~ step_withdraw(1)
    “Great,” you say. “Never better.”
    Noor lets it go. All she says is, “I’m here, you know.” It sounds so ordinary that for a moment you can’t answer.
-
Not finished, then.
-> night_call

=== night_call ===
# scene: bar # partner: away
After that, weeks go by.
{
- p2_confession == "held":
    You keep your distance, more or less. Twice it goes wrong anyway and you wake up next to {him()}. Accidents, you call them.
- p2_confession == "melted":
    The good nights are very good. Between them the phone goes quiet for days.
- else:
    After Noor’s birthday {he()} writes more than {he()} ever did. Funny things, late at night. “still thinking about your face when you walked off.” Your coldness has made {him()} warm, and you let it.
}
// phase-local: not needed after this point (lets the explorer merge states)
~ p2_confession = ""

{partner_far():Friday, the bar by the canal. All evening {he()} stands at the far end of the counter. Only at closing time does {he()} come and lean in beside you.|Friday, closing time at the bar by the canal. {He()} has been leaning beside you all evening.} “I meant to call you on Tuesday.” # partner: here

Meant to. You’ve heard that before, and no call came then either.

* [“But you didn’t,” you say. Lightly. Just a fact. #step: ground]
    ~ step_ground(1)
    You say it without blame.
    {He()} laughs, caught out. “No. I’m terrible.” And {he()} looks at you a moment longer than usual.
* [“That’s sweet. I’m fine. How are you?” #step: pursue]
    ~ step_pursue(1)
    “That’s sweet,” you say, and mean it, which is the problem. You take the intention and don’t check whether there’s anything in it.
* [“Did you? I hadn’t noticed.” #step: withdraw]
    ~ step_withdraw(1)
    You look at the barman’s tea towel. That lands. {He()} laughs a little too late and moves half a step closer.
-
Then it’s there again: {he()} steals your olive, the air crackles between you, {his()} hand lies a centimetre from yours. You know how this night goes if you stay. Your breath goes high. # body: breath

* [Say you’re going home. Now. #step: ground #locked: {pull_strong()} #why: The centimetre between your hands is the only thing in the room you can feel.]
    ~ step_ground(2)
    ~ p2_left = "said"
    {He()} waits for an “unless”. It doesn’t come. You kiss {his()} cheek the way you’d kiss anyone’s and walk home through the cold, grinning. # partner: away
* [Stay until the lights come up, just in case. #step: pursue]
    ~ step_pursue(2)
    ~ p2_left = "stayed"
    At closing {he()} kisses the corner of your mouth. “I’ll text you.” You walk home alone, composing the text {he()} is going to send. # partner: away
* [Go to the loo and don’t come back. #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_left = "slipped"
    You walk out of the side door with your coat. On the bridge your phone buzzes: “where did you go??” Is this freedom, or do you just like being looked for? You can’t tell. # partner: away
-
-> the_call

= the_call
{you_chased() && (pattern_so_far() == "pursue" || partner_far()):-> no_call}
# scene: bedroom # partner: away
{p2_left == "stayed":A quarter to three. No text. You’ve checked four times.|It’s just after two and you’re wide awake.}
~ p2_left = ""

The phone lights up the ceiling: {partner_name}, calling. # sfx: ring

{partner_close():“Hey.” {His()} voice is sober and very near. “Can I still come over? I’m more or less at the bridge already.”|“Hey.” Wind behind {his()} voice, a little beer in it. “Can I still come over?”}

Your heart is in your throat. # body: heart

* [Say no, and why. #step: ground #locked: {pull_strong()} #why: {His()} voice is already in the room with you, and half of you has already unlocked the door.]
    ~ step_ground(2)
    “No,” you say. The word surprises you both. “Because I do want you here. One night I get all of you, and then for a week I’m thin air. It’s wearing me down to nothing.”
    The silence goes on. Then, very softly: “It would wear anyone down.” {He()} means it kindly. {He()} is talking about people in general, not about what {he()} does.
    {His()} voice goes softer still, and the easy word, yes, is already in your throat. # body: throat
    -> the_return
* [Say yes, before you can think #step: pursue]
    ~ step_pursue(2)
    ~ p2_night = "gave"
    “Yes,” you say, before you’ve thought about it at all. “Come.”
    -> he_comes
* [Put it face down and let it ring #step: withdraw]
    ~ step_withdraw(2)
    You turn the phone face down. It rings, and rings, and stops. The silence afterwards is enormous.
    -> rang_out

= the_return
{partner_close():“I could be there in five minutes,” {he()} says. “You only have to say yes.”|“I could just go home,” {he()} says. But {he()} doesn’t hang up.}
* [“Not anyone. You.” Say what you see. #step: ground #locked: {pull_strong()} #why: {He()} sounds so sorry, and so close, that anything true would sound cruel right now.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p2_night = "held"
    -> named
* [Hear how soft {his()} voice has gone, and say come #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    “Come,” you say. You hear {him()} breathe out, a long breath.
    -> he_comes

= rang_out
{partner_close():It rings twice more.|It rings once more, and stops.} Then a message: “I know you’re awake. please.” And: “I miss you.”

Your breath goes shallow. # body: breath

* [Write back: “No. Not tonight.” Put the phone in the other room #step: ground #locked: {pull_strong()} #why: “I miss you” glows in the dark, and you want so much to believe it.]
    ~ step_ground(1)
    ~ boundary_held()
    ~ p2_night = "silent"
    You type it with one thumb: “No. Not tonight.” You don’t add sorry and you don’t add a kiss, though your thumb hovers over both. Send.
    Then you carry the phone into another room and shut the door on it. Back in bed you shake a little. Not unhappiness: effort.
    -> the_week
* [Call {him()} back. Say: come. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    You call back. {He()} picks up at once. “Come,” you say, and {he()} laughs, a warm, relieved, slightly drunk laugh, and says {he()}’s already at the end of your street.
    Of course {he()} is.
    -> he_comes

= named
“Anyone?” you say. “Anyone isn’t ringing me at two in the morning. You are.”

Silence. The wind in the phone.

And then the rest comes on its own; you’ve said it in your head so often. “After our best night I hear nothing for three days. You don’t want anything serious, you say, and then there’s your name on my screen at two in the morning. And the other week you said it was nearly there. Nearly enough. I’m done being nearly.” Your voice doesn’t shake. You notice that from a distance, a little surprised.

{partner_close():For a long moment {he()} says nothing, but {he()} doesn’t hang up.|For a long moment {he()} says nothing. You start to think the line has gone dead.} When {he()} speaks again the charm has gone out of {his()} voice, and what is left is smaller and much younger.

“I know,” {he()} says. “I know I do. When it’s good with you, something in me starts looking for the exit. Like a reflex.” {He()} breathes in. “I’ve never said that to anyone. I’m not even drunk enough to be saying it now.”

For once you can hear what’s under the charm: frightened, tender, very tired. It would be so easy to say: come, then. Come here and be frightened with me.

“Goodnight, {partner_name},” you say. “I mean it.” And you hang up. For once in your life, you’re the one who hangs up.

You lie on your back with the phone warm on your chest and your heart going hard. You’ve done something you didn’t know you had in you. You lie there glowing in the dark.
-> the_week

= he_comes
{partner_close():Ten minutes later {he()} is at your door|Not for three quarters of an hour, when you’ve decided {he()} isn’t coming, is {he()} at your door}, with a bag of chips. The night is soft. You lie awake under {his()} arm, thinking: this is {him()} when {he()} stops being scared. # partner: here

In the morning {he()} is dressed before you wake. “Work,” {he()} says. It’s Saturday.
-> the_week

= no_call
# scene: bedroom # partner: away
~ p2_left = ""
A quarter to three. No text. Three o’clock. You lie on your back with the phone on your chest, waiting for the ceiling to light up.
{partner_far():The ceiling stays dark. At half past three you see {he()} was online an hour ago.|At half past three the screen lights up: an advert for running shoes. You laugh out loud, alone in the dark.}

Your breath sits high and stays there. # body: breath

* [Put the phone in another room and go to sleep #step: ground #locked: {pull_strong()} #why: The moment you put it down, {he()}’ll ring; you’re certain of that, if of nothing else.]
    ~ step_ground(1)
    ~ p2_night = "waited"
    You leave the phone in the hall, face down, and shut the door. Sleep doesn’t come at once. But you’ve stopped waiting.
* [Ring {him()} yourself #step: pursue]
    ~ step_pursue(1)
    ~ p2_night = "waited"
    It rings six times. Then {his()} voicemail, {his()} bright recorded voice. You hang up before the beep. At ten past four: “was asleep. tomorrow x”.
* [Switch it off. If {he()} rings, let {him()} find nobody #step: withdraw]
    ~ step_withdraw(1)
    ~ p2_night = "waited"
    You hold the button down until the screen goes black. Let {him()} ring and find nobody there. You lie awake until five, imagining {him()} ringing.
-
-> the_week

=== the_week ===
{p2_night_held():It lasts exactly a week.|{p2_night == "waited":Saturday, nothing. Sunday, nothing. On Tuesday: “sorry, crazy week. talk soon”.|A week, this time. That’s how long it stays soft. On Saturday you float. Then “what a night x”, and nothing until {partner_far():Thursday|Wednesday}: “sorry, crazy week. talk soon”.}} # scene: home # partner: away
{ p2_night_held():
    -> held_week
- else:
    -> gave_week
}

= held_week
The first days are astonishing. You sleep eight hours a night, you clear out the cupboard you’ve been walking round for a year, your phone stays in your coat pocket on the hook. Choosing yourself is something you feel in your body.

{partner_close():On Tuesday already|On Wednesday}, a photo of two mugs on {his()} windowsill, one of them empty: “your mug misses you. so does the rest of me.” # sfx: sms

* [Feel what it does to you, and let it be. #step: ground]
    ~ step_ground(1)
    You read it twice and then just sit with it. It pulls at you. You feel the pull, and you stay where you are.
    You don’t answer. Not out of spite. You haven’t got an honest answer yet, and you don’t send the other kind any more.
* (hw_heart) [Answer with just one small heart. #step: pursue]
    ~ step_pursue(1)
    One heart can’t hurt. You send it, and at once you’re relieved.
    {He()} answers within a minute: “!!! can I see you?” And now you have to write “not yet”, which is much harder than not answering at all, because the door is open a crack and you are leaning on it from the inside.
* [Archive it unread. And the next one. #step: withdraw]
    ~ step_withdraw(1)
    You swipe it into the archive, where things go to not exist. A second one arrives that evening. You archive that too, without reading past “I keep thinking”.
    Each time it gives you a cold little jolt of satisfaction.
-
{p2_text_reply == "withdraw":On Thursday Eva comes round with soup. You’ve been short with her for weeks and she doesn’t know why. You fill her bowl again, to apologise for something she knows nothing about.|On Thursday Eva comes round with soup. She knows nothing about the message. She talks about Jonas’s mother’s hip, and you think: of everyone, {partner_name} picked the one who will never leave Jonas.}

Then the other thing comes up. What if {he()} has taken you at your word and is somewhere warm now with someone who asks for nothing? The strength stays. But the fear grows until it is exactly as big.

By Friday night it sits in your stomach, heavy and still. The blue toothbrush is still in the glass. # body: stomach

* [Ring Noor: you’re scared you’ve lost {him()} #step: ground]
    ~ step_ground(1)
    “I’m scared I’ve lost {him()},” you tell Noor. “For good. And I’m also scared I haven’t.” You both laugh, because it’s ridiculous and true.
    Noor doesn’t tell you what to do. She tells you about her week and lets you breathe, and at the end she says, “Both can be true, and you can still go to bed.” So you do.
* [Scroll through {his()} photos until three #step: pursue]
    ~ step_pursue(1)
    You lie on your side and scroll. There {he()} is on the windowsill. There {he()} is asleep, a photo you took without asking. You zoom in on {his()} mouth.
    At three you stop, because the battery is on four per cent, not because you’ve had enough. The toothbrush watches you from the bathroom.
* [Go out. Dance until you can’t feel a thing #step: withdraw]
    ~ step_withdraw(1)
    You go out with people from work you don’t even like much, and dance in a basement until the bass does your thinking for you. Someone buys you a drink. You let them talk, and look at the door every time it opens. # scene: bar # partner: away
    You get home at five, hoarse and emptied, and fall asleep in your clothes. It works. For about as long as sleep lasts. # scene: home # partner: away
-
-> sunday

= gave_week
{
- p2_night == "waited": You spent a whole night watching a ceiling that didn’t light up, and you haven’t even held it against {him()}.
- night_call.the_return: You said it yourself, in the dark: all of {him()} one night, then a week of thin air, and it’s wearing you down. And then you said come.
- else: All of {him()} one night, nothing for a week. And you said come.
}

{p2_text_reply == "withdraw":Eva texts to ask if you fancy a walk, and you write back that you’re busy. You’ve been short with her for weeks; she only knows you’ve gone strange.|Eva comes round for coffee, knowing nothing, and you check your phone every four minutes.}

* [Don’t write. Write down what the waiting does to you #step: ground]
    ~ step_ground(1)
    You write down what the waiting feels like. Tight jaw. Cold hands. Something in your chest leaning forward all the time.
    The waiting doesn’t stop. But on paper it’s smaller than you, and not the other way round.
* (gw_write) [Write something light, that asks for nothing #step: pursue]
    ~ step_pursue(1)
    You send {him()} a video of a cat falling off a sofa. No words. Nothing {he()} could take for a claim.
    {partner_far():Nine hours later|An hour later}: “haha”. You read those four letters twenty times, listening for a tone.
* [Tell Noor, loudly, that you’re done. #step: withdraw]
    ~ step_withdraw(1)
    “I’m done,” you tell Noor on the phone, loudly enough for the neighbours. “No more all and then nothing.” While she listens, you mute {him()}.
    Noor claps, slowly, into the phone, and doesn’t believe you either.
-
-> sunday

= sunday
~ temp on_the_step = false
// phase-local from here on: cleared so the explorer can merge states (see common/phase2.ink)
~ p2_text_reply = ""
Sunday evening: a knock, two and then one. # sfx: knock

{partner_close():{He()} is on the landing, a bag of leeks and mushrooms held against {his()} chest. “I said I’d cook for you.”|{He()} is one stair below the landing, a bag of leeks and mushrooms in {his()} hand, ready to go again. “I said I’d cook for you. If that’s still allowed.”} For the first time, something {he()} said {he()}’d do is actually happening. # partner: here

{p2_night_held():All week {he()} kept trying, and all week {the_week.held_week.hw_heart:your no held, give or take one small heart|you kept your no}. Now that no stands in the doorway with you.|{the_week.gave_week.gw_write:“haha” was the last word, and now here {he()} is with shopping. Four letters, and then this.|You hadn’t expected {him()}. The moment you stopped waiting, {he()} came.}}

Your stomach turns over once, slowly. # body: stomach

* [Keep the door half-open. Talk on the step. #step: ground #locked: {pull_strong()} #why: The smell of the cold on {his()} coat is already halfway into the hall, and so are you.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    You lean on the door frame, {he()} stays on the landing, and you both look at the threshold.
    “I’m not saying no to dinner,” you say. “I’m saying I’m not going back to all-and-then-nothing. Not even for mushrooms.”
    {He()} laughs, then doesn’t. {He()} puts the bag down against the wall.
* [Tell {him()} you missed {him()} every hour, and still won’t go back #step: ground #locked: {walls_up()} #why: The wall you’ve built this week is the only thing keeping you upright, and you can’t take a single brick out of it.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    “I’ve missed you,” you say. “Every hour. And I’m still not going back to how it was. Both at once.”
    It costs you your cover. {He()} looks at you for a long time and doesn’t make a joke of it.
* [Step back and let {him()} in #step: pursue]
    ~ step_pursue(2)
    {p2_night_held():
        ~ boundary_given_up()
    }
    You step back. {He()} comes in on a gust of cold and leek and aftershave, and the door shuts on the whole week.
    The risotto is burnt on the bottom and the best thing you’ve eaten all year.
-
{on_the_step:{He()} looks at the floor of the landing for a long time. Then up.|Later, on the sofa, {his()} head in your lap, {he()} goes quiet. Then {he()} looks up.}

“I’m in love with you,” {he()} says. “Ever since the fish, I think. I don’t know what to do with it.”

And at once there’s a question in your throat: so what are we? # body: throat

* [Say you want a relationship, not fragments. #step: ground #locked: {pull_strong()} #why: If you ask for more, you might lose even this, and this is the first warm thing in a week.]
    ~ step_ground(2)
    ~ p2_wish = "spoken"
    “I want a relationship,” you say. “A real one. Not nights and then silence. I’d rather know now if you can’t.”
    {He()} is quiet so long you can hear the fridge. {His()} eyes go to a door only {he()} can see. Then {he()} comes back.
    “Okay. Yes. I don’t know if I’m any good at it.” {His()} palm is damp in yours. “But I want to try.”
    You’ll take {him()} at {his()} word, and from now on keep an eye on what {he()} does.
* [Swallow it. Half of this beats none of it. #step: pursue]
    ~ step_pursue(2)
    ~ p2_wish = "swallowed"
    You swallow it. What you want could frighten {him()} off.
    “Me too,” you say, which is true. The rest of what you want you put away for later. You won’t gamble these evenings on it.
* [Shrug first: “Let’s not put a label on it.” #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_wish = "hidden"
    “No labels,” you say, and shrug, before {he()} can. “We’ll see.”
    {He()} looks openly relieved, and that relief hurts more than anything {he()} could have said. You didn’t ask, so nobody can say no. It feels like winning.
-
{
- p2_wish == "spoken":
    Later, alone, you leave the blue toothbrush exactly where it is. Not out of hope: because you asked your question out loud. # partner: away
- p2_wish == "swallowed":
    Later, {he()} falls asleep beside you, breathing out of step with you. Nearly the same rhythm, you tell yourself.
- else:
    Later, alone, you stand the two washed glasses upside down on the rack, side by side, not touching. # partner: away
}

And so the dance goes on. # pause: 2
-> cafe
