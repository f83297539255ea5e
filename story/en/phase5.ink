// Phase 5 — The lights come up. Months of silence, Robin, the invitation, the party.
// Mechanics and flags: ../common/phase5.ink. The endings are in endings.ink.

=== months_later ===
# phase: 5
# scene: home # partner: away
~ p5_begin()
{partner_far():Months, and not once has {his()} name come up on your phone.|Months. {His()} name has come up on your phone twice: a song, then a photo of a lake. Nothing you could answer.} Your body hasn’t heard. At six it wakes you on your own half of the bed, and the other half is cold.
Then you remember, and your heart skips. # body: heart
* [Sit on the edge of the bath and let it ache #step: ground #locked: {pull_strong()} #why: If you let the missing in for even a minute, you’re afraid it will never leave.]
    ~ step_ground(1)
    ~ p5_missing = "felt"
    You sit on the cold rim of the bath and let it come. It takes nine minutes. In the kitchen the kettle you forgot boils and clicks off. Nothing is solved, but you’re a little less afraid of the next time.
* [Open the old chat and scroll back to the good weeks #step: pursue]
    ~ step_pursue(1)
    ~ p5_missing = "fed"
    You scroll up past the silence into spring: a voice note, a blackbird at four in the morning.
    You play it twice, standing in the hall in your socks, hungry for something you didn’t get even when you had it. You’re late for work.
* [Cold shower, a run, a list: this won’t get the better of you #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_missing = "buried"
    A cold shower until every thought is about the cold, then three laps of the park. By eight you have a list of twelve things. {His()} name isn’t on it. This hurts too, but it’s a hurt you chose.
-
On Wednesday Noor puts her glass down. “I saw {partner_name} at the market. Do you want to hear? Yes or no, both are fine.” # scene: bar # partner: away
* [“Go on. Was {he()} on {his()} own?” #step: pursue]
    ~ step_pursue(1)
    ~ p5_news = "asked"
    Noor tells you, because you keep asking. {partner_name} was alone, buying strawberries, thinner or just older. The thing with the person from that night lasted two weeks.
    At home you go over every detail again. The strawberries most. Who were they for?
* [“No. I don’t want to know.” And mean it #step: ground #locked: {pull_strong()} #why: The question is already halfway out of your mouth, and it isn’t no.]
    ~ step_ground(1)
    “No,” you say. “Thanks. But no.” Your hands want to know. You hold your glass with both of them.
    Noor nods and starts on her sister. You don’t think about the market on the way home, except the entire way. At your front door you let it go.
* [Laugh: “Honestly? I couldn’t care less.” #step: withdraw]
    ~ step_withdraw(1)
    “Honestly?” You laugh, light and careless, you think. “I couldn’t care less.”
    Noor looks at you a second too long, then lets it go. Under the table your foot jiggles so hard the wine trembles in both glasses.
-
And then there’s Robin, from the bike shop on the corner, where you’ve been in with a flat, a squeaky brake and once, to your shame, nothing at all. # scene: home # partner: away
Today Robin wipes both hands on a rag that only makes them blacker. “There’s a fish place by the water. Fancy it?”
Something in your chest jumps. A moment later you’re looking for the exit. # body: heart
* [Say yes, without thinking three moves ahead #step: ground #locked: {pull_strong()} #why: Every evening you keep free is still, somewhere in you, being kept free for {him()}.]
    ~ step_ground(1)
    ~ p5_robin = 2
    “Yes,” you say, and because it came so easily: “Yes. I’d like that.”
    The fish place has paper tablecloths and a waiter who dislikes everyone equally. Robin gets teary about a tandem restored for a couple in their nineties. All evening you wait for something to go wrong. Nothing does. # scene: cafe # partner: away
* [Say yes, as long as it stays light #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin = 1
    “Sure,” you say. “Let’s keep it easy, though.”
    Robin shrugs. “Fish is fish.” So it becomes a thing without a name: Thursdays, a film. When Robin mentions a weekend away, you mention work.
* [Say you’re swamped. Part of you is still saving a seat #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin = 0
    “That’s sweet,” you say. “Things are just a bit mad right now.”
    Robin nods, no sulk in it. “Offer stands.” You cook for one and eat with your phone beside the plate. In case. Of nothing.
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
    Then one Sunday, making coffee in your kitchen with a T-shirt on inside out, Robin says to the coffee: “I like you. A lot. I’m not going anywhere.”
- else:
    Then one Thursday, unlocking the bikes outside the cinema, Robin says to the lock: “I like you. A lot. I’m not going anywhere.”
}
{partner_close():{partner_name} said that sentence so easily, and never once meant it on a Tuesday|You waited a year to hear that sentence from {partner_name}}. Your throat closes. # body: throat
* [Tell Robin the truth: this scares you, and you’d like to stay #step: ground #locked: {walls_up()} #why: The walls are up before you can reach the words, and the words are behind them.]
    ~ step_ground(1)
    ~ p5_robin_close = "honest"
    You make yourself say it: that it scares you, that when someone stays your whole body looks for the exits, that you’d like to stay anyway.
    Robin lets you finish. “OK. Then we go slowly.” Robin {p5_robin == 2:hands you the coffee, still hot|hands you your bike lock, and your fingers touch}, and you can breathe again.
* [Say “Me too”, kiss Robin, and feel nothing move #step: pursue]
    ~ step_pursue(1)
    ~ p5_robin_close = "smoothed"
    “Me too,” you say, and kiss Robin so you won’t have to look at anything. Somewhere inside you a small door clicks shut, quietly.
    It’s easier. You’ve had years of practice swallowing what you feel to keep the sweet part going. Never with someone who didn’t ask you to.
* [Find a reason to leave, and let two days go by before you answer #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_robin_close = "fled"
    You remember an errand that doesn’t exist and are out of the door with one arm in your coat. That evening: “All OK? x”. You answer on Tuesday, with a joke.
    Halfway home you recognise the steps; you’ve watched them from the other side so often. From inside they aren’t cruel at all. You just can’t get any air.
-
-> easier

= easier
Summer thins out. {you_chased():You still open the old chat some nights, less often, and|{p5_missing == "buried":Your lists grow longer, and|You cry once on a tram, and}} slowly it gets easier. You start to trust that, which is the trouble with it.
~ p5_missing = ""
-> invitation

=== invitation ===
# scene: home # partner: away
A Tuesday in September: your phone buzzes on the kitchen table. # sfx: sms
{
- pattern_so_far() == "withdraw" || partner_close():
    Not a group: {him()}. “The roof party, Saturday the 14th. Will you come? I’d like you to. Really.” {He()} has never once asked you anywhere first.
- pattern_so_far() == "pursue":
    Not even a group: a screenshot from Noor. “Roof, Saturday the 14th. {He()}’s coming. Didn’t want you to hear it there.” {He()} didn’t ask for you. You check twice whether {he()} did.
- else:
    A new group: a roof terrace, Saturday the 14th. Among the members, the same little photo as always: {partner_name}, squinting into the sun.
}
And the letter. {letter_recalled()}
{letter_tone:
- "honest":
    The truest thing you ever wrote. Some nights you wonder which sentence {he()} stopped at.
- "bitter":
    Part of you wanted it to hurt. Silence doesn’t tell you whether it did.
- "pleading":
    That asking is still at the back of your throat.
- else:
    Whatever it said, the answer has been nothing.
}
The anger comes up slowly, hot, from low in your stomach. # body: stomach
Good. Anger keeps your back straight. It might hold you up on Saturday.
* [Reply “Wouldn’t miss it!” and choose what to wear #step: pursue]
    ~ step_pursue(1)
    ~ p5_anger = "armour"
    Within the hour your bed is buried in clothes, and every one of them answers the same question: what will {he()} see? Armour, you tell yourself. Armour doesn’t usually care this much how it looks.
* [Call Noor: you’re going, you’re furious, you’re scared #step: ground #locked: {pull_strong()} #why: Saying it out loud would make it real, and you still want it to be something else.]
    ~ step_ground(1)
    ~ p5_anger = "named"
    “I’m going,” you tell Noor. “And I’m furious. And under that I’m scared, and under that I don’t know.” It comes out in the wrong order, but it comes out.
    “Then I’m your plus-one,” says Noor. “Squeeze my arm and we leave. No discussion.”
* [Reply “maybe”, mute the group, and plan to arrive late #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_anger = "cold"
    You type “maybe”, a small unkindness, and plan the evening to the minute: in at ten, out by eleven. {He()}’ll see you not looking.
-
Friday night you can’t sleep. The phone lies on the pillow where {his()} head used to be.
A message writes itself under your thumbs: “Are you going tomorrow?” Your stomach turns over. # body: stomach
* [Send it. It’s only a question #step: pursue]
    ~ step_pursue(2)
    ~ p5_text = "sent"
    “Typing…” for a long time. At twenty to two: “I’ll be there. Good to hear from you.” With a full stop. Your heart races all the same.
* [Listen to your stomach: delete it, and back to bed #step: ground #locked: {pull_strong()} #why: Your thumb is already hovering over send, and your stomach sounds very far away.]
    ~ step_ground(1)
    You delete it letter by letter, which takes longer and is the point. The phone goes in the kitchen drawer. You lie looking at the ceiling for a while, and then you sleep after all. What wakes you is the rain.
* [Block {his()} number for the weekend #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_text = "blocked"
    Three taps. Block this contact? Yes. It gives you a short, fierce satisfaction.
    Then you lie awake. Has {he()} tried yet? And would {he()} even notice a wall {he()} never came near?
-
Saturday comes anyway.
-> finale

=== finale ===
# scene: party-later
Four flights up: the city orange under a low sky, a roof full of people holding plastic cups. # sfx: crowd
{p5_anger:
- "named":
    Noor’s arm is hooked through yours. You haven’t squeezed it. Yet.
- "armour":
    You’re in the third outfit. Noor said the second was better, then saw your face and called the third perfect.
- "cold":
    Ten past ten, timed to the minute. Noor carries both bottles; your hands are busy being calm.
- else:
    Noor is beside you with a bottle under each arm, watching you sideways.
}
Your body finds {him()} before your eyes do: {partner_far():{his()} back at the far railing, laughing with someone you don’t know, one hand pushing the hair off {his()} face|{he()}’s at the far railing, and {he()}’s already looking at the door}. # body: heart
* [Walk straight over, while the anger still carries you #step: pursue]
    ~ step_pursue(2)
    You cross the roof with your chin up and forget, halfway, what you were going to say. {He()} turns. For a second {his()} face is wide open, startled and glad. “Hey. You came.”
* [Stay by the door. Breathe. Let your heart do what it’s doing #step: ground #locked: {pull_strong()} #why: Your feet are already moving; standing still would feel like falling.]
    ~ step_ground(1)
    You stay at the top of the stairs and breathe. Your heart is pounding, and you let it pound. After a minute or a year {he()} turns, sees you, and goes still. Then {he()} crosses the roof to you.
* [Turn your back and laugh, a little too loudly, at Noor #step: withdraw]
    ~ step_withdraw(1)
    You work as hard as you can at looking like someone with a lovely life. Eleven minutes. Then a light touch on your elbow, and {his()} voice says your name. You stood still, so {he()} came.
-
-> approach

= approach
{He()} looks older, softer round the eyes{p5_news == "asked":, and thinner, as Noor said}. {you_chased():As you reach {him()} {he()} leans back, a centimetre, the old reflex, and covers it with a smile.|{He()} comes closer than you expect. {He()} smells exactly the same; you’d braced for everything but that.}
{
- p5_text == "sent":
    “Thanks for your message,” {he()} says. “I nearly rang you.” Nearly. You’re an expert in nearly.
- p5_text == "blocked":
    “I tried to ring you this morning,” {he()} says. It’s half a question. You don’t answer it.
}
{p5_robin > 0:
    “So,” {he()} says. “Robin.” The city is small: someone saw you {p5_robin == 2:outside the bike shop, your head on Robin’s shoulder|outside the cinema, unlocking two bikes}.
    “I’ve thought about you all the time since I heard. Before, too.{p4_letter_sent(): I read your letter so many times.}”
- else:
    {p4_letter_sent():“I got your letter,” {he()} says. “I read it a lot of times. Everything I wrote back was a lie, or part of one, and you’d have known.”|“I kept starting to write to you,” {he()} says. “Every version was a lie, or part of one, and you’d have known.”}
}
{He()}’s been seeing someone, {he()} says, then quickly: “A therapist, I mean.” {He()} has words now for the running.
“I want to do it properly this time.” {His()} hand rests on the railing near yours, close enough that the air between is warm.
Your breath goes quick and shallow, the way it did at the beginning. Your body remembers the beginning. Never the rest. # body: breath
* [Leave a crack open: maybe it’s true this time #step: pursue]
    ~ step_pursue(2)
    ~ p5_answer = "believed"
    “Properly how?” you say. It isn’t a no, and you both hear that it isn’t.
    {He()} tells you: dinners, your friends, a weekend by the sea. You listen. It’s a song you used to play until it wore thin. {p5_anger == "armour":The anger you dressed up in is on the floor somewhere. You didn’t notice taking it off.|The anger you carried up the stairs has gone. You can’t find it.}
* [Say it plainly: “I’m glad. It doesn’t change my answer.” #step: ground #locked: {pull_strong()} #why: {His()} hand is right there, and the part of you that waited all year is louder than any answer.]
    ~ step_ground(2)
    ~ p5_answer = "no"
    “I’m glad,” you say, and you are, which surprises you. “I hope it helps. But it doesn’t change my answer.”
    Your voice shakes on “answer”. You let it. “OK,” {he()} says. “OK.” {He()} goes, and every part of you wants to call {him()} back, and you let it want.
* [Give {him()} the line you’ve been rehearsing for months #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_answer = "cut"
    “That’s lovely,” you say. “Put it in a letter. I’ll be sure to get back to you.”
    A small flinch at the corner of {his()} mouth. It feels wonderful for four seconds. Then {he()} says “Fair,” very quietly, and walks away, and you’re left with your excellent line and your shaking hands.
-
~ p5_news = ""
~ p5_text = ""
-> comes_back

= comes_back
{p5_answer == "believed":
    The rest of the evening is {him()}: drinks you didn’t ask for, a hand on the small of your back, every scrap of attention you begged for last year, free now.{p5_anger == "named": Across the roof Noor catches your eye. You don’t squeeze anything.}
    At two {he()} finds you by the coats{partner_close():, already holding yours|}. “Come home with me. I don’t want tonight to stop.”
- else:
    You stay. {p5_anger == "named":Twice you nearly squeeze Noor’s arm.|You talk to people you won’t remember.} All evening you know where {he()} is on the roof without looking.
    At two you take your coat to the stairs. {He()} is sitting on the first landing, by chance, supposedly. It isn’t chance.
    “I couldn’t let you go like that,” {he()} says, standing. “{p5_robin > 0:Robin or no Robin, I mean it.|I mean it.} Come home with me.”
}
Your stomach turns, slow and heavy. It knows what comes after yes. # body: stomach
{held > 0:You know a no can hold: {p5_held_image()}, it did.}{rounds > 0: You remember {p5_gave_image()}.}
* [Go with {him()} #step: pursue]
    ~ p5_settle("go")
    ~ step_pursue(2)
    {p5_said_no():
        ~ boundary_given_up()
    }
    “OK,” you say. {p5_said_no():The no you said two hours ago doesn’t stop anything.|It’s been waiting in your mouth all night.}
    {He()} takes your hand on the stairs, and it’s warm, and it fits. It always did. That was never the problem.
    {p5_robin > 0:
        In your pocket your phone buzzes once. Robin, probably, asking if you got home. You leave it. # sfx: buzz
    }
* [Feel the wanting and the grief, and walk down the stairs alone #step: ground #locked: {p5_way_out_locked()} #why: You can see the way down from here, but your feet have danced the same steps for so long that they won’t find another tonight.]
    ~ p5_settle("walk")
    ~ step_ground(2)
    {p5_said_no():
        ~ boundary_held()
    }
    “No,” you say. “Not like this.” And because it’s also true: “I miss you. I’m going home anyway.”
    It hurts exactly as much as you thought. You take the wanting down the stairs with you, {p5_anger == "named":Noor’s footsteps a flight behind, giving you room.|slowly, one hand on the banister.}
* [Feel nothing. Say a polite goodnight, and go #step: withdraw]
    ~ p5_settle("cold")
    ~ step_withdraw(2)
    “Goodnight,” you say. Polite. Smooth. The voice you keep for other departments.
    You’re on the stairs before {he()} can answer. Between the third floor and the second something in you switches off, very neatly. It doesn’t even hurt.
-
The stairwell light clicks off. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
