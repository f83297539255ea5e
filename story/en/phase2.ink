// Phase 2 — Dancing with contradictory steps.
// text_message · confession · night_call · the_week

=== text_message ===
# phase: 2
# scene: home
Three weeks, counted in nights. {His()} blue toothbrush in your glass, pasta on the hob.

Is it insane to ask {him()} to a wedding in June? It is. You'll ask anyway.

The phone lights up: {partner_name}. Your chest leaps. # sfx: sms

"hey. need to be honest. think I've got a bit of a thing for Eva. didn't want you hearing it from someone else x"

Eva. Your Eva, six years with Jonas, who has met {him()} once. Behind you the pan boils over.

* [Read it again. And again. There has to be a way of reading it that means something else. #step: pursue]
    ~ step_pursue(1)
    You read it eleven times, in different voices: joking, drunk, testing you. You scroll back for the place where it turned, and find only hearts, {his()} feet next to yours on a windowsill, and "tomorrow?" over and over.
    The little x is the worst part. It's how {he()} signs off when {he()} is being sweet.
* [Put the phone face down. Turn off the gas. Stand still and let it land. #step: ground]
    ~ step_ground(1)
    You turn the phone over, switch off the hob, and stand with your hands flat on the counter. You don't explain anything to yourself yet. You feel it arrive, like a lift dropping a floor too fast.
    Your knees fold. You let them, and sit on the tiles with your back against the cupboard.
* [Delete it. Delete the whole thread. #step: withdraw]
    ~ step_withdraw(1)
    Select. Delete conversation. Are you sure? Yes. Three weeks gone in a blink.
    It feels clean for about four seconds. Then you find every word printed on the inside of your eyes, little x and all.
-
Your heart doesn't break. It slams, like a door in a draught. # body: heart

Two nights ago {he()} said {he()} had never talked to anyone the way {he()} talks to you. Eva is a window nobody will open; you are the danger, because you're available.

You know this trick. You've played it yourself, from the other side.

* [Tell {him()} you can see what {he()} is doing, and that you're taking some distance #step: ground #locked: {pull_strong()} #why: Your thumbs want to write please before they can write anything else.]
    ~ step_ground(2)
    ~ p2_text_reply = "ground"
    You write it four times: furious, pleading, calm as a resignation letter. You keep the fourth.
    "I think you got scared, and Eva is a safe place to point it. I'm taking some distance."
    You send it and put the phone in the bread bin. Under the hurt there's a calm: this time you're not giving away years. Three weeks, and a toothbrush.
* [Explain. Ask what you did wrong. Ask if you can talk tonight, please #step: pursue]
    ~ step_pursue(2)
    ~ p2_text_reply = "pursue"
    "did I do something?" Send. "I'm not angry." Send. You're not sure that's true. "I can come over, just to talk." Send.
    Three dots appear, vanish, appear. At eleven forty-eight: "don't worry about it ok. let's not make it heavy. x"
    Heavy. You reply with a thumbs up, and you hate the thumb, and you hate yourself for the thumb.
* [Go cold. Let {him()} wonder. Or send one line that stings #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_text_reply = "withdraw"
    You write: "Good luck. She lives with someone, but I suppose that's the appeal." Send. You mute {him()} and shut the phone in a drawer.
    For eleven minutes this feels like power. At minute twelve you open the drawer, just to check it's on silent.
-
{p2_text_reply == "pursue":You eat the pasta standing up, the phone face up beside the plate.|You eat the overcooked pasta standing up. It tastes of nothing.}
-> confession

=== confession ===
# scene: bar
Ten days.
{
- p2_text_reply == "ground":
    You kept your word to yourself. {He()} answered once, "ok. fair enough", and you were almost proud of how rarely you checked. Almost.
- p2_text_reply == "pursue":
    You spent them making it small: three more messages, each lighter than the last. {He()} answered one of them with a laughing face, a day late.
- else:
    A silence you made yourself. {He()} wrote twice, and you answered neither. Each unanswered message was a coin in your pocket you kept touching.
}

Noor's birthday, in the bar by the canal. You're laughing at her parrot story when the door lets in the cold, and {him()}.

You don't look. Every hair on your arms already has. {He()} starts through the crowd towards you.

* [Keep listening to Noor. If {he()} wants to talk, {he()} can come all the way. #step: ground]
    ~ step_ground(1)
    You keep your eyes on Noor. The parrot, it turns out, only swears in Portuguese. You let {him()} walk every one of the last ten steps.
* [Turn to {him()}. Meet {him()} halfway, already half-smiling. #step: pursue]
    ~ step_pursue(1)
    Your body moves before you've decided anything. You're halfway across the room, your face already doing the smile you'd sworn to save for later.
    {He()} sees it. Something in {his()} shoulders lets go.
* [Turn your back. Laugh a little too loudly at something nobody said. #step: withdraw]
    ~ step_withdraw(1)
    You give {him()} your shoulder blades and laugh, too brightly, at nothing. It takes {him()} no time at all: a touch on your elbow, light as a question.
-
By the coat rack {he()} calls the message stupid. Eva was just the first name to hand.

Then, at your ear: "You see straight through me, don't you. I do have feelings for you. That's the problem. I got scared."

A small voice in you climbs onto a chair and shouts: I knew it! "You made me feel like an idiot," you say.

"I know. It was cowardly." {He()} takes all the blame, and your anger goes through the space where {he()} stood.

Your stomach goes still, like an animal in long grass. # body: stomach

* [Tell {him()} you believe {him()}, and that scared is exactly why you're keeping your distance #step: ground #locked: {pull_strong()} #why: The voice shouting I knew it is so loud you can't hear the small one underneath.]
    ~ step_ground(2)
    ~ p2_confession = "held"
    {p2_said_no():
        ~ boundary_held()
    }
    "I believe you," you say. "You're scared. That's exactly why I'm keeping my distance. I can't be the one you practise being scared on."
    "Fair," {he()} says, wryly. "I'd keep my distance from me too."
    You like {him()} unbearably for that. You go back to Noor, hands shaking, feet firmly on the floor.
* [Let the anger go. Let {him()} pull you in. #step: pursue]
    ~ step_pursue(2)
    ~ p2_confession = "melted"
    {p2_said_no():
        ~ boundary_given_up()
    }
    The anger goes out like a match in the draught. {His()} forehead is against yours, and you are letting {him()}.
    Over {his()} shoulder Noor raises one eyebrow by exactly one millimetre. You leave before the cake, {his()} hand in your back pocket, like nothing happened.
* {not p2_said_no()} [Smile sweetly, say one thing that cuts, and leave {him()} standing there #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_confession = "cut"
    "Don't worry about it," you say, with your best smile. "Honestly. I've had worse from people I liked more." And you go to the bar and order something you don't want.
    Your hands shake as you pay. When you risk a look back, {he()} is still by the coats, exactly where you left {him()}, looking at you the way {he()} looked at you at the party.
    That's the worst part. It works. It always works, when you walk away.
-
{
- p2_confession == "held":
    You don't go home with {him()}. But on the walk back you notice you haven't closed the file either.
- p2_confession == "melted":
    {p2_said_no():In {his()} bed, later, you think of the you of ten days ago, arms folded in the doorway of your head. Only your head decided. The rest of you was waiting.|In {his()} bed, later, you listen to {him()} breathe. You got what you begged for. It feels like relief, and a little like losing.}
- else:
    You stay for the cake. {He()} leaves before the end. You tell yourself you didn't watch {him()} go.
}

"You okay?" Noor asks at the door, buttoning your coat for you.

* [Tell her the truth: you don't know what you're doing, and it scares you a bit #step: ground]
    ~ step_ground(1)
    "I don't know what I'm doing," you say. "And it scares me a bit, how much I don't."
    Noor nods. "Good. That's a start. Text me when you're home. Not {him()}. Me."
* [Ask her if she thinks {he()} meant it. Really meant it #step: pursue]
    ~ step_pursue(1)
    "Do you think {he()} meant it? The scared thing?"
    "I think {he()} means everything {he()} says while {he()}'s saying it," Noor says. "That's what worries me." You hear only the first half.
* [Say you're great. Honestly. Never better. #step: withdraw]
    ~ step_withdraw(1)
    "Great," you say. "Never better. Happy birthday, you old crone."
    Noor lets it go, because it's her birthday. But she holds your sleeve a second longer than she needs to, and you feel it all the way home.
-
Not finished, then. Some stubborn part of you rolls up its sleeves.
-> night_call

=== night_call ===
# scene: bar
After that, the weeks blur.
{
- p2_confession == "held":
    You keep your distance, more or less. Twice you end up in bed together, and file it under accidents.
- p2_confession == "melted":
    The good nights are very good. Between them the phone goes quiet for days, and you fill the quiet yourself.
- else:
    After Noor's birthday {he()} writes more than {he()} ever did. Funny things, late at night. A song. "still thinking about your face when you walked off." Your coldness has made {him()} warm; you notice it the way you'd notice a trick of the light, and you let it work.
}
// phase-local: not needed after this point (lets the explorer merge states)
~ p2_confession = ""

Closing time at the canal bar. {He()} leans in beside you. "I meant to call you on Tuesday. To ask how you were."

Meant to. A whole museum of things {he()} meant to do, beautifully lit. Nothing you can touch.

* ["But you didn't," you say. Lightly. Just a fact, set down on the bar between you. #step: ground]
    ~ step_ground(1)
    "But you didn't," you say. Not angrily. You set it on the bar between you like a coaster.
    {He()} laughs, caught out. "No. I'm terrible." And {he()} looks at you a moment longer, as if you had moved in the light.
* ["That's sweet. I'm fine. Better than fine, actually. How are you?" #step: pursue]
    ~ step_pursue(1)
    "That's sweet," you say, and mean it, which is the problem. The intention lands on you like a coat, and you don't check whether there's anyone inside it.
* ["Did you? I hadn't noticed." #step: withdraw]
    ~ step_withdraw(1)
    "Did you?" You keep your eyes on the barman's tea towel. "I hadn't noticed."
    It lands. {He()} laughs a little too late and moves half a step closer, as if you were the only heater in the room.
-
Then it's there again: {he()} steals your olive, you bump {his()} knee, the air hums. Nobody watching sees the four days after.

{His()} hand rests a centimetre from yours. You know how this night goes if you stay. Your breath goes high. # body: breath

* [Say you're going home. Now, before the last round. #step: ground #locked: {pull_strong()} #why: The centimetre between your hands is the only thing in the room you can feel.]
    ~ step_ground(2)
    ~ p2_left = "said"
    "I'm going to head home," you say, and reach for your coat.
    {He()} searches your face for the hook: the pause, the "unless…". There isn't one. You kiss {his()} cheek the way you'd kiss anyone's and walk home through the clean cold, grinning at nothing.
* [Stay. Stay until the lights come up, just in case. #step: pursue]
    ~ step_pursue(2)
    ~ p2_left = "stayed"
    You stay. Of course you stay, until the big lights make everyone look like a photograph of themselves.
    At the door {he()} kisses the corner of your mouth. "I'll text you." And {he()} goes off with {his()} friends. You walk home alone, composing the text {he()} is going to send.
* [Go to the loo and simply don't come back. Let {him()} find the empty stool. #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_left = "slipped"
    You say "back in a sec", take your coat on the way to the toilets and walk straight out of the side door.
    On the bridge your phone buzzes. "where did you go??" You walk faster, lit up like a shop window, not sure if this is freedom or the pleasure of being looked for.
-
-> the_call

= the_call
# scene: bedroom
{p2_left == "stayed":A quarter to three. No text. You've checked four times.|Just after two, and you're not remotely asleep.}
~ p2_left = ""

The phone lights up the ceiling: {partner_name}, calling. # sfx: ring

"Hey." Wind behind {his()} voice. "Can I still come over?"

Your heart takes the stairs two at a time. It knows where they lead. # body: heart

* [Say no. And say why. #step: ground #locked: {pull_strong()} #why: {His()} voice is already in the room with you, and half of you has already unlocked the door.]
    ~ step_ground(2)
    "No," you say. The word surprises you both. "Not because I don't want you here. Because I do. My heart can't do this: close one night, miles away the next."
    A long silence. Then, very softly: "No. No heart could take that."
    {He()} says it with such sympathy, as if it were weather and not something {he()} does.
    {His()} voice goes softer still, and your throat closes around the easy word, the yes. # body: throat
    -> the_return
* [Say yes, before you can think #step: pursue]
    ~ step_pursue(2)
    ~ p2_night = "gave"
    "Yes," you say, before the word has been anywhere near your brain. "Come."
    -> he_comes
* [Let it ring. Turn it face down and watch the ceiling #step: withdraw]
    ~ step_withdraw(2)
    You turn the phone face down and watch the ceiling. It rings, and rings, and stops. The silence afterwards is enormous.
    -> rang_out

= the_return
* ["But you do it," you say. And then you name it. #step: ground #locked: {pull_strong()} #why: {He()} sounds so sorry, and so close, that saying anything true feels like slamming a door on {his()} fingers.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p2_night = "held"
    -> named
* [Hear how soft {his()} voice has gone, and tell {him()} to come #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    "Come," you say. You hear {him()} breathe out, as if {he()} had been holding it for a week.
    -> he_comes

= rang_out
Ninety seconds. It rings again, and stops. Then a message: "I know you're awake. please." And: "I miss you."

Your breath goes shallow, the way it does before something you'll spend a week explaining to yourself. # body: breath

* [Write back three words: "No. Not tonight." Then put the phone in the other room #step: ground #locked: {pull_strong()} #why: "I miss you" sits on the screen like a hand held out in the dark.]
    ~ step_ground(1)
    ~ boundary_held()
    ~ p2_night = "silent"
    You type it with one thumb: "No. Not tonight." You don't add sorry and you don't add a kiss, though your thumb hovers over both. Send.
    Then you get out of bed, walk the phone to the kitchen like a cat you're putting out for the night, and leave it face down next to the bread bin.
    When you get back into bed the sheets have gone cold. You lie there and shake a little, and it isn't unhappiness. It's the trembling after you've carried something very heavy up a lot of stairs, and put it down.
    -> the_week
* [Call {him()} back. Say: come. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p2_night = "gave"
    You call back. {He()} picks up before the first ring has finished. "Come," you say, and {he()} laughs, a warm, relieved, slightly drunk laugh, and says {he()}'s already at the end of your street.
    Of course {he()} is.
    -> he_comes

= named
"But you do it," you say.

Silence. The wind in the phone.

"You do it," you say again, and now it comes easily, as if it had been waiting in a queue. "You stop answering for three days after our best night. You tell me you don't want a relationship, and then you ring me at two in the morning. You say it doesn't feel quite enough. Quite enough. Like I'm a meal you're not sure about." Your voice doesn't shake. You notice that from a distance, with interest.

For a long moment {he()} says nothing. When {he()} speaks again the charm has gone out of {his()} voice, and what is left is smaller and much younger.

"I know," {he()} says. "I know I do. When it's good with you, something in me starts looking for the exit. Like a reflex." A breath. "I've never said that to anyone. I'm not even drunk enough to be saying it now."

For once you can hear the real person under the performance, frightened and tender and very tired. It would be so easy to say: come, then. Come here and be frightened with me.

"Goodnight, {partner_name}," you say. "I mean it." And you hang up first. For once in your life, you hang up first.

You lie there with the phone warm on your chest and your heart going like a bird's. Something in you has climbed over something else in you. You feel taller lying down than you have ever felt standing up.
-> the_week

= he_comes
Soon {he()} is at your door with a bag of chips, held out like a peace offering.

The night is soft. You lie awake under {his()} arm, thinking: see? This is {him()} when {he()} stops being scared.

In the morning {he()} is dressed before you wake. "Work," {he()} says. It's Saturday.
-> the_week

=== the_week ===
# scene: home
{p2_night_held():It lasts exactly a week.|A week, this time. That's how long the softness lasts.}
{p2_night_held():-> held_week|-> gave_week}

= held_week
The first days are astonishing. You clean the windows, inside and out. You cycle to the sea and back into a headwind and don't once check your phone. You sing in the shower, badly, loudly, with feeling.

Choosing yourself turns out to be physical, like good posture, like having slept. You walk differently. The woman at the bakery asks if you've been on holiday.

On Wednesday, a photo of the bar by the canal, taken from your end of the counter: the empty stool, a half-drunk glass. "your seat misses you. so does the rest of me." # sfx: sms

* [Read it, feel what it does to you, and let it be. No answer yet. #step: ground]
    ~ step_ground(1)
    You read it twice and then sit with it, the way you'd sit with a hot drink until it's cool enough. It does a lot. It pulls at you like a current round your ankles. You notice the pull, and you notice that you are still standing.
    You don't answer. Not out of spite. You haven't got an honest answer yet, and you're done sending the other kind.
* (hw_heart) [Answer. Just a little. Just one small heart. #step: pursue]
    ~ step_pursue(1)
    One heart can't hurt. You send it, and the relief goes through you like the first mouthful of something sweet.
    {He()} answers within a minute: "!!! can I see you?" And now you have to write "not yet", which is much harder than not answering at all, because the door is open a crack and you are leaning on it from the inside.
* [Archive it without opening it properly. And the next one. #step: withdraw]
    ~ step_withdraw(1)
    You swipe it into the archive, where things go to not exist. A second one arrives that evening. You archive that too, without reading past "I keep thinking".
    Each time it gives you a cold little jolt of satisfaction, like pressing on a bruise to check it's still there.
-
{p2_text_reply == "withdraw":On Thursday you walk with Eva, and halfway round you realise you've been short with her for weeks without telling her why, as if any of it were her doing. She talks about Jonas's mother's hip, and you hold her arm a little tighter to apologise for something she doesn't know happened.|On Thursday you walk with Eva, who doesn't know about the message. She talks about Jonas's mother's hip, and you think: of everyone, {partner_name} picked the one guaranteed to stay a picture.}

Then the other thing rises, like water in a cellar. What if {he()} has taken you at your word, and is somewhere warm right now with someone who asks for nothing? The strength stays. The fear simply grows until it is exactly as tall.

By Friday night it sits in your stomach like a swallowed stone. The blue toothbrush is still in the glass. # body: stomach

* [Ring Noor and say it out loud: you're scared you've lost {him()} for good #step: ground]
    ~ step_ground(1)
    "I'm scared I've lost {him()}," you tell Noor. "For good. And I'm also scared I haven't." You both laugh, because it's ridiculous and true.
    Noor doesn't tell you what to do. She tells you about her week and lets you breathe, and at the end she says, "Both can be true, and you can still go to bed." So you do.
* [Scroll back through {his()} photos until three in the morning #step: pursue]
    ~ step_pursue(1)
    You lie on your side and scroll. There {he()} is on the windowsill. There {he()} is, pulling a face over a too-hot coffee. There {he()} is asleep, one arm over {his()} eyes, a photo you took without asking and never showed {him()}. You zoom in on {his()} mouth.
    At three you stop, because the battery is on four per cent, not because you've had enough. The toothbrush watches you from the bathroom.
* [Go out. Dance with strangers until you can't feel a thing #step: withdraw]
    ~ step_withdraw(1)
    You go out with people from work you don't even like much, and dance in a basement until your shirt sticks to your back and the bass does your thinking for you. Someone buys you a drink. You let them talk, and nod, and look at the door every time it opens.
    You get home at five, hoarse and emptied, and fall asleep in your clothes. It works. For about as long as sleep lasts.
-
-> sunday

= gave_week
On Saturday you float. Then "what a night x", and nothing until Wednesday night: "sorry, crazy week. talk soon".

{night_call.the_return:You said it yourself, in the dark: your heart can't take close one night and far the next. And then you said come.|Close one night, far away the next: the one thing your heart can't take. And you said come anyway.}

{p2_text_reply == "withdraw":Eva asks you out for a walk and you say you're busy. You've been short with her for weeks; she only knows you've gone strange.|You walk with Eva, who doesn't know about the message. You check your phone every four minutes, and she pretends not to notice.}

By Thursday you check {his()} last-seen time like a forecast.

* [Don't write. Notice what the waiting does to you, and write that down instead #step: ground]
    ~ step_ground(1)
    You write down what the waiting feels like. Tight jaw. Cold hands. Something in your chest leaning forward all the time, like a dog at a door.
    It doesn't stop it. But on paper it's a bit smaller than you, instead of the other way round.
* (gw_write) [Write. Something light. Something that asks for nothing at all. #step: pursue]
    ~ step_pursue(1)
    You send {him()} a video of a cat falling off a sofa. No words. Nothing {he()} could possibly feel as a claim.
    Nine hours later: "haha". You read those four letters the way scholars read ancient manuscripts, for tone.
* [Tell Noor, loudly, that you're done. Mute {him()}. #step: withdraw]
    ~ step_withdraw(1)
    "I'm done," you tell Noor, loudly enough that the next table looks up. "No more close and far." You mute {him()} right there, with a flourish, like a magician.
    Noor applauds, slowly, and doesn't believe you either.
-
-> sunday

= sunday
~ temp on_the_step = false
// phase-local from here on: cleared so the explorer can merge states (see common/phase2.ink)
~ p2_text_reply = ""
Sunday evening: a knock, two and then one. # sfx: knock

{He()} is on the landing, a bag of leeks and mushrooms held up like a shield. "I said I'd cook for you once. So. If you'll let me."

The first promise of {hers()} you've ever seen arrive, holding mushrooms.

{p2_night_held():All week {he()} kept trying, and all week {the_week.held_week.hw_heart:your no held, give or take one small heart|you kept your no}. Now it stands in the doorway with you.|{the_week.gave_week.gw_write:"haha" was the last word, and now here {he()} is, as if four letters had been a courtship.|You hadn't expected {him()}. The moment you stopped leaning, {he()} came.}}

Your stomach turns over once, slowly. It knows something your face doesn't yet. # body: stomach

* [Keep the door half-open. Talk here, on the step. #step: ground #locked: {pull_strong()} #why: The smell of the cold on {his()} coat is already halfway into the hall, and so are you.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    You lean on the door frame, {he()} stays on the landing, and you both look at the threshold as if someone had painted a line there.
    "I'm not saying no to dinner," you say. "I'm saying I'm not going back to how it was. Not the close-and-far thing. Not even for mushrooms."
    {He()} laughs, then doesn't. {He()} puts the bag down against the wall.
* [Tell {him()} the truth: you've missed {him()} every hour, and you still won't go back to how it was #step: ground #locked: {walls_up()} #why: The wall you've built this week is the only thing keeping you upright, and you can't take a single brick out of it.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    "I've missed you," you say. "Every hour. And I'm still not going back to how it was. Both at once."
    It costs you your cover. {He()} looks at you as if you had handed {him()} something breakable and {he()} has nowhere to put it down.
* [Step back and let {him()} in #step: pursue]
    ~ step_pursue(2)
    {p2_night_held():
        ~ boundary_given_up()
    }
    You step back. Of course you do. {He()} comes in on a gust of cold and leek and aftershave, and the week closes over behind {him()} like water.
    The risotto is slightly burnt on the bottom and the best thing you've eaten all year. You sit on the counter and watch {him()} cook, and the ache in your chest goes warm and heavy.
-
{on_the_step:{He()} looks at the floor of the landing for a long time. Then up.|Later, on the sofa, {his()} head in your lap, {he()} goes quiet. Then {he()} looks up.}

"I'm in love with you," {he()} says. "Since that party, I think. It frightens the life out of me."

Here it is. And right behind it a question rises into your throat: so what are we? # body: throat

* [Say it: you want a relationship. Not fragments. Then let {him()} answer. #step: ground #locked: {pull_strong()} #why: If you ask for more, you might lose even this, and this is the first warm thing in a week.]
    ~ step_ground(2)
    ~ p2_wish = "spoken"
    "I want a relationship," you say. "A real one. Not nights and then silence. I'd rather know now if you can't."
    {He()} is quiet so long you can hear the fridge. {His()} eyes go briefly to a door only {he()} can see. Then {he()} comes back.
    "Okay. Yes. I don't know if I'm any good at it." {His()} palm is damp in yours. "But I want to try."
    Neither of you knows if {he()} can. But it has been said, by both of you. You'll take {him()} at {his()} word, and keep an eye, from now on, on {his()} feet.
* [Swallow it. Something is better than nothing. #step: pursue]
    ~ step_pursue(2)
    ~ p2_wish = "swallowed"
    You swallow it, like a pill without water. What you want could frighten {him()} off, and then where would you be?
    "Me too," you say, which is true, and you kiss {him()}, and put your wish somewhere at the back, behind the coats, where visitors won't see it.
    Something is better than nothing. You say it twice, to make sure. You can almost hear Noor's eyebrows go up.
* [Shrug it off first, before {he()} can. "Let's not put a label on it." #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_wish = "hidden"
    "Let's not make a big thing of it," you say, and shrug, before {he()} can. "No labels. We'll see."
    {He()} looks relieved, openly relieved, and kisses your knuckles, and that relief hurts more than anything {he()} could have said.
    You didn't ask, so nobody can say no. It feels like winning, the way holding your breath feels like swimming.
-
{
- p2_wish == "spoken":
    Later, alone, you leave the blue toothbrush exactly where it is. Not as a hope. As a question asked out loud.
- p2_wish == "swallowed":
    Later, {he()} falls asleep beside you, and you listen to the two of you breathe, out of step, and tell yourself it's nearly the same rhythm.
- else:
    Later, alone, you wash the two glasses and stand them upside down on the rack, side by side, not touching.
}

And so the dance goes on. # pause: 2
-> cafe
