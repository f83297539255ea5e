// Phase 5 — The lights come up. Months of silence, Robin, the invitation, the party.
// Mechanics and flags: ../common/phase5.ink. The endings are in endings.ink.

=== months_later ===
# phase: 5
# scene: home # partner: away
~ p5_begin()
{partner_far():Months, and not once has your phone lit up with {his()} name.|Months. {His()} name has lit up your phone twice: a song, then a photo of a lake, nothing you could answer.} Your body hasn't heard. It still wakes at six on the side of the bed that leaves room.
Then memory arrives, and your heart misses a stair in the dark. # body: heart
* [Sit on the edge of the bath and let it ache #step: ground #locked: {pull_strong()} #why: If you let the missing in for even a minute, you're afraid it will move in for good.]
    ~ step_ground(1)
    ~ p5_missing = "felt"
    You sit on the cold rim of the bath and let it come, the way weather comes. It takes nine minutes; the kettle you forgot boils and clicks off. Nothing is solved, but you're a little less afraid of the next time.
* [Open the old chat and scroll back to the good weeks #step: pursue]
    ~ step_pursue(1)
    ~ p5_missing = "fed"
    You scroll past the silence, up into spring: a voice note of a blackbird at four in the morning.
    You play it twice, standing in your socks, hungry for something you couldn't have even when you had it. You're twenty minutes late for work.
* [Cold shower, a run, a list: you won't be ruled by this #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_missing = "buried"
    A cold shower until every thought is about the cold, then three laps of the park. By eight you have a list: twelve items, {his()} name on none of them. Control is a muscle. It aches too, but this ache you chose.
-
On Wednesday Noor puts her glass down. "I saw {partner_name}, at the market. Do you want to know? Both are fine." # scene: bar # partner: away
* ["Tell me everything. Was {he()} on {his()} own?" #step: pursue]
    ~ step_pursue(1)
    ~ p5_news = "asked"
    Noor tells you, because you keep asking. {He()} was alone, buying strawberries, thinner or just older. The thing with the person from that night lasted two weeks.
    You carry each detail home like a wrapped present. The strawberries most: who they were for.
* ["No. I don't want to know." And mean it #step: ground #locked: {pull_strong()} #why: The question is already halfway out of your mouth, and it isn't "no".]
    ~ step_ground(1)
    "No," you say. "Thanks. But no." Your hands want to know. You hold your glass with both of them anyway.
    Noor nods as if you'd passed something. You don't wonder about the market on the way home, except the entire way. Then you let it go.
* [Laugh: "Honestly? I couldn't care less." #step: withdraw]
    ~ step_withdraw(1)
    "Honestly?" You laugh, light and careless, you think. "I couldn't care less."
    Noor looks at you a second too long, then lets it go. Under the table your foot jiggles so hard the wine trembles in both glasses.
-
And then there's Robin, from the bike shop on the corner, where you've been in with a flat, a squeaky brake and once, mortifyingly, nothing at all. # scene: home # partner: away
Today Robin wipes both hands on a rag that only makes them blacker: "There's a fish place by the water. Can I take you?"
Something in your chest lifts, then glances round for the exit. # body: heart
* [Say yes, without thinking three moves ahead #step: ground #locked: {pull_strong()} #why: Every evening you keep free is still, somewhere in you, being kept free for {him()}.]
    ~ step_ground(1)
    ~ p5_robin = 2
    "Yes," you say, and because it came so easily: "Yes. I'd like that."
    The fish place has paper tablecloths and a waiter who dislikes everyone equally. Robin gets teary about a tandem restored for a couple in their nineties. You wait all evening for the trapdoor. It doesn't open. # scene: cafe # partner: away
* [Say yes, as long as it stays light #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin = 1
    "Sure," you say. "Let's keep it easy, though."
    Robin shrugs. "Fish is fish." So it becomes a thing without a name: Thursdays, a film. When Robin mentions a weekend away, you mention work.
* [Say you're swamped. Part of you is still saving a seat #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin = 0
    "That's sweet," you say. "Things are just a bit mad right now."
    Robin nods, no sulk in it. "Offer stands." You cook for one and eat where you can see your phone, in case of nothing.
-
{p5_robin > 0:
    -> robin_close
}
-> easier

= robin_close
# scene: home # partner: away
{p5_robin == 2:
    The weeks fill up with Robin: a toothbrush in your cabinet, a bike bell twice under your window, Sundays.
- else:
    The Thursdays keep coming. You keep them light, and Robin never asks what you are.
}
{p5_robin == 2:
    Then one Sunday, making coffee in your kitchen with a T-shirt on inside out, Robin says to the coffee: "I like you. A lot. I'm not going anywhere."
- else:
    Then one Thursday, unlocking the bikes outside the cinema, Robin says to the lock: "I like you. A lot. I'm not going anywhere."
}
{partner_close():It's the sentence {partner_name} said so easily, and never once meant on a Tuesday|It's the sentence you waited a year to hear from {partner_name}}, and your throat closes round it like a fist. # body: throat
* [Tell Robin the truth: this scares you, and you'd like to stay #step: ground #locked: {walls_up()} #why: The walls are up before you can reach the words, and the words are behind them.]
    ~ step_ground(1)
    ~ p5_robin_close = "honest"
    You make yourself say it: that it scares you, that when someone stays your whole body looks for the exits, that you'd like to stay anyway.
    Robin doesn't rescue you from any of it. "OK. Then we go slowly." Robin {p5_robin == 2:hands you the coffee, still hot|hands you your bike lock, and your fingers touch}, and there is air again.
* [Say "Me too", kiss Robin, and feel nothing move #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin_close = "smoothed"
    "Me too," you say, and kiss Robin so you won't have to look at anything. Somewhere inside you a small door clicks shut, the way you'd close a door on someone sleeping.
    It's easier. You've had years of practice swallowing what you feel to keep the sweet part going. Never with someone who didn't ask you to.
* [Find a reason to leave, and let two days go by before you answer #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin_close = "fled"
    You remember an errand that doesn't exist and are out of the door with one arm in your coat. That evening: "All OK? x". You answer on Tuesday, with a joke.
    Halfway home you recognise the steps; you've watched them from the other side so often. From inside they aren't cruel at all. Just frantic for air.
-
-> easier

= easier
Summer thins out. {you_chased():You still open the old chat some nights, less often, and|{p5_missing == "buried":Your lists grow longer, and|You cry once on a tram, and}} slowly it gets easier. That's the trouble with easier: you start to trust it.
~ p5_missing = ""
-> invitation

=== invitation ===
# scene: home # partner: away
A Tuesday in September: your phone buzzes on the kitchen table. # sfx: sms
{
- pattern_so_far() == "withdraw" || partner_close():
    Not a group: {him()}. "The roof party, Saturday the 14th. Will you come? I'd like you to. I'd like that a lot." {He()} has never once asked you anywhere first.
- pattern_so_far() == "pursue":
    Not even a group: a screenshot from Noor. "Roof, Saturday the 14th. {He()}'s coming. Didn't want you to hear it there." {He()} didn't ask for you. You check twice whether {he()} did.
- else:
    A new group: a roof terrace, Saturday the 14th. Among the members, the same little photo as always: {partner_name}, squinting into the sun.
}
And the letter. {letter_recalled()}
{letter_tone:
- "honest":
    The truest thing you ever wrote. Some nights you wonder which sentence {he()} stopped at.
- "bitter":
    Part of you wanted it to cut. Silence doesn't bleed, so you'll never know.
- "pleading":
    You can still taste that asking, like a word you can't quite swallow.
- else:
    Whatever it said, the answer has been nothing.
}
The anger comes up slowly, hot, from low in your stomach. # body: stomach
Good. Anger has a spine. It might hold you upright on Saturday.
* [Reply "Wouldn't miss it!" and choose what to wear #step: pursue]
    ~ step_pursue(1)
    ~ p5_anger = "armour"
    Within the hour your bed is buried in clothes, every one of them answering the same question: what will {he()} see? Armour, you tell yourself. Armour doesn't usually care this much how it looks.
* [Call Noor: you're going, you're furious, you're scared #step: ground #locked: {pull_strong()} #why: Saying it out loud would make it real, and you still want it to be something else.]
    ~ step_ground(1)
    ~ p5_anger = "named"
    "I'm going," you tell Noor. "And I'm furious. And under that I'm scared, and under that I don't know." It comes out in the wrong order, but it comes out.
    "Then I'm your plus-one," says Noor. "Squeeze my arm and we leave. No discussion." A squeeze means go.
* [Reply "maybe", mute the group, and plan to arrive late #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_anger = "cold"
    You type "maybe", a small act of violence, and plan it like a heist: in at ten, out by eleven. {He()}'ll see you not looking.
-
Friday night you can't sleep. The phone lies on the pillow where {his()} head used to be.
A message writes itself under your thumbs: "Are you going tomorrow?" Your stomach turns over, like stepping off a kerb without looking. # body: stomach
* [Send it. It's only a question #step: pursue]
    ~ step_pursue(2)
    ~ p5_text = "sent"
    "Typing…" for a long time. At twenty to two: "I'll be there. Good to hear from you." With a full stop, as if you were a cousin. Your heart, the traitor, is running laps.
* [Listen to your stomach: delete it, and back to bed #step: ground #locked: {pull_strong()} #why: Your thumb is already hovering over send, and your stomach sounds very far away.]
    ~ step_ground(1)
    You delete it letter by letter, which takes longer and feels like the point. The phone goes in the kitchen drawer. Your stomach settles the way a dog lies down: one turn, two, then all at once. What wakes you is the rain.
* [Block {his()} number for the weekend #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_text = "blocked"
    Three taps. Block this contact? It's satisfying, like slamming a door in an empty house.
    Then you lie awake wondering whether {he()}'s tried, and whether {he()}'d even notice a wall {he()} never came near.
-
Saturday comes anyway.
-> finale

=== finale ===
# scene: party-later
Four flights up: the city orange under a low sky, a roof full of people holding plastic cups. # sfx: crowd
{p5_anger:
- "named":
    Noor's arm is hooked through yours. You haven't squeezed it. Yet.
- "armour":
    You're in the third outfit. Noor said the second was better, then saw your face and called the third perfect.
- "cold":
    Ten past ten, timed to the minute. Noor carries both bottles; your hands are busy being calm.
- else:
    Noor is beside you with a bottle under each arm, watching you sideways.
}
Your body finds {him()} before your eyes do: {partner_far():{his()} back at the far railing, laughing with someone you don't know, one hand pushing the hair off {his()} face|{he()}'s at the far railing, and {he()}'s already looking at the door}. # body: heart
* [Walk straight over, while the anger still carries you #step: pursue]
    ~ step_pursue(2)
    You cross the roof with your chin up and forget, halfway, what you were going to say. {He()} turns. For a second {his()} face is wide open, startled and glad. "Hey. You came."
* [Stay by the door. Breathe. Let your heart do what it's doing #step: ground #locked: {pull_strong()} #why: Your feet are already moving; standing still would feel like falling.]
    ~ step_ground(1)
    You stay at the top of the stairs and breathe, your heart like something shut in a box. After a minute or a year {he()} turns, sees you, and goes still. Then {he()} crosses the roof to you.
* [Turn your back and laugh, a little too loudly, at Noor #step: withdraw]
    ~ step_withdraw(1)
    You look, as hard as you can, like someone with a lovely life. Eleven minutes. Then a touch on your elbow, light as a question, and {his()} voice says your name. You stopped, so {he()} came.
-
-> approach

= approach
{He()} looks older, softer round the eyes{p5_news == "asked":, and thinner, as Noor said}. {you_chased():As you reach {him()} {he()} leans back, a centimetre, the old reflex, and covers it with a smile.|{He()} comes closer than you expect. {He()} smells exactly the same; you'd braced for everything but that.}
{
- p5_text == "sent":
    "Thanks for your message," {he()} says. "I nearly rang you." Nearly. You're an expert in nearly.
- p5_text == "blocked":
    "I tried to ring you this morning," {he()} says, like a question. You don't answer it.
}
{p5_robin > 0:
    "So," {he()} says. "Robin." The city is small: you've been seen {p5_robin == 2:outside the bike shop, your head on Robin's shoulder|outside the cinema, unlocking two bikes}.
    "I've thought about you all the time since I heard. Before, too.{p4_letter_sent(): I read your letter so many times.}"
- else:
    {p4_letter_sent():"I got your letter," {he()} says. "I read it a lot of times. Everything I wrote back was a lie, or part of one, and you'd have known."|"I kept starting to write to you," {he()} says. "Every version was a lie, or part of one, and you'd have known."}
}
{He()}'s been seeing someone, {he()} says, then quickly: "A therapist, I mean." {He()} has words now for the running.
"I want to do it properly this time." {His()} hand rests on the railing near yours, close enough that the air between is warm.
Your breath goes quick and shallow, the way it did at the beginning. Your body remembers the beginning. Never the rest. # body: breath
* [Leave a crack open: maybe it's true this time #step: pursue]
    ~ step_pursue(2)
    ~ p5_answer = "believed"
    "Properly how?" you say. It isn't a no, and you both hear that it isn't.
    {He()} tells you: dinners, your friends, a weekend by the sea. You listen the way you'd listen to a song you used to love. {p5_anger == "armour":The anger you dressed up in lies on the floor somewhere like a dropped coat.|The anger you carried up the stairs has gone. You can't find it.}
* [Say it plainly: "I'm glad. It doesn't change my answer." #step: ground #locked: {pull_strong()} #why: {His()} hand is right there, and the part of you that waited all year is louder than any answer.]
    ~ step_ground(2)
    ~ p5_answer = "no"
    "I'm glad," you say, and you are, which surprises you. "I hope it helps. But it doesn't change my answer."
    Your voice shakes on "answer". You let it. "OK," {he()} says. "OK." {He()} goes, and every part of you wants to call {him()} back, and you let it want.
* [Give {him()} the line you've been rehearsing for months #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_answer = "cut"
    "That's lovely," you say. "Put it in a letter. I'll be sure to get back to you."
    A small flinch at the corner of {his()} mouth. It feels wonderful for four seconds. Then {he()} says "Fair," very quietly, and walks away, and you're alone with your excellent line and your shaking hands.
-
~ p5_news = ""
~ p5_text = ""
-> comes_back

= comes_back
{p5_answer == "believed":
    The rest of the evening is {him()}: drinks you didn't ask for, a hand on the small of your back, every scrap of attention you begged for last year, handed out like flyers.{p5_anger == "named": Across the roof Noor catches your eye. You don't squeeze anything.}
    At two {he()} finds you by the coats{partner_close():, already holding yours|}. "Come home with me. I don't want tonight to stop."
- else:
    You stay. {p5_anger == "named":Twice you nearly squeeze Noor's arm.|You talk to people you won't remember.} Wherever {he()} is on the roof, you feel it, like a hob left on.
    At two you take your coat to the stairs. {He()} is sitting on the first landing, as if by chance. It isn't chance.
    "I couldn't let you go like that," {he()} says, standing. "{p5_robin > 0:Robin or no Robin, I mean it.|I mean it.} Come home with me."
}
Your stomach turns, slow and heavy. It knows what comes after yes. # body: stomach
{held > 0:You know a no can hold: {p5_held_image()}, it did.}{rounds > 0: You remember {p5_gave_image()}.}
* [Go with {him()} #step: pursue]
    ~ p5_settle("go")
    ~ step_pursue(2)
    {p5_said_no():
        ~ boundary_given_up()
    }
    "OK," you say. {p5_said_no():It walks through the no you said two hours ago as if it were a bead curtain.|It's been waiting in your mouth all night.}
    {He()} takes your hand on the stairs, and it's warm, and it fits. It always did. That was never the problem.
    {p5_robin > 0:
        In your pocket your phone buzzes once. Robin, probably, asking if you got home. You leave it. # sfx: buzz
    }
* [Feel the wanting and the grief, and walk down the stairs alone #step: ground #locked: {p5_way_out_locked()} #why: You can see the way down from here, but your feet have danced the same steps for so long that they won't find another tonight.]
    ~ p5_settle("walk")
    ~ step_ground(2)
    {p5_said_no():
        ~ boundary_held()
    }
    "No," you say. "Not like this." And because it's also true: "I miss you. I'm going home anyway."
    It hurts exactly as much as you thought. You take the wanting down the stairs with you, {p5_anger == "named":Noor's footsteps a flight behind, giving you room.|one hand on the banister like someone much older.}
* [Feel nothing. Say goodnight like a stranger #step: withdraw]
    ~ p5_settle("cold")
    ~ step_withdraw(2)
    "Goodnight," you say. Polite. Smooth. The voice you keep for other departments.
    You're on the stairs before {he()} can answer. Between the third floor and the second something in you switches off, cleanly, like a fuse. It doesn't even hurt.
-
The stairwell light clicks off. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
