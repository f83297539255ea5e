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
    ~ p5_news = "declined"
    "No," you say. "Thanks. But no." Your hands want to know. Your stomach wants to know. You hold your glass with both hands anyway.
    Noor nods as if you'd passed something, and tells you about the landlord instead. It's a good story; you laugh in the right places. On the way home you don't wonder about the market at all, except for the entire way home, and then, for the first time in a long time, you let yourself stop.
* [Laugh. "Honestly, Noor? I couldn't care less." And change the subject #step: withdraw]
    ~ step_withdraw(1)
    ~ p5_news = "shrugged"
    "Honestly?" You laugh, and it comes out well, you think: light, careless. "I couldn't care less. What did the landlord say?"
    Noor looks at you for one second too long and then lets you have it. You discuss the landlord with enormous energy. Under the table one of your feet is jiggling so hard that the wine trembles in both glasses, and neither of you mentions it.
-
And then there is Robin.
Robin has the bike shop on the corner, a narrow room that smells of rubber and chain oil, where the radio plays whatever station it was left on years ago. You first went in with a flat tyre in May. Since then you've been back with a squeaky brake, a loose bell, and once, mortifyingly, with nothing wrong at all.
Robin is easy to be near. Robin laughs from the belly, remembers that you take your coffee black, and when Robin says Thursday, Robin means Thursday. It took you weeks to notice that. Nothing in you leapt when it happened. That's how unfamiliar it was.
Today Robin wipes both hands on a rag that only makes them blacker and says, with no run-up at all: "There's a little place by the water that does fish. I'd like to take you. No pressure. The shop's open tomorrow either way."
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
The invitation.
-> finale

=== finale ===
# scene: party-later
The party.
* [Go with {him()} #step: pursue]
    ~ step_pursue(2)
    {p5_robin > 0:
        ~ p5_ending = "role-switch"
    - else:
        ~ p5_ending = "cycle"
    }
* [Walk down the stairs on your own #step: ground #locked: {pull_strong() || walls_up() || p5_pattern_holds()} #why: You can see the way down from here, but your feet have danced the same steps for so long that they won't find another tonight.]
    ~ step_ground(2)
    ~ p5_ending = "step-out"
* [Feel nothing, and close every door behind you #step: withdraw]
    ~ step_withdraw(2)
    ~ p5_ending = "closed-heart"
-
The stairwell light clicks off. # pause: 5
{p5_ending:
- "cycle": -> ending_cycle
- "role-switch": -> ending_role_switch
- "closed-heart": -> ending_closed_heart
- else: -> ending_step_out
}
