// Endings — four ways out of the finale on the roof, each earned by the player's pattern
// (see p5_pattern() in ../common/phase5.ink) and each ending with a pointer to help.

=== ending_cycle ===
# ending: cycle
# scene: bedroom
The first weeks are everything {he()} promised. {He()} rings when {he()} says {he()}'ll ring. {He()} charms Noor, against her will. Carefully, you begin to put your weight on the floor.
{p5_answer == "believed":You left the door a crack open on the roof, and {he()} came through it exactly as promised.|You said no on the roof, once. You remember it like a dream: clear for a second, then gone.}
Then a Tuesday comes. {He()} needs a weekend to {himself()}. The weekend turns into ten days, and the messages get shorter, and then they end in full stops.
You know these steps: the checking, the waiting, the light "no worries!" that costs an evening to send. {pursued > withdrew + grounded:Most of your steps in this long dance went towards {him()}. Your feet have forgotten there's another direction.|You took other steps along the way. Your feet just never remember them when {he()}'s in the room.}
{rounds > 0:{rounds == 1:Once|{rounds} times} you said no and meant it, and {rounds == 1:it|each one} melted when {he()} came back.}{held > 0: {held == 1:Once, too,|{held} times, too,} a no of yours held. It's still in you somewhere, like a word from a language you used to speak.}
{disappointments >= 3:Three disappointments, you once agreed with yourself, and it's a pattern. You're well past three now, and you've stopped counting, which is its own kind of counting.|You once promised yourself a number of disappointments. You've lost count. That's usually how it goes.}
{letter_recalled()}
{letter_tone:
- "honest": Everything you wrote was true. It's still true. That's the hardest part.
- "bitter": You'd write it more softly now. You'd still send it.
- "pleading": You'd hoped it would be the last time you asked anyone for anything.
}
It ends the way it always ends: not with a slammed door, but with one that simply isn't opened again. {He()} doesn't answer on a Thursday, and then it's spring.
# scene: party
And then it's a party: a hallway full of coats, music too loud to think over. Across the room a stranger leans in a doorway, a little apart, with the look of someone who might leave at any moment.
Your stomach gives a small twist, a warning. You feel it. You smile back anyway.
It was never really {him()}. It's the dance, and somewhere the music is starting again.
{p5_help()}
-> END

=== ending_role_switch ===
# ending: role-switch
# scene: bedroom
You wake in {his()} bed at seven, the light coming in from the wrong side, and for one breath your body is simply glad. Then your phone: "Home safe? x" from Robin, at a quarter past two. Nothing since. Robin would never send two.
{p5_robin_close:
- "honest": You told Robin once that closeness frightened you, and Robin said then we'll go slowly. You were doing so well.
- "fled": You'd been halfway out of the door for weeks, answering on Tuesdays, with jokes. Robin never once complained.
- "smoothed": "Me too," you said, that Sunday. It wasn't true then. It's less true now, and only you know how much less.
}
On Monday you go to the bike shop, because Robin deserves a face and not a message. Robin is truing a wheel, watching for the wobble, and stops it with one hand when you walk in.
You say it badly. Robin listens to the end. "I thought maybe," Robin says, and then: "I hope it's good to you." The kindness is the unbearable part. You'd have known what to do with anger.
With Robin, you were the one checking the exits. With {him()}, you're the one knocking. {p5_robin == 1:You kept Robin light so nobody would get hurt, and somebody did anyway.} The same fear in different coats. With {him()}, at least, nobody ever stays.
{pursued > withdrew:For most of this dance you were the one who followed.|For most of this dance you were the one who stepped away, and called it something else.} {grounded > pursued && grounded > withdrew:You knew how to stand still, too, more often than either. On the roof your feet chose the floor they knew.}
{rounds > 0:You said no and took it back {rounds == 1:once|{rounds} times}. }{held > 0:{held == 1:Once|{held} times}, though, your no held. Remember that.}
For a while it's wonderful. The letter is in a drawer at {his()} place, {he()} says; you don't ask which drawer. {letter_recalled()} {letter_tone == "bitter":You'd like to ask whether {he()} flinched. You don't.}{letter_tone == "pleading":You'd like to believe this is the answer to it. Most days you do.}
{disappointments >= 3:You'd once agreed with yourself on three disappointments. Robin was never one of them. That might have been the problem.}
Then a Tuesday comes, and {he()} needs some air.
Sometimes you cycle past the bike shop. The light is always on. Through the window Robin is laughing, belly first, with someone you don't know. You don't slow down. You don't speed up, either.
{p5_help()}
-> END

=== ending_closed_heart ===
# ending: closed-heart
# scene: home
You get home at half past two and don't cry. You brush your teeth, set the alarm, and sleep like someone who has done the sensible thing.
In the morning, nothing. Not the missed stair, not the stone in your stomach. You test it the way a tongue tests a tooth: {his()} name, {his()} hands, {p5_missing == "fed":the blackbird at four in the morning|the heatwave summer on the same ward}. Nothing. It feels like winning.
{p5_answer == "cut":Your line on the roof was a good one. You'd only forgotten that a slammed door stays shut on your side too.}
A week later {he()} writes: "I meant what I said. I'm here if you ever want to talk." You archive it, and your day flows on around it without a ripple.
Life becomes very tidy. You're better at your job than ever, and the plant on your desk has a sister now.
{p5_robin:
- 0: Robin still waves when you pass the bike shop. You wave back, friendly and unreachable, until Robin stops looking up.
- 1: The Thursdays with Robin thin out. You don't end them; you just stay busy until they end themselves.
- 2: Robin lasts until the first frost. {p5_robin_close == "honest":You told Robin once that closeness frightened you. You stop saying things like that, and Robin notices before you do.|Robin keeps knocking, gently, until one day Robin's key is on your table with a note: I hope someone gets in, one day.}
}
"You seem fine," Noor says on a Wednesday, not as a compliment. You take it as one.
{
- withdrew > pursued && withdrew > grounded:
    Step by step you learned it: most of your steps in this dance were away.
- pursued >= grounded:
    It's strange. For most of the dance you chased, and the distance was {his()} move. Somewhere along the way you learned it by heart.
- else:
    It's strange. For most of the dance you knew how to stand your ground. Somewhere along the way you traded the ground for a wall; it's so much less tiring.
}{held > 0:Your no held{held > 1:, {held} times over}: the way a wall holds, not a door.}{rounds > 0: The {rounds == 1:time|{rounds} times} it didn't, you'd rather not think about. So you don't.}
{disappointments >= 3:Three disappointments, you'd said, and then the door could close. You closed it. You just didn't stop at that one.}
You haven't thought about the letter in weeks. {letter_recalled()} It reads like something written by a person you used to know{letter_tone == "honest":, someone braver than you are now|}.
Nobody can leave you now; that was the deal. It's quiet in here, and safe: no one to hold your hand, no one to let it drop.
Sometimes, very early, something shy steps out at the edge of you, like a deer at the edge of a field. You keep very still. You're good at that now. After a while it goes back into the trees.
And some mornings you wake at six on the side of the bed that leaves room, and for one breath, before you remember how well you're doing, you can't think what you're missing.
{p5_help()}
-> END

=== ending_step_out ===
# ending: step-out
# scene: home
At the bottom of the stairs the air smells of rain on warm stone. You stand on the pavement and cry, properly, for the first time since spring, and you don't need anyone to make you stop. {p5_anger == "named":Two minutes later Noor comes out, hands you a tissue that has clearly been through the wash, and says nothing at all. You never squeezed her arm. You just went.}
You cycle home the long way, along the water. The wanting rides on the back like a passenger. It's allowed to come along. It just doesn't get to steer.
{p5_said_no():This time your no made it all the way down the stairs.|You let {him()} in a crack on the roof, and then you closed it yourself. That counts.}{held > 1: It isn't your first no to hold: {held} now. Not triumph. More like a floor that doesn't move.}{rounds > 0: {rounds == 1:One didn't|{rounds} didn't}. You needed those too, to learn the steps well enough to stop dancing them.}
{grounded > pursued + withdrew:Looking back, you took more steps towards yourself than towards {him()} or away. It never felt like that at the time.|Looking back, it isn't a clean line: towards {him()}, away, back to yourself, round again. But tonight you found the floor.}
The weeks after are grief, but the clean kind, the kind that moves. {He()} writes once: "I did mean it, you know." You believe {him()}. "I know," you write back. "I hope it goes well for you." The silence after isn't a punishment. It's the end of the sentence.
{letter_recalled()}
{letter_tone:
- "honest": You wrote it for yourself in the end, you realise. You just didn't know that then.
- "bitter": You'd write it less sharply now. You don't need it to cut any more.
- "pleading": You asked, in that letter. Tonight you didn't have to ask anyone for anything.
- else: Whatever it said, you've stopped waiting for it to be answered.
}
{disappointments >= 3:Three disappointments, you'd promised yourself, and then the door could close. It turns out a door can close gently and still stay shut.}
{p5_robin == 2 && p5_robin_close == "honest":
    On Saturday you pass the bike shop. The light is on; it always is. Robin looks up from a wheel and wipes both hands on the rag that only makes them blacker. "Hey," Robin says. Just that. You go in. Nothing in you leaps. Something settles instead, like a cat finding the warm patch on the floor.
- else:
    {p5_robin > 0:
        You owe Robin a proper conversation, and you have it on the bench outside the shop: you weren't really there. Robin nods. "And now?" You don't know yet. It's the first honest answer you've given anyone in a long time, and Robin seems to think it's a good one.
    - else:
        One afternoon you stop at the bike shop and ask whether the offer of fish still stands. "Always," Robin says, and grins. It might turn into something; it might not. You can wait and see, which is new.
    }
}
You don't know how this ends. But the next time someone looks at you across a crowded room, you think you'll listen to your stomach. Someone who is actually there to be loved: you might even recognise it.
{p5_help()}
-> END

// The calm pointer to help that closes every ending.
=== function p5_help() ===
If this story touches something you carry yourself, you don't have to carry it alone. You can talk to your doctor or a counsellor. In the Netherlands, De Luisterlijn listens day and night on 088 0767 000 (www.deluisterlijn.nl); elsewhere, your local listening line will. If your thoughts turn dark, in the Netherlands you can call 113 Zelfmoordpreventie on 0800 0113.
