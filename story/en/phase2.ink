// Phase 2 — Dancing with contradictory steps.
// text_message · confession · night_call · the_week

=== text_message ===
# phase: 2
# scene: home
Three weeks. You have stopped counting in days. You count in nights now: the ones with {him()}, and the ones in between, which exist only to be got through.

Your flat has quietly changed sides. There is a second toothbrush in the glass, a blue one from the all-night chemist, bought at two in the morning because {he()} said using a finger was barbaric. {His()} jumper hangs over the back of your chair. You have not washed it. Once, when nobody could possibly see, you put it on.

At work you catch yourself smiling at a spreadsheet. Noor says you look like someone who has been told a secret. "Careful," she says, in the voice she uses for oysters and ex-colleagues, and you laugh, because careful is a word for other people.

Two nights ago, in the dark, {he()} ran a finger along your collarbone and said {he()} had never talked to anyone the way {he()} talks to you. You believed {him()}. You still do. Remember that, later.

Thursday evening. Pasta water on the hob, the kitchen window fogged, the song from the party playing low on the little speaker. You are wondering whether it is insane to ask {him()} to your cousin's wedding in June. It is. It's months away. You are going to ask anyway.

The phone lights up on the counter. {partner_name}. Your chest gives its small, stupid leap before you have read a word. # sfx: sms

"hey. need to be honest with you about something. think I've got a bit of a thing for Eva. didn't want you hearing it from someone else. hope that's ok x"

You read it. The words are short and ordinary and they will not turn into a meaning.

Eva. Your Eva. Eva of the long Sunday walks, Eva who has lived with Jonas for six years, Eva who met {him()} exactly once, at your birthday drinks, and talked to {him()} about bicycles for ten minutes by the coat rack.

Behind you the pan boils over with a hiss. You don't turn round.

