// Phase 5 — After the last steps. Months of silence, Robin, the invitation, the party.
// Mechanics and flags: ../common/phase5.ink. The endings are in endings.ink.

=== months_later ===
# phase: 5
# scene: home
~ p5_begin()
Months. The calendar has turned over four times since the letter left your hands, and not once has your phone lit up with {his()} name. You've stopped checking. That's what you tell Noor, and most days it is nearly true.

Your head has made its peace, more or less. Nobody told your body. It still wakes at six on the side of the bed that leaves room, and for the length of one breath, before memory arrives, it is simply glad.
Then memory arrives, and your heart misses a stair in the dark. # body: heart
The thoughts don't knock. They let themselves in while you're brushing your teeth: the way {he()} said your name as if trying out its taste; the crease between {his()} eyebrows when {he()} was about to lie, or about to tell the truth. You never did learn which.
* [Sit down on the edge of the bath and let it ache, for as long as it takes #step: ground #locked: {pull_strong()} #why: If you let the missing in for even a minute, you're afraid it will move in for good.]
    ~ step_ground(1)
    ~ p5_missing = "felt"
    You sit on the cold rim of the bath, toothbrush still in your hand, and let it come. It comes like weather. Your chest aches properly, the way a bruise does when you press it to see if it's still there.
    It takes nine minutes. You know because the kettle you forgot has boiled and clicked off and gone quiet again. When you stand up nothing is solved, but you are a little less afraid of the next time.
* [Open the old chat, just to look, and scroll back up to the good weeks #step: pursue]
    ~ step_pursue(1)
    ~ p5_missing = "fed"
    Just to look. You scroll past the silence at the bottom, past the short cold weeks, up and up into spring, when {he()} sent you photos of the sky for no reason and a voice note of a blackbird at four in the morning.
    You play the voice note. Then again. The blackbird sings in your kitchen while you stand there in your socks, hungry for something you couldn't get even when you had it. You are twenty minutes late for work.
* [Get up. Cold shower, a run, a list for the day: you will not be ruled by this #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_missing = "buried"
    You don't sit down. You turn the shower to cold and stand under it until every thought you have is about the cold. Then trainers, the park, three laps where two would do.
    By eight you have a list: twelve items, neatly numbered, and {his()} name on none of them. Control, you've discovered, is a muscle. It aches like the other thing does. At least this ache is one you chose.
-
Life carries on around you, the way a river carries on around a stone. There's work: spreadsheets, a new manager who says "let's circle back" without a trace of irony, a plant on your desk that you have kept alive since March, which counts as an achievement.
And there's Noor, every Wednesday, with a bottle of something cheap and whatever she happens to be furious about that week.
This week it's her landlord, and then suddenly it isn't. She puts her glass down in a way you recognise. "I saw {partner_name}," she says. "Saturday, at the market. I wasn't going to say. Then I thought it'd be worse if you heard it from someone else." She looks at you over the rim. "Do you want to know, or not? Both are fine."
* ["Tell me everything. What was {he()} wearing? Was {he()} on {his()} own?" #step: pursue]
    ~ step_pursue(1)
    ~ p5_news = "asked"
    Noor tells you because you ask, and then because you keep asking. {He()} was on {his()} own. {He()} was buying strawberries and looked thinner, or tired, or just older; she couldn't say which. The thing with the person from that night is over. It lasted two weeks, Noor heard.
    You carry each detail home like a small wrapped present. The strawberries especially. You lie awake turning them over: who they were for, whether {he()} still eats them standing at the sink, the way {he()} used to, dripping.
* ["No. I don't want to know." And mean it, though it costs you #step: ground #locked: {pull_strong()} #why: The question is already halfway out of your mouth, and it isn't "no".]
    ~ step_ground(1)
    "No," you say. "Thanks. But no." Your hands want to know. Your stomach wants to know. You hold your glass with both hands anyway.
    Noor nods as if you'd passed something, and tells you about the landlord instead. It's a good story; you laugh in the right places. On the way home you don't wonder about the market at all, except for the entire way home, and then, for the first time in a long time, you let yourself stop.
* [Laugh. "Honestly, Noor? I couldn't care less." And change the subject #step: withdraw]
    ~ step_withdraw(1)
    "Honestly?" You laugh, and it comes out well, you think: light, careless. "I couldn't care less. What did the landlord say?"
    Noor looks at you for one second too long and then lets you have it. You discuss the landlord with enormous energy. Under the table one of your feet is jiggling so hard that the wine trembles in both glasses, and neither of you mentions it.
-
And then there is Robin.
Robin has the bike shop on the corner, a narrow room that smells of rubber and chain oil, where the radio plays whatever station it was left on years ago. You first went in with a flat tyre in May. Since then you've been back with a squeaky brake, a loose bell, and once, mortifyingly, with nothing wrong at all.
Robin is easy to be near. Robin laughs from the belly, remembers that you take your coffee black, and when Robin says Thursday, Robin means Thursday. It took you weeks to notice that. Nothing in you leapt when it happened. That's how unfamiliar it was.
Today Robin wipes both hands on a rag that only makes them blacker and says, with no run-up at all: "There's a little place by the water that does fish. I'd like to take you. No pressure. The shop's open tomorrow either way."
Something in your chest lifts, very slightly, and then glances round for the exit. # body: heart
* [Say yes. And for once, don't think three moves ahead #step: ground #locked: {pull_strong()} #why: Every evening you keep free is still, somewhere in you, being kept free for {him()}.]
    ~ step_ground(1)
    ~ p5_robin = 2
    "Yes," you say, and then, because it came out so easily: "Yes. I'd like that."
    The fish place has paper tablecloths and a waiter who dislikes everybody equally. Robin tells you about restoring a tandem for a couple in their nineties and gets a bit teary about it, and doesn't pretend otherwise. You wait all evening for the trapdoor. It doesn't open. Walking home, you realise you haven't looked at your phone since the starter.
* [Say yes, as long as it stays light. No plans, no names for things #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin = 1
    "Sure," you say. "Let's keep it easy, though. I'm not really looking for anything."
    Robin shrugs, not remotely offended. "Fish is fish." So it becomes a thing without a name: Thursdays, mostly, now and then a film, once Robin's sofa until two in the morning. It's pleasant. You make sure it stays exactly that pleasant. When Robin mentions a weekend away, you mention work.
* [Smile, say you're swamped, and keep Robin at arm's length. Something in you is still saving a seat #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin = 0
    "That's really sweet," you say. "Things are just a bit mad right now."
    Robin nods, a kind nod without any sulk in it, and goes back to the brake cable. "Offer stands." You linger in the doorway longer than you need to. Then you walk home and cook for one, and eat it where you can see your phone, in case of nothing.
-
{p5_robin > 0:
    -> robin_close
}
-> easier

= robin_close
{p5_robin == 2:
    The weeks fill up with Robin without your having to plan it. A toothbrush at the back of your bathroom cabinet. A bike bell you'd know anywhere, ringing twice under your window. Sundays.
- else:
    The Thursdays keep coming. You keep them light, and Robin lets you, and never once asks what you are.
}
{p5_robin == 2:
    Then one Sunday morning Robin is in your kitchen, T-shirt on inside out, making coffee, and says, more to the coffee than to you: "I like you. A lot. I'm not going anywhere, just so you know."
- else:
    Then one Thursday, unlocking the bikes outside the cinema, Robin says, to the lock more than to you: "I like you, you know. A lot. I'm not going anywhere."
}
It's the sentence. The one you waited a whole year to hear from {partner_name}. Here it is, said in an ordinary voice on an ordinary day, and your throat closes around it like a fist. # body: throat
So this is the other side. The kinder someone is, the less air there seems to be in the room.
* [Tell Robin the truth: that this scares you, and you'd like to stay anyway #step: ground #locked: {walls_up()} #why: The walls are up before you can reach the words, and the words are behind them.]
    ~ step_ground(1)
    ~ p5_robin_close = "honest"
    You make yourself say it. That it scares you. That when someone stays, your whole body starts looking for the exits. That you'd like to stay anyway, and you don't know yet whether you can.
    Robin listens and doesn't rescue you from any of it. Then Robin says, "OK. Then we go slowly," and {p5_robin == 2:hands you the coffee, and it's still hot|hands you your bike lock, and your fingers touch}, and there is air in the world again.
* [Say "Me too", kiss Robin, and feel nothing move #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin_close = "smoothed"
    "Me too," you say, and kiss Robin so you won't have to look at anything. Robin smiles into the kiss. Somewhere inside you a small door clicks shut, gently, the way you'd close a door on someone sleeping.
    It's easier like this. You've had years of practice at swallowing what you feel to keep the sweet part going. You just never thought you'd be doing it here, with someone who isn't asking you to.
* [Find a reason to leave, and let two days go by before you answer #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin_close = "fled"
    You remember an errand that doesn't exist and are out of the door with one arm in your coat. That evening: "All OK? x". You look at it for a long time. You answer on Tuesday, with a joke.
    It's only halfway home that you recognise the steps. You've watched them from the other side so often. You never knew how they felt from inside: not cruel at all. Just frantic for air.
-
-> easier

= easier
Summer thins out. {p5_missing == "buried":Your lists get longer and your runs get faster, and|You cry once on a tram, for no reason that day, and} slowly, without asking your permission, it gets easier.
Not gone. Easier. Some mornings you wake up and think first about work, or rain, or {p5_robin > 0:Robin|nothing at all}, and only second about {him()}. You start counting those mornings instead.
That's the trouble with easier. You start to trust it.
~ p5_missing = ""
-> invitation

=== invitation ===
# scene: home
It's a Tuesday in September when the phone buzzes on the kitchen table. # sfx: sms
A new group. "Roof terrace, Saturday the 14th, from eight. Bring something to drink and someone to dance with." Thirty-four members. Your thumb is scrolling the list before you've decided to, and there, between two names you barely know, is {partner_name}, with the same little photo as always, squinting into the sun.
Then a message from Noor, just to you: "Saw who's in the group. You OK? We can skip it together if you like."
You put the phone face down. You pick it up again. All those months of work, and one photo the size of a fingernail puts {him()} back in your kitchen, leaning on the counter as if {he()}'d never left. Sooner than you'd hoped. A long way sooner than you're ready for.
And the letter. You never had an answer. Not a line, not a heart under a message, nothing. {letter_recalled()}
{letter_tone:
- "honest":
    It was the truest thing you had ever put on paper. Some nights you still wonder which sentence {he()} stopped reading at.
- "bitter":
    Part of you wanted it to cut. Some days you hope it did; most days you're ashamed of the hoping. Silence doesn't bleed, so you'll never know.
- "pleading":
    You can still feel the shape of that asking in your mouth, like a word you can't quite swallow.
- else:
    Whatever you put on that page, for months now the answer has been nothing.
}
You knew nothing would come. You told Noor so before you sent it. Knowing didn't help. You can brace your head for a silence, it turns out; there's no bracing your heart.
The anger comes up slowly, hot, from low in your stomach. # body: stomach
Good, you think. Anger has a spine. If you can carry it up the stairs on Saturday, it might hold you upright when the rest of you wants to fold.
* [Reply to the group, "Wouldn't miss it!", and start choosing what to wear #step: pursue]
    ~ step_pursue(1)
    ~ p5_anger = "armour"
    Three exclamation marks; you delete two; you put one back. Within the hour your bed is buried in clothes and you're holding things up against yourself in the mirror, and every single one of them is answering the same question: what will {he()} see?
    You tell yourself it's armour. Armour doesn't usually care this much how it looks.
* [Call Noor and tell her the truth: you're going, you're furious, you're scared, and you'd like her close #step: ground #locked: {pull_strong()} #why: Saying it out loud would make it real, and you still want it to be something else.]
    ~ step_ground(1)
    ~ p5_anger = "named"
    "I'm going," you tell Noor. "And I'm furious. And under the furious I'm scared, and under that I don't even know." It comes out in the wrong order, but it comes out.
    Noor is quiet for a moment. "OK," she says. "Then I'm your plus-one. And if you squeeze my arm, we leave. No discussion." You agree on it like a password. A squeeze means go.
* [Reply "maybe", mute the group, and plan to arrive late, stay an hour, and leave without looking back #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_anger = "cold"
    You type "maybe" and nothing else, which feels like a small act of violence. You mute the group. You plan it like a heist: in at ten, when it's packed; talk only to people who bore you; out by eleven.
    {He()}'ll see you not looking. That's the whole plan. You don't ask yourself who the plan is for.
-
Friday night you can't sleep. Your phone lies on the pillow beside you, where {his()} head used to be, and that isn't a thought you want, so you have it several times.
A message writes itself under your thumbs: "Are you going tomorrow?" Four words. Harmless. Friendly, even. The cursor blinks after the question mark like a pulse.
Your stomach turns over, slowly, the way it does when you step off a kerb without looking. It knows this move. # body: stomach
* [Send it. It's only a question #step: pursue]
    ~ step_pursue(2)
    ~ p5_text = "sent"
    You press send. One grey tick, then two, then two blue ones. Then nothing. Then "typing…" for a long time. Then nothing. At twenty to two: "I'll be there. Good to hear from you." With a full stop, which {he()} never used to bother with.
    You read it until the words stop being words. Good to hear from you. As if you were a cousin. As if you'd never written anything at all. Your heart, the traitor, is wide awake and running laps.
* [Listen to your stomach. Delete the message, put the phone in the kitchen drawer, and go back to bed #step: ground #locked: {pull_strong()} #why: Your thumb is already hovering over send, and your stomach sounds very far away.]
    ~ step_ground(1)
    You delete it letter by letter, which takes longer and feels like the point. The kitchen drawer sticks, as always. The phone goes in among the tea towels and the batteries that may or may not be dead.
    Back in bed your stomach settles by degrees, the way a dog lies down: one turn, two, then all at once. You don't sleep much. But what wakes you is the rain, not the phone.
* [Block {his()} number, just for the weekend. If {he()} tries, let {him()} hit a wall #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_text = "blocked"
    Three taps. Block this contact? You're sure. It's surprisingly satisfying, like slamming a door in an empty house.
    Then you lie there wondering whether {he()}'s tried, and whether {he()} ever will, and whether {he()}'d even notice a wall {he()} never came near. It's a long night. The wall keeps you company.
-
Saturday comes anyway.
-> finale

=== finale ===
# scene: party-later
Four flights of stairs, and at the top the whole city spread out orange under a low sky. Strings of lights between the chimneys. Somebody's speaker playing something with too much bass. A roof full of people holding plastic cups as if they were important. # sfx: crowd
{p5_anger:
- "named":
    Noor's arm is hooked through yours. You haven't squeezed it. Yet.
- "armour":
    You're wearing the third outfit. Noor said the second one was better, and then, looking at your face, that the third one was perfect.
- "cold":
    It's ten past ten; you timed it to the minute. Noor is next to you, carrying both bottles, because your hands were busy being calm.
- else:
    Noor is next to you with a bottle under each arm, watching you sideways.
}
Your body finds {him()} before your eyes do. {His()} back, at the far railing; one hand raised to push the hair out of {his()} face, a gesture you know better than your own signature. # body: heart
Then your eyes catch up. Your heart is already running. All those months of cold mornings and being fine, and it takes one raised hand on the far side of a roof.
* [Walk straight over, while the anger is still hot enough to carry you #step: pursue]
    ~ step_pursue(2)
    You cross the roof with your chin up, past people who say your name, past the table of drinks. This is strength, you tell yourself. Halfway there you realise you've forgotten what you were going to say.
    {He()} turns. For a second {his()} face is wide open, startled and glad, before {he()} remembers to arrange it. "Hey," {he()} says. "You came." As if {he()}'d been waiting.
* [Stay by the door. Breathe. Let your heart do what it's doing before you do anything #step: ground #locked: {pull_strong()} #why: Your feet are already moving; standing still would feel like falling.]
    ~ step_ground(1)
    You stay where you are, at the top of the stairs, and breathe. In. Out. Your heart is going like something shut in a box. You let it. You don't have to do anything about it. It's only a heart.
    After a while, a minute or a year, {he()} turns and sees you and goes completely still. Then {he()} puts down {his()} glass and crosses the roof to you.
* [Turn your back on {him()} and laugh, a little too loudly, at something Noor says #step: withdraw]
    ~ step_withdraw(1)
    You turn to Noor and laugh at whatever she just said, which was "the loo's downstairs." You laugh anyway. You keep your profile to the railing. You look, as hard as you can, like someone with a lovely life.
    It takes eleven minutes. You aren't counting; you count. Then a touch on your elbow, light as a question, and {his()} voice behind you says your name. Of course. You stopped, so {he()} came.
-
-> approach

= approach
{He()} looks older, somehow, and softer round the eyes{p5_news == "asked":, and thinner, just as Noor said}. {He()} smells exactly the same. That's the unfair part: you'd braced yourself for everything except that.
{
- p5_text == "sent":
    "Thanks for your message," {he()} says. "I nearly rang you." Nearly. You are an expert in nearly.
- p5_text == "blocked":
    "I tried to ring you this morning," {he()} says. "It wouldn't go through." {He()} says it like a question. You don't answer it.
}
{p5_robin > 0:
    "So," {he()} says, and the smile doesn't make it as far as {his()} voice. "Robin." Somebody has told {him()}. Of course somebody has: the city is small, and you've been seen {p5_robin == 2:on the bench outside the bike shop, in the sun, your head on Robin's shoulder|outside the cinema on a Thursday, unlocking two bikes}. {He()} says the name carefully, like something that might go off.
    "I've been thinking about you," {he()} says. "Since I heard. No, that's a lie, before that. But since I heard, it's been all the time." {He()} read your letter, {he()} says. Many times. {He()} never answered because every answer {he()} wrote was a lie, or part of one, and you'd have known.
- else:
    "I got your letter," {he()} says. "I read it a lot of times. I didn't answer because everything I wrote back was a lie, or part of one, and you'd have known."
}
{He()}'s been seeing someone, {he()} says, and then quickly: "A therapist, I mean," and laughs at {himself()}. {He()} understands it now, {he()} says. The distance. How {he()}'d come close and then have to run, and what that must have been like from where you stood. {He()} has words for it now. Good words. Some of them sound like yours.
"I'm not who I was in the spring," {he()} says. "I want to do it properly this time. I'd do it differently." {His()} hand is on the railing near yours. Not touching. Close enough that the air between is warm.
You know this dance. You've only ever seen it from the other end: {him()} coming towards you, and you the one who could step back. The floor has turned round under both of you.
Your breath goes first: shallow and quick, high in your chest, the way it went at the very beginning. Your body remembers how good the beginning was. It never remembers the rest. # body: breath
* [Leave a little room. Just a crack, to see whether it's true this time #step: pursue]
    ~ step_pursue(2)
    ~ p5_answer = "believed"
    "Properly how?" you say, and it isn't a no, and you can both hear that it isn't.
    {He()} tells you. Dinners. Your friends. A weekend somewhere with a sea. {He()}'ll ring when {he()} says {he()}'ll ring. You listen to the promises the way you'd listen to a song you used to love, already singing along inside. {p5_anger == "armour":All the anger you dressed up in this afternoon is lying on the floor somewhere like a dropped coat.|The anger you carried up those stairs has gone somewhere. You can't find it.}
* [Say it plainly: "I'm glad you're doing that work. It doesn't change my answer." #step: ground #locked: {pull_strong()} #why: {His()} hand is right there, and the part of you that waited all year is louder than any answer.]
    ~ step_ground(2)
    ~ p5_answer = "no"
    "I'm glad," you say, and you are, which surprises you. "Honestly. I hope it helps. But it doesn't change my answer."
    Your voice shakes on "answer". You let it shake. {He()} looks at you as if you'd said something in a language {he()} used to speak. "OK," {he()} says. "OK." {He()} steps back and goes, and every part of your body wants to call {him()} back, and you let it want.
* [Give {him()} the line you've been rehearsing for months, and watch it land #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_answer = "cut"
    "That's lovely," you say. "Put it in a letter. I'll be sure to get back to you."
    It lands. You watch it land: a small flinch at the corner of {his()} mouth. It feels wonderful for about four seconds. Then {he()} nods, takes it, says "Fair," very quietly, and walks away, and you're alone at the railing with your excellent line and your hands shaking.
-
~ p5_news = ""
~ p5_text = ""
-> comes_back

= comes_back
{p5_answer == "believed":
    The rest of the evening is {him()}. {He()} fetches drinks you didn't ask for, introduces you to people as if you were someone {he()} wants to be seen with, keeps a hand on the small of your back on the stairs down to the loo. Every scrap of attention you begged for last year, handed out now for free, like flyers.{p5_anger == "named": Once, across the roof, Noor catches your eye. You don't squeeze anything.}
    At two the music goes soft and someone unplugs the lights, one string at a time. {He()} finds you by the coats. "Come home with me," {he()} says. "Or I'll come to yours. I just don't want tonight to stop."
- else:
    You stay. {p5_anger == "named":Noor stays beside you like a bollard. Twice you nearly squeeze her arm; twice you don't.|You talk to people you won't remember.} Wherever {he()} is on the roof, you can feel it, the way you can feel a hob that's been left on.
    At two, as the lights go off string by string, you fetch your coat and make for the stairs. {He()} is on the first landing, sitting on a step as if by chance. It isn't chance.
    "I'm not trying anything," {he()} says, getting up. "I just couldn't let you go like that. {p5_robin > 0:Robin or no Robin, I mean it.|I mean it.} Come home with me. Let me show you."
    It's the voice from the beginning: low and close, as if the two of you were the only people on a dark staircase. Which you are.
}
Something in your stomach turns, slow and heavy, like a key in an old lock. Your body has stood on exactly this spot before. It knows what comes after yes. # body: stomach
{rounds > 0:You've counted, once or twice, in the bad weeks: {rounds == 1:once|{rounds} times} you said no, and then {he()} came back, and the no didn't last.}{held > 0: And {held == 1:once|{held} times} it did.}
* [Go with {him()} #step: pursue]
    ~ step_pursue(2)
    {p5_said_no():
        ~ boundary_given_up()
    }
    {p5_robin > 0:
        ~ p5_ending = "role-switch"
    - else:
        ~ p5_ending = "cycle"
    }
    "OK," you say. Such a small word. {p5_said_no():It walks straight through the no you said two hours ago as if it were a bead curtain.|It's been waiting in your mouth all night.}
    {He()} takes your hand on the stairs, and {his()} hand is warm, and it fits. It always did. That was never the problem.
    {p5_robin > 0:
        In your pocket your phone buzzes once. Robin, probably, asking if you got home all right. You leave it where it is. # sfx: buzz
    }
* [Feel all of it, the wanting and the grief, and walk down the stairs on your own #step: ground #locked: {p5_way_out_locked()} #why: You can see the way down from here, but your feet have danced the same steps for so long that they won't find another tonight.]
    ~ step_ground(2)
    {p5_said_no():
        ~ boundary_held()
    }
    ~ p5_ending = "step-out"
    "No," you say. "Not like this." And then, because it's also true: "I miss you. I'm going home anyway."
    It hurts exactly as much as you thought it would. You'd hoped for less; it doesn't give you less. You feel the wanting all the way down to your knees, and you take it down the stairs with you, one step at a time, {p5_anger == "named":Noor's footsteps a flight behind, giving you room.|one hand on the banister like someone much older.}
* [Feel nothing. Say goodnight like a stranger, and close every door behind you #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_ending = "closed-heart"
    "Goodnight," you say. Polite. Smooth. The voice you keep for people from other departments.
    {He()} starts to say something, and you're already on the stairs. Somewhere between the third floor and the second, you feel something in you switch off, cleanly, like a fuse. It doesn't even hurt. That's how you know it worked.
-
The stairwell light clicks off. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