* [Read it again. And again. There has to be a way of reading it that means something else. #step: pursue]
    ~ step_pursue(1)
    You read it eleven times. You try it in different voices: joking, drunk, testing you. You scroll back through three weeks of messages looking for the place where it turned, the sentence where you should have noticed. You find only hearts, and a photo of {his()} feet next to yours on a windowsill, and the word "tomorrow?" over and over.
    The little x at the end is the worst part. It is how {he()} signs off when {he()} is being sweet.
* [Put the phone face down. Turn off the gas. Stand still and let it land. #step: ground]
    ~ step_ground(1)
    You turn the phone over, switch off the hob, and stand in the middle of the kitchen with your hands flat on the counter. The steam smells of starch and salt. You don't explain anything to yourself yet. You just feel it arrive, the way you feel a lift drop a floor too fast.
    It goes in under the ribs, cold and specific. Your knees want to fold. You let them, and sit on the tiles with your back against the cupboard door.
* [Delete it. Delete the whole thread. #step: withdraw]
    ~ step_withdraw(1)
    Select. Delete conversation. Are you sure? Yes. Three weeks of hearts and windowsills gone in the time it takes to blink, and the screen goes back to your bank's logo and a reminder about the dentist.
    It feels clean for about four seconds. Then you realise you can still see every word of it, printed on the inside of your eyes, little x and all.
-
Your heart does something you remember from long ago. It doesn't break. It slams, like a door caught by a draught, and the whole house shudders with it. # body: heart

It doesn't fit. That's what you keep circling. Two nights ago is still on your skin. You cannot lay the two things side by side, the finger on your collarbone and the little x, and make them belong to the same person.

And then, somewhere around the third time you think the word Eva, you understand. Eva is safe. Eva goes home to Jonas every night. Eva is a window {partner_name} can gaze through with no danger of anyone ever opening it.

You are the danger. Not because you did anything wrong. Because you are here. Because you said yes, all the way, without a brake. Because you are available.

You know this trick. You have played it yourself, from the other side, for years: the ones who were spoken for, the ones who lived in other cities, the ones who said "I'm not really in a place for anything" and whom you loved precisely because of it. Now you are watching someone else's compass swing away from the open door, towards a closed one.

The phone is still waiting. An answer is expected. You could write a hundred.

* [Tell {him()} you can see what {he()} is doing, and that you're taking some distance #step: ground #locked: {pull_strong()} #why: Your thumbs want to write please before they can write anything else.]
    ~ step_ground(2)
    ~ p2_text_reply = "ground"
    You write it four times. The first is furious, the second is pleading, the third is so calm it sounds like a resignation letter. The fourth you keep.
    "I think you got scared, and Eva is a safe place to point it. I'm not going to compete with her for you. I'm taking some distance."
    You press send and put the phone in the bread bin, which is a strange place for it, but it's the furthest away thing in the room.
    There is a calm under the hurt that you don't recognise at first. Then you do. It's the feeling of not giving away years this time. Not even months. Three weeks, and a toothbrush.
* [Explain. Ask what you did wrong. Ask if you can talk tonight, please #step: pursue]
    ~ step_pursue(2)
    ~ p2_text_reply = "pursue"
    "did I do something?" Send. "we don't have to make this a big thing, I just want to understand." Send. "I'm not angry." Send. You are not sure that's true. "I can come over if you want, just to talk." Send.
    Two grey ticks turn blue. Three dots appear, vanish, appear. You stand over the phone like someone waiting for bread to rise.
    At eleven forty-eight: "don't worry about it ok. let's not make it heavy. x"
    Heavy. You look at the word until it stops being a word, and you reply with a thumbs up, and you hate the thumb, and you hate yourself for the thumb.
* [Go cold. Let {him()} wonder. Or send one line that stings #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_text_reply = "withdraw"
    You write: "Good luck. She lives with someone, but I suppose that's the appeal." Send. Then you mute {him()}, put the phone in the drawer with the takeaway menus and close it with your hip.
    For about eleven minutes this feels like power. You eat standing up. You put on loud music, not the song from the party. You are someone who does not wait for messages.
    At minute twelve you open the drawer, just to check it's on silent.
-
{p2_text_reply == "pursue":You eat the pasta anyway, overcooked and unsalted, leaning against the counter, the phone face up beside the plate where you can see it.|You eat the pasta anyway, overcooked and unsalted, leaning against the counter. It tastes of nothing. You eat all of it.}
-> confession

=== confession ===
# scene: bar
Ten days.
{
- p2_text_reply == "ground":
    You kept your word to yourself, all ten of them. {He()} answered once, "ok. fair enough", and then nothing, and you were almost proud of how rarely you checked. Almost.
- p2_text_reply == "pursue":
    You spent them trying to make it small. You sent three more messages, each one lighter than the last, jokes with the ache sanded off. {He()} answered one of them, with a laughing face, a day late.
- else:
    A silence, and you made it yourself. The phone lived in the drawer by day and under your pillow by night. {He()} wrote twice, a single question mark and then "can we talk?", and you answered neither. Each unanswered message felt like a coin in your pocket that you kept touching.
}

It's Noor's birthday, in the bar by the canal: low ceiling, wet coats, candles jammed into wine bottles, a dog asleep under the radiator as if nothing in the world could ever get loud enough to wake it. Noor has told everyone that nobody is allowed to be sad tonight, and has looked at you while she said it.

You are on your second glass of something red and slightly too warm. You are, you tell yourself, fine. You are even laughing, at a story about Noor's upstairs neighbour and a parrot, when the door opens and the cold comes in, and with it, {him()}.

You don't look. You don't need to. Every hair on your arms has already turned towards the door.

{He()} sees you at once. You know because the room tilts a little, the way it did at the party. {He()} says something to the friend {he()} came with and starts to make {his()} way through the crowd. Towards you.

* [Keep listening to Noor. If {he()} wants to talk, {he()} can come all the way. #step: ground]
    ~ step_ground(1)
    You keep your eyes on Noor. The parrot, it turns out, only swears in Portuguese. You laugh at the right moment, and mean about half of it, and you feel {him()} getting closer the way you feel weather coming.
    You don't move towards {him()}. You don't move away. You let {him()} walk every one of the last ten steps.
* [Turn to {him()}. Meet {him()} halfway, already half-smiling. #step: pursue]
    ~ step_pursue(1)
    Your body is moving before you've decided anything. You put your glass down and step past Noor's shoulder, and there you are, halfway across the room, your face already doing the smile you had sworn to keep for later.
    {He()} sees it. Something in {his()} shoulders lets go.
* [Turn your back. Laugh a little too loudly at something nobody said. #step: withdraw]
    ~ step_withdraw(1)
    You turn so that {he()} gets your shoulder blades. You laugh, too brightly, at nothing in particular; Noor gives you a look that says she can hear exactly what you're doing. You study the candle wax as if it holds the secret of the universe.
    It takes {him()} no time at all. A touch on your elbow, light as a question.
-
"Hey," {he()} says. And then, closer, under the music: "Can I steal you for one minute? Just one. You can time me."

{He()} is good at this. {He()} has always been good at this: the crooked half-smile, the way {he()} stands just a fraction too close, the warm hand that doesn't quite touch. {He()} looks tired. {He()} looks like someone who hasn't slept well, and you are ashamed of how much you like that.

By the coat rack, in the draught from the door, {he()} says that the message was stupid. That {he()} has regretted it every day. That it was never about Eva, not really; Eva was just the first name that came to hand.

Then {he()} leans in until {his()} mouth is next to your ear, and {his()} voice drops to almost nothing. "You see straight through me, don't you. You always have." A breath. "I do have feelings for you. That's the whole problem. I'm just scared. I got scared, and I did the stupidest thing I could think of."

Somewhere inside you, a small voice climbs onto a chair and shouts: I knew it. I knew it, I knew it. It's almost embarrassing, how loud it is. It wants to dance.

Flattered. Reassured. The ground, for the first time in ten days, back under your feet. And under all that, a flicker of the anger you had been carefully keeping alight, the one thing you were sure of.

You try to hold on to it. "You made me feel like an idiot," you say.

"I know. You're right. It was cowardly." {He()} doesn't argue, doesn't explain, doesn't make it smaller. {He()} takes all of it: the blame, the message, the ten days. "Be as angry as you like. I deserve all of it."

And that's the problem. Anger needs something to push against, and {he()} has stepped aside. Yours goes straight through the space where {he()} used to be and lands, softly, nowhere.

Under the warmth, something in your stomach stays very still, the way an animal goes still in long grass when it hears a twig snap. # body: stomach

* [Tell {him()} you believe {him()}, and that scared is exactly why you're keeping your distance #step: ground #locked: {pull_strong()} #why: The voice shouting I knew it is so loud you can't hear the small one underneath.]
    ~ step_ground(2)
    ~ p2_confession = "held"
    {p2_said_no():
        ~ boundary_held()
    }
    "I believe you," you say. "I think you are scared. That's exactly why I'm keeping my distance. I can't be the person you practise being scared on."
    {He()} leans back far enough to look at you properly. For a second {he()} looks almost relieved, the way people do when someone finally says the thing out loud. Then {he()} smiles, wryly, and nods.
    "Fair," {he()} says. "I'd keep my distance from me too."
    It's unbearable how much you like {him()} for saying that. You go back to Noor. Your hands are shaking, and your feet, you notice, are very firmly on the floor.
* [Let the anger go. Let {him()} pull you in. #step: pursue]
    ~ step_pursue(2)
    ~ p2_confession = "melted"
    {p2_said_no():
        ~ boundary_given_up()
    }
    The anger goes out like a match in the draught. You don't even feel it leave; one moment it's there, and the next {his()} forehead is against yours and {he()} is saying your name like an apology, and you are letting {him()}.
    Noor catches your eye across the room, over {his()} shoulder. She raises one eyebrow by exactly one millimetre. You look away first.
    You leave together, before the cake. On the bridge {he()} puts {his()} hand in the back pocket of your jeans, like before. Like nothing happened.
* {not p2_said_no()} [Smile sweetly, say one thing that cuts, and leave {him()} standing there #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_confession = "cut"
    "Don't worry about it," you say, with your best smile. "Honestly. I've had worse from people I liked more." And you go to the bar and order something you don't want.
    Your hands shake as you pay. When you risk a look back, {he()} is still by the coats, exactly where you left {him()}, looking at you the way {he()} looked at you at the party.
    That's the worst part. It works. It always works, when you walk away.
-
{
- p2_confession == "held":
    You don't go home with {him()}. But on the walk home, alone, with your scarf over your mouth against the wind off the water, you notice that you haven't closed the file either. It's there on your inner desk, open at the last page. Unfinished business.
- p2_confession == "melted":
    {p2_said_no():In {his()} bed, later, with the streetlight striping the ceiling, you think of the you of ten days ago, the one who took the distance, standing in the doorway of your head with folded arms. It was only ever your head that decided. The rest of you was simply waiting for {him()} to come back.|In {his()} bed, later, with the streetlight striping the ceiling, you lie awake and listen to {him()} breathe. You got what you begged for. It feels exactly like relief, and a little like losing.}
- else:
    You stay until the cake, and sing, and Noor blows out all thirty candles in one breath. {He()} leaves before the end. You tell yourself you didn't watch {him()} go.
}

"You okay?" Noor asks, at the door, buttoning your coat for you as if you were seven. She doesn't wait for the automatic answer. She just looks.

* [Tell her the truth: you don't know what you're doing, and it scares you a bit #step: ground]
    ~ step_ground(1)
    "I don't know what I'm doing," you say. "That's the honest answer. And it scares me a bit, how much I don't."
    Noor nods slowly, as if you've finally said something in a language she speaks. "Good," she says. "That's a start." She kisses your cheek. "Text me when you're home. Not {him()}. Me."
* [Ask her if she thinks {he()} meant it. Really meant it #step: pursue]
    ~ step_pursue(1)
    "Do you think {he()} meant it?" you ask. "The scared thing. Do you think it's real?"
    Noor is quiet for a moment. "I think {he()} means everything {he()} says while {he()}'s saying it," she says. "That's what worries me." You hear only the first half. You carry it home like a warm stone in your pocket.
* [Say you're great. Honestly. Never better. #step: withdraw]
    ~ step_withdraw(1)
    "Great," you say. "Honestly. Never better. Happy birthday, you old crone."
    Noor lets it go, because it's her birthday and because she loves you. But she holds on to your sleeve a second longer than she needs to, and you feel it all the way home.
-
Not finished, then, this thing. Not yet. Some stubborn part of you has looked at the whole business, rolled up its sleeves and decided there's more work to be done.
-> night_call

=== night_call ===
# scene: bar
After that, the weeks start to blur.
{
- p2_confession == "held":
    You keep your distance. More or less. "More or less" does a lot of work in that sentence. You see {him()} at the bar, at Noor's, once by accident at the market where {he()} carried your oranges to the bike. Twice you end up in bed together, and both times you file it under accidents.
- p2_confession == "melted":
    The good nights are very good: {his()} laugh in the dark, cold feet, breakfast at three in the afternoon. Between the good nights the phone goes quiet for days at a time, and you learn to fill the quiet yourself, with little messages, links, a photo of a dog that looks like {him()}.
- else:
    After Noor's birthday {he()} writes more than {he()} ever did before. Funny things, late at night. A song. "still thinking about your face when you walked off." Your coldness has made {him()} warm; you notice it the way you'd notice a trick of the light, and you let it work. Before long you're back where you were, minus a toothbrush.
}
// phase-local: not needed after this point (lets the explorer merge states)
~ p2_confession = ""

Friday, the bar by the canal again, the slack hour after midnight. The barman has started the slow ceremony of closing: stools going up on tables legs first, the good music switched off for the bad, a tea towel over one shoulder like a flag of surrender.

{He()} drifts over to your end of the bar and leans beside you, shoulder almost touching yours. {He()} smells of cold air and someone else's cigarette.

"I meant to call you, you know," {he()} says. "On Tuesday. To ask how you were doing."

Meant to. You've heard this one. There is a whole museum of things {he()} meant to do: the call, the film, the weekend by the sea, the time {he()} was going to cook. Beautifully lit, every one of them. Nothing you can actually touch.

* ["But you didn't," you say. Lightly. Just a fact, set down on the bar between you. #step: ground]
    ~ step_ground(1)
    "But you didn't," you say. Not angrily. You set it down on the bar between you like a coaster.
    {He()} blinks, then laughs, caught out and almost pleased about it. "No," {he()} admits. "I didn't. I'm terrible." And {he()} looks at you a moment longer than before, as if you had moved slightly in the light.
* ["That's sweet. I'm fine. Better than fine, actually. How are you?" #step: pursue]
    ~ step_pursue(1)
    "That's sweet," you say, and you mean it, which is the problem. You give {him()} full credit for the call that never happened, and then you tell {him()} how you are, at length, as if {he()} had rung after all.
    {He()} listens, nodding, and for the length of your answer {he()} is the perfect person. You feel the intention land on you like a coat, and you don't check whether there's anyone inside it.
* ["Did you? I hadn't noticed." #step: withdraw]
    ~ step_withdraw(1)
    "Did you?" You keep your eyes on the barman's tea towel. "I hadn't noticed."
    It lands. You see it land. {He()} laughs, a little too late, and moves half a step closer, as if the temperature had dropped and you were the only heater in the room.
-
And then it's there again, the thing that's always there between you in public. {He()} steals an olive off your saucer. You bump {his()} knee with yours. {He()} tells a terrible joke and you laugh before the end of it, and {he()} pretends to be offended, and for a while the air around the two of you practically hums.

The barman smiles at you both the way people smile at couples. Anyone watching would say: look at those two. Nobody watches the other part. Nobody sees the four days after a night like this, when your phone lies on the table like a stone and you can't remember whether you're allowed to pick it up.

It's ten to one. Closing is at two. {He()} is telling a story about {his()} brother and a borrowed van, and {his()} hand has come to rest on the bar a centimetre from yours, and you know exactly how this night goes if you stay.

Your breath has gone high and quick. Your body knows this hour, and what it costs afterwards. # body: breath

* [Say you're going home. Now, before the last round. #step: ground #locked: {pull_strong()} #why: The centimetre between your hands is the only thing in the room you can feel.]
    ~ step_ground(2)
    ~ p2_left = "said"
    "I'm going to head home," you say, and reach for your coat.
    {He()} stops in the middle of the van story. {He()} looks at you, properly, and you can see {him()} checking your face for the hook: the pause, the "unless...", the invitation hidden inside the goodbye. {He()} searches for it the way you'd pat your pockets for keys.
    There isn't one. You do mean it. You kiss {his()} cheek, the way you'd kiss anyone's, and go out into the cold, which is clean and sharp and smells of the water, and you walk home faster than you need to, grinning at nothing.
* [Stay. Stay until the lights come up, just in case. #step: pursue]
    ~ step_pursue(2)
    ~ p2_left = "stayed"
    You stay. Of course you stay. You stay through the last round and the round after the last round, and the barman's pointed sweeping, and the moment when the big lights come on and everyone suddenly looks like a photograph of themselves.
    At the door {his()} friends are waiting, loud, going on somewhere. {He()} kisses the corner of your mouth. "I'll text you," {he()} says, and goes off the other way with them, and you stand on the pavement for a second longer than makes sense.
    You walk home alone at twenty past two, hands deep in your pockets, composing the text {he()} is going to send.
* [Go to the loo and simply don't come back. Let {him()} find the empty stool. #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_left = "slipped"
    You say "back in a sec", take your coat from the hook on the way to the toilets as if it were the most natural thing in the world, and walk straight out through the side door into the alley.
    On the bridge your phone buzzes. "where did you go??" Then: "hello??" You don't answer. You walk faster, lit up from the inside like a shop window, and you are not sure if what you feel is freedom or just the pleasure of being looked for.
-
-> the_call

= the_call
# scene: bedroom
{p2_left == "stayed":It's a quarter to three. You're in bed with the light off and your phone on the pillow, where it has no business being. No text. You've checked four times. You have decided, firmly, to sleep.|It's just after two. You're in bed with the light off, still a little fizzy from the cold and the walk, not remotely asleep. The radiator ticks as it cools.}
~ p2_left = ""

The phone lights up the whole ceiling. {partner_name}, calling. Not a text. A call, at this hour. # sfx: ring

"Hey." {His()} voice is low and a bit slurred at the edges, and behind it there's wind and footsteps; {he()} is walking somewhere. Maybe towards you. "Did I wake you? Sorry. I just..." A pause, a small laugh at {himself()}. "Can I still come over?"

Your heart starts up like someone taking the stairs two at a time. It knows this staircase. It knows exactly where it leads, and exactly what the landing looks like in four days' time. # body: heart

* [Say no. And say why. #step: ground #locked: {pull_strong()} #why: {His()} voice is already in the room with you, and half of you has already unlocked the door.]
    ~ step_ground(2)
    "No," you say.
    The word surprises both of you. You sit up against the headboard. "Not because I don't want you here. Because I do. My heart can't do this: close one night and miles away the next. Let in, and then shut out. I can't keep doing that."
    There's a long silence on the line, full of wind. Then {he()} says, very softly, "No. No heart could take that."
    {He()} says it with such sympathy. As if it were the weather. As if it were something that happens to people, rather than something {he()} does. For a moment you are so confused you can't tell whose side {he()} is on.
    {His()} voice goes softer still, and your throat closes around the next word, the easy one, the yes. # body: throat
    -> the_return
* [Say yes, before you can think #step: pursue]
    ~ step_pursue(2)
    ~ p2_night = "gave"
    "Yes," you say, before the word has even been past your brain. "Yes. Come."
    -> he_comes
* [Let it ring. Turn it face down and watch the ceiling #step: withdraw]
    ~ step_withdraw(2)
    You turn the phone over and lie back and watch the ceiling go dark again around the edges of the light. It rings, and rings, and stops. The silence afterwards is enormous.
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
    "Come," you say. Just that. You hear {him()} breathe out, on the other end of the line, as if {he()} had been holding it for a week.
    -> he_comes

= rang_out
Ninety seconds. It rings again. You don't move, and it stops, and then the screen lights up once more with a message. "I know you're awake. please." And then, a moment later: "I miss you."

Your breath goes shallow and quick, high up in your chest, the way it does just before you do something you'll spend a week explaining to yourself. # body: breath

* [Write back three words: "No. Not tonight." Then put the phone in the other room #step: ground #locked: {pull_strong()} #why: "I miss you" sits on the screen like a hand held out in the dark.]
    ~ step_ground(1)
    ~ boundary_held()
    ~ p2_night = "silent"
    You type it with one thumb: "No. Not tonight." You look at it. You don't add "sorry" and you don't add a kiss, though your thumb hovers over both. Send.
    Then you get out of bed, walk the phone to the kitchen like a cat you're putting out for the night, and leave it on the counter, face down, next to the bread bin.
    When you get back into bed the sheets have gone cold. You lie there and shake a little, and it isn't unhappiness. It's more like the trembling after you've carried something very heavy up a lot of stairs, and put it down.
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

"You do it," you say again, and now it comes easily, as if it had been waiting in a queue. "You stop answering for three days after the best night we've had. You tell me you don't want a relationship, and then you ring me at two in the morning. You say it doesn't feel like quite enough. Quite enough. Like I'm a meal you're not sure about." Your voice doesn't shake. You notice that from a distance, with interest.

For a long moment {he()} says nothing at all. When {he()} speaks again {his()} voice has changed; the charm has gone out of it, and what is left is smaller and much younger.

"I know," {he()} says. "I know I do. I don't know why. When it's good with you, something in me starts looking for the exit. Like a reflex." A breath. "I've never said that to anyone. I'm not even drunk enough to be saying it now."

It is the most open {he()} has ever been with you. You can hear, for once, the real person under the performance, and the real person is frightened and tender and very tired. It would be so easy to say: come, then. Come here and be frightened with me.

You hold the phone a little away from your ear, as if that could help.

"Goodnight, {partner_name}," you say. "I mean it." And you hang up first. For once in your life, you hang up first.

Then you lie there with the phone warm on your chest and your heart going like a bird's. Something in you has climbed over something else in you. You feel taller lying down than you have ever felt standing up, and it is, you can't deny it, absolutely wonderful.
-> the_week

= he_comes
Not long after, {he()} is at your door with cold hands and cold ears and a bag of chips from the all-night place, and {he()} holds out the bag like a peace offering, and you both laugh on the doormat like idiots.

The night is soft. It's the softest you've had. {He()} holds your face in both hands and looks at you as if {he()} were trying to learn you by heart, and says your name into your hair, and falls asleep with one arm heavy across you like a seat belt.

You don't sleep for a long time. You lie in the dark with {his()} breath on your shoulder and think: see. See? This is what it's like when {he()} stops being scared.

In the morning {he()} is already dressed when you wake, looking for {his()} other sock with great concentration. {He()} kisses your forehead. "Work," {he()} says. It's Saturday. The door clicks shut, and the flat fills back up with its ordinary silence, and you lie very still, listening to it.
-> the_week

=== the_week ===
# scene: home
{p2_night_held():It lasts exactly a week.|A week, this time. That's how long it takes for the softness to wear through.}
{p2_night_held():-> held_week|-> gave_week}

= held_week
The first days are astonishing. You wake on Saturday with a clear head and clean the windows, inside and out, which you have not done since you moved in. On Sunday you cycle to the sea and back into a headwind and don't once check your phone on the way. On Monday you sing in the shower. Badly, and loudly, and with feeling.

It's a strength you had forgotten you owned. Choosing yourself turns out to feel physical, like good posture, like having slept. You walk differently. The woman at the bakery asks if you've been on holiday.

On Wednesday, at lunch, a message. A photo of the bar by the canal, taken from your end of the counter: the empty stool, the tea towel, a half-drunk glass. "your seat misses you. so does the rest of me." # sfx: sms

* [Read it, feel what it does to you, and let it be. No answer yet. #step: ground]
    ~ step_ground(1)
    You read it twice and then you sit with it, the way you'd sit with a hot drink until it's cool enough. It does a lot. It pulls at you like a current round your ankles. You notice the pull, and you notice that you are still standing.
    You don't answer. Not out of spite. Just because you haven't got an honest answer yet, and you're done sending the other kind.
* (hw_heart) [Answer. Just a little. Just one small heart. #step: pursue]
    ~ step_pursue(1)
    One heart can't hurt. You send it, and feel the relief of it go through you like the first mouthful of something sweet.
    {He()} answers within a minute. "!!! can I see you?" And you have to write "not yet", which is much harder than not having answered at all, because now the door is open a crack and you are leaning on it from the inside.
* [Archive it without opening it properly. And the next one. #step: withdraw]
    ~ step_withdraw(1)
    You swipe it away into the archive, where things go to not exist. A second one arrives that evening. You archive that too, without reading past "I keep thinking".
    It gives you a cold little jolt of satisfaction each time, like pressing on a bruise to check it's still there.
-
On Thursday you walk with Eva, the long Sunday route on a Thursday, because she's taken the afternoon off. {p2_text_reply == "withdraw":You realise halfway round that you've been short with her for weeks without telling her why, as if any of it were her doing. She has no idea. She talks about Jonas's mother's hip, and you hold her arm a little tighter to apologise for something she doesn't know happened.|She doesn't know about the message. You never told her; it didn't seem fair to make it hers. She talks about Jonas's mother's hip, and the light comes sideways through the bare trees, and you think: {partner_name} could have had a thing for anyone, and chose the one person guaranteed to stay a picture.}

And then, slowly, as the days go on, the other thing rises too. It comes up from underneath, like water in a cellar. What if that was it? What if {he()} has taken you at your word, and is already, right now, somewhere warm with someone who asks for nothing? The strength doesn't go away. The fear simply grows until it is exactly as tall.

By Friday night it's enormous; it sits in your stomach like a swallowed stone. The flat is very quiet. # body: stomach

The blue toothbrush is still in the glass.

* [Ring Noor and say it out loud: you're scared you've lost {him()} for good #step: ground]
    ~ step_ground(1)
    "I'm scared I've lost {him()}," you tell Noor. "For good. And I'm also scared I haven't." You both laugh, because it's ridiculous and true.
    Noor doesn't tell you what to do. She tells you about her week, and lets you breathe, and at the end she says, "Both of those things can be true and you can still go to bed." So you do.
* [Scroll back through {his()} photos until three in the morning #step: pursue]
    ~ step_pursue(1)
    You lie on your side and scroll. There {he()} is on the windowsill. There {he()} is, pulling a face over a too-hot coffee. There {he()} is asleep, one arm over {his()} eyes, a photo you took without asking and never showed {him()}. You zoom in on {his()} mouth.
    At three you stop, because the battery is on four per cent, not because you've had enough. Your eyes sting. The toothbrush watches you from the bathroom.
* [Go out. Dance with strangers until you can't feel a thing #step: withdraw]
    ~ step_withdraw(1)
    You go out with people from work you don't even like much, and dance in a basement until your shirt sticks to your back and the bass does your thinking for you. Someone buys you a drink. You let them talk, and nod, and look at the door every time it opens.
    You get home at five, hoarse and emptied, and fall asleep in your clothes. It works. For about as long as sleep lasts.
-
-> sunday

= gave_week
On Saturday you float. On Sunday you float a little less. {He()} sends one message on Sunday night, "what a night x", and then nothing on Monday, and nothing on Tuesday, and on Wednesday at eleven at night: "sorry, crazy week. talk soon".

Close one night, far away the next. {night_call.the_return:You said it yourself, on the phone, in the dark: your heart can't take this. And then you said come.|It's exactly the thing you've always known your heart can't take. And you said come anyway.}

{p2_text_reply == "withdraw":On Thursday Eva asks you out for a walk and you say you're busy. You've been short with her for weeks, as if any of this were her doing. She doesn't know about the message. She just knows you've gone strange.|On Thursday you walk with Eva, who doesn't know about the message and never will. She talks about Jonas's mother's hip. You check your phone every four minutes, and she pretends not to notice.}

By Thursday night you are checking {his()} last-seen time the way some people check the weather before a long journey.

* [Don't write. Notice what the waiting does to you, and write that down instead #step: ground]
    ~ step_ground(1)
    You take the notebook you keep meaning to use and write down what the waiting feels like. Tight jaw. Cold hands. Something in your chest leaning forward all the time, like a dog at a door.
    It doesn't stop it. But it's strange: once it's on paper it's a bit smaller than you, instead of the other way round.
* (gw_write) [Write. Something light. Something that asks for nothing at all. #step: pursue]
    ~ step_pursue(1)
    You send {him()} a video of a cat falling off a sofa. No words. Nothing {he()} could possibly feel as a claim.
    Nine hours later: "haha". You read those four letters the way scholars read ancient manuscripts, for tone.
* [Tell Noor, loudly, that you're done. Mute {him()}. #step: withdraw]
    ~ step_withdraw(1)
    "I'm done," you tell Noor, loudly, in a café, so that the people at the next table look up. "Done. I'm not doing close and far any more." You mute {him()} right there in front of her, with a flourish, like a magician.
    Noor applauds, slowly, and doesn't believe you either.
-
-> sunday

= sunday
~ temp on_the_step = false
// phase-local from here on: cleared so the explorer can merge states (see common/phase2.ink)
~ p2_text_reply = ""
On Sunday evening, just before seven, there's a knock at the door. Not the bell. A knock, the particular knock, two and then one. # sfx: knock

{He()} is on the landing with a bag of shopping held in front of {him()} like a shield: leeks, a lump of parmesan, a bottle of wine, some very expensive-looking mushrooms. {He()} has had a haircut. {He()} looks nervous, which is new.

"I was going to cook for you," {he()} says. "Remember? Ages ago. I said I would and I never did." {He()} lifts the bag an inch. "So. I'm doing it. If you'll let me."

It's the first promise of {hers()} you've ever seen arrive. It's standing on your doormat holding mushrooms.

{p2_night_held():All week {he()} has kept trying, and all week {the_week.held_week.hw_heart:your no has held, give or take one small heart|you have kept your no}, and here it is, the no, standing in the doorway with you, both of you looking at {him()}.|{the_week.gave_week.gw_write:You hadn't expected {him()}. "haha" was the last word, and now here {he()} is, as if nine hours and four letters had been a kind of courtship.|You hadn't expected {him()}. That's the thing. The moment you stopped leaning, {he()} came.}}

Your stomach turns over once, slowly, like someone turning in their sleep. It knows something your face doesn't yet. # body: stomach

* [Keep the door half-open. Talk here, on the step. #step: ground #locked: {pull_strong()} #why: The smell of the cold on {his()} coat is already halfway into the hall, and so are you.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    You don't step back. You lean on the door frame, and {he()} stays on the landing with {his()} shopping, and for a moment you both just look at it, the threshold, as if it were a line somebody had painted there.
    "I'm not saying no to dinner," you say. "I'm saying I'm not going back to how it was. I can't do the close-and-far thing. Not even with mushrooms."
    {He()} laughs, then doesn't. {He()} puts the bag down, carefully, against the wall.
* [Tell {him()} the truth: you've missed {him()} every hour, and you still won't go back to how it was #step: ground #locked: {walls_up()} #why: The wall you've built this week is the only thing keeping you upright, and you can't take a single brick out of it.]
    ~ step_ground(2)
    {p2_night_held():
        ~ boundary_held()
    }
    ~ on_the_step = true
    "I've missed you," you say. "Every hour. I'm not going to pretend I haven't." You hold the door where it is. "And I'm still not going back to how it was. Both. At the same time."
    It costs you something to say it. You can feel exactly what: your cover. {He()} looks at you as though you had handed {him()} something breakable, and {he()} has no idea where to put it down.
* [Step back and let {him()} in #step: pursue]
    ~ step_pursue(2)
    {p2_night_held():
        ~ boundary_given_up()
    }
    You step back. Of course you step back. {He()} comes in on a gust of cold air and leek and aftershave, and kisses you in the hallway with the shopping bag banging against your knees, and the week closes over behind {him()} like water.
    {He()} cooks. {He()} actually cooks. The risotto is slightly burnt on the bottom and it's the best thing you've eaten all year. You sit on the counter and watch {him()} and feel the ache in your chest go warm and heavy.
-
{on_the_step:{He()} looks at the floor of the landing for a long time. Then up.|Afterwards, on the sofa, with the plates on the floor and {his()} head in your lap, {he()} goes quiet. Then {he()} looks up.}

"I'm in love with you," {he()} says. "I think I have been since that party. It frightens the life out of me." {He()} half-laughs. "I've never said that to anyone sober."

Everything in you goes very still and very bright. Here it is. The thing you wanted, out loud, in {his()} voice.

And behind it, right on its heels, the question you've carried for weeks rises in your throat and sits there: so what are we? What is this, and where is it going, and can I have it in daylight? You can already feel what it would do to {his()} face. # body: throat

* [Say it: you want a relationship. Not fragments. Then let {him()} answer. #step: ground #locked: {pull_strong()} #why: If you ask for more, you might lose even this, and this is the first warm thing in a week.]
    ~ step_ground(2)
    ~ p2_wish = "spoken"
    "I want a relationship," you say. "A real one. Not nights and then silence. Not fragments. I'd rather know now if you can't."
    {He()} goes quiet for so long you can hear the fridge. {His()} eyes go somewhere, briefly, to a door only {he()} can see. Then {he()} comes back.
    "Okay," {he()} says. "Yes. I want to try. I don't know if I'm any good at it." {He()} takes your hand. {His()} palm is damp. "But I want to try."
    You don't know if {he()} can. Nor does {he()}. But the thing is said, out loud, by both of you, and whatever happens next will happen to the two people who said it. You decide to take {him()} at {his()} word, and to keep an eye, from now on, on {his()} feet.
* [Swallow it. Something is better than nothing. #step: pursue]
    ~ step_pursue(2)
    ~ p2_wish = "swallowed"
    You swallow it. You actually feel it go down, the question, like a pill taken without water. What you want can wait. What you want could frighten {him()} off, and then where would you be?
    "Me too," you say instead, which is true, and you kiss {him()}, and put your wish for something real somewhere at the back, behind the coats, where visitors won't see it.
    Something is better than nothing. You say it to yourself twice, to make sure. You can almost hear Noor's eyebrows go up.
* [Shrug it off first, before {he()} can. "Let's not put a label on it." #step: withdraw]
    ~ step_withdraw(2)
    ~ p2_wish = "hidden"
    "Let's not make a big thing of it," you say, and shrug, as if it were your idea. "No labels. We'll just see." You say it lightly. You say it before {he()} can.
    {He()} looks relieved. Honestly, openly relieved, and {he()} kisses your knuckles, and the relief on {his()} face hurts more than anything {he()} could possibly have said.
    You got there first. You didn't ask, so nobody can say no. It feels like winning, in the way that holding your breath feels like swimming.
-
{
- p2_wish == "spoken":
    Later, when {he()} has gone home, you find the blue toothbrush in the glass and leave it exactly where it is. Not as a hope. As a question you've finally asked out loud.
- p2_wish == "swallowed":
    Later, when {he()} has fallen asleep beside you, you lie awake and listen to the two of you breathe, out of step, and tell yourself it's nearly the same rhythm.
- else:
    Later, alone, you wash up the two glasses and stand them upside down on the rack, side by side, not touching.
}

And so the dance goes on. # pause: 2
-> cafe
