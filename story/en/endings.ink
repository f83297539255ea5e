// Endings — four ways out of the finale on the roof, each earned by the player's pattern
// (see p5_pattern() in ../common/phase5.ink) and each ending with a pointer to help.

=== ending_cycle ===
# ending: cycle
# scene: bedroom
The first weeks are everything {he()} said they'd be. {He()} rings when {he()} says {he()}'ll ring. {He()} meets Noor for a drink and is charming and slightly nervous, which makes Noor like {him()} very much against her will. On Sundays {he()} doesn't leave at ten with an excuse. You keep waiting for the floor to give, and when it doesn't, you begin, carefully, to put your weight on it.
{p5_answer == "believed":You left the door a crack open on the roof, and {he()} came through it exactly as promised.|You said no on the roof, once. You remember it sometimes, the way you remember a dream: clear for a second, then gone.}
Then a Tuesday comes. {He()} needs a weekend to {himself()}, {he()} says. Fair enough; everyone does. The weekend turns into ten days. The messages get shorter, then further apart, and then they end in full stops.
You know these steps. You could do them in your sleep, and some nights you do: the checking, the waiting, the light little "no worries!" that costs you a whole evening to send. {pursued > withdrew + grounded:Most of the steps you've taken in this long dance have been towards {him()}. Your feet have forgotten there's another direction.|You took other steps along the way, too. Your feet just never seem to remember them when {he()}'s in the room.}
{rounds > 0:{rounds == 1:Once|{rounds} times} you said no and meant it, and {rounds == 1:it|each one} melted when {he()} came back.}{held > 0: And {held == 1:once|{held} times} it held. That happened. It's still in you somewhere, like a word from a language you used to speak.}
{disappointments >= 3:Three disappointments, you once agreed with yourself: two can be chance, three is a pattern. You're well past three now, and you've stopped counting, which is its own kind of counting.|You once made yourself a promise about disappointments, and how many it would take. You've lost track of the number. That's usually how it goes.}
{letter_recalled()}
{letter_tone:
- "honest": Everything you wrote was true. It's still true. That's the hardest part.
- "bitter": You'd write it more softly now. You'd still send it.
- "pleading": You'd hoped it would be the last time you asked anyone for anything.
}
It ends the way it always ends, in the end: not with a slammed door, but with a door that simply isn't opened again. {He()} doesn't answer on a Thursday, and then it's spring.
# scene: party
And then it's a party. Somebody's birthday, a hallway full of coats, music too loud to think over. Across the room a stranger is watching you: leaning in a doorway a little apart from everyone, with the look of someone who might leave at any moment.
Your stomach gives a small twist, a warning. You feel it. You smile back anyway.
It was never really {him()}. It's the dance, and you know every step of it, and somewhere the music is starting again.
{p5_help()}
-> END

=== ending_role_switch ===
# ending: role-switch
# scene: bedroom
You wake in {his()} bed at seven, with the light coming in from the wrong side, and for one breath your body is simply glad, the way it was at the beginning. Then you reach for your phone. "Home safe? x" from Robin, sent at a quarter past two. Nothing since. Robin would never send two.
{p5_robin_close:
- "honest": You told Robin once that closeness frightened you, and Robin said then we'll go slowly. You were going slowly. You were doing so well.
- "fled": You'd been halfway out of the door for weeks; you can see that now. Answering on Tuesdays, with jokes. Robin never once complained.
- "smoothed": "Me too," you said, that Sunday. It wasn't true then. It's less true now, and you're the only one who knows how much less.
}
You go to the bike shop on Monday, because Robin deserves a face and not a message. Robin is truing a wheel, spinning it slowly, watching for the wobble. Robin looks up, sees you, and stops the wheel with one hand.
You say it badly. Robin listens all the way to the end. "I thought maybe," Robin says at last, and then: "I hope it's good to you." The kindness is the unbearable part. You'd have known what to do with anger.
Out on the street you understand something you'll wish, later, you had understood sooner. With Robin, you were the one checking the exits. With {him()}, you're the one knocking at the door. {p5_robin == 1:You kept Robin light so that nobody could get hurt, and somebody did anyway.} You've stood on both sides of the floor now, and it turns out they're the same fear in different coats: one runs from a person who stays, the other runs after a person who won't. With {him()}, at least, you never have to find out what happens when someone stays.
{pursued > withdrew:For most of this dance you were the one who followed.|For most of this dance you were the one who stepped away, and called it something else.} {grounded > pursued && grounded > withdrew:You knew how to stand still, too; you did it more often than either. On the roof your feet simply chose the floor they knew.}
{rounds > 0:You said no and took it back {rounds == 1:once|{rounds} times}. }{held > 0:{held == 1:One no|{held} of them} held, though, and you'll want to remember that.}
For a while it's wonderful. {He()} says the letter is in a drawer at {his()} place; you don't ask which drawer. {letter_recalled()} {letter_tone == "bitter":You'd like to ask whether {he()} flinched. You don't.}{letter_tone == "pleading":You'd like to believe this is the answer to it. Most days you do.}
{disappointments >= 3:You'd once agreed with yourself on three disappointments. Robin was never one of them; Robin never disappointed you once. That might have been the problem.}
Then a Tuesday comes, and {he()} needs some air.
Sometimes you cycle past the bike shop. The light is always on; that was always the thing about Robin. Through the window you see Robin laughing at something, belly first, with someone you don't know. You don't slow down. You don't speed up, either.
{p5_help()}
-> END

=== ending_closed_heart ===
# ending: closed-heart
# scene: home
You get home at half past two and don't cry. You don't need to. You brush your teeth, set the alarm, and sleep like someone who has done the sensible thing.
In the morning there's nothing. Not the missed stair, not the stone in your stomach. You test it the way your tongue tests a tooth: {his()} name, {his()} hands, the blackbird at four in the morning. Nothing. Mostly, you feel as though you've won.
{p5_answer == "cut":Your line on the roof was a good one. You still think so. You'd only forgotten that a door you slam stays shut on your side too.}
A week later {he()} sends one message: "I meant what I said. I'm here if you ever want to talk." You read it once and archive it, and your day carries on around it without a ripple.
Life becomes very tidy. You're good at your job, better than ever, and your plant has a sister now.
{p5_robin:
- 0: Robin still waves when you pass the bike shop. You wave back, friendly and unreachable, and after a while Robin stops looking up.
- 1: The Thursdays with Robin thin out. You don't end them; you just keep being busy until they end themselves.
- 2: Robin lasts until the first frost. {p5_robin_close == "honest":You told Robin once that closeness frightened you. You stop saying things like that, and Robin notices before you do.|Robin keeps knocking, gently, and you keep not quite answering, until one day Robin's key is on your table with a note that says only: I hope someone gets in, one day.}
}
"You seem fine," Noor says on a Wednesday, and doesn't mean it as a compliment. You take it as one anyway.
{
- withdrew > pursued && withdrew > grounded:
    You learned it step by step: most of the steps you took in this dance were away.
- pursued >= grounded:
    It's strange. For most of the dance you were the one who chased, and the distance was always {his()} move. Somewhere along the way you learned it by heart.
- else:
    It's strange. For most of the dance you knew how to stand your ground. Somewhere along the way you traded the ground for a wall; it's so much less tiring.
}{held > 0:Your no held, in the end{held > 1:, {held} times over}. It held the way a wall holds, not the way a door does.}{rounds > 0: The {rounds == 1:time|{rounds} times} it didn't hold, you'd rather not think about. So you don't.}
{disappointments >= 3:Three disappointments, you'd said, and then the door could close. You closed it. You just didn't stop at that one.}
You haven't thought about the letter in weeks. {letter_recalled()} Now it reads like something written by a person you used to know{letter_tone == "honest":, someone braver than you are now|}.
Nobody can leave you now. That was the deal, and it's holding. If you let no one close, no one can go. It's quiet in here, and safe, and there is no one to hold your hand and no one to let it drop.
Sometimes, very early, something shy comes out at the edge of you, the way a deer steps out of the trees at the edge of a field, testing the air. You keep very still. You're good at that now. Somewhere in you someone has been watching that field for years, and these days they don't even have to raise the gun. After a while the deer goes back into the trees.
And some mornings, very rarely, you wake at six on the side of the bed that leaves room, and for one breath, before you remember how well you're doing, you can't quite remember what it is you're missing.
{p5_help()}
-> END

=== ending_step_out ===
# ending: step-out
# scene: home
At the bottom of the stairs the air is cool and smells of rain on warm stone. You stand on the pavement and cry, properly, the way you haven't since the spring, and nobody comes to make you stop, and you don't need anyone to. {p5_anger == "named":Two minutes later Noor comes out, hands you a tissue that has clearly been through the wash, and says nothing at all. You never squeezed her arm. You just went.}
You cycle home the long way, along the water. The wanting comes too. It rides on the back like a passenger, and you let it; it's allowed to come along. It just doesn't get to steer.
{p5_said_no():This time your no made it all the way down the stairs.|You let {him()} in a crack on the roof, and then you closed it again yourself. That counts.}{held > 1: It isn't the first no of yours that has held: {held} now. You're beginning to know the feeling. Not triumph. More like a floor that doesn't move.}{rounds > 0: There were {rounds == 1:one that didn't|{rounds} that didn't}. You needed those too, to learn the steps well enough to stop dancing them.}
{grounded > pursued + withdrew:Looking back, you took more steps towards yourself than towards {him()} or away from {him()}. It never felt like that at the time.|It doesn't feel like a clean line, looking back. Towards {him()}, away from {him()}, back to yourself, round again. But tonight you found the floor.}
The next weeks are grief, but clean grief, the kind that moves. A week later {he()} sends a message: "I did mean it, you know." And you believe {him()}; that's the strange part. You write back once: "I know. I hope it goes well for you." Then nothing more, and the nothing isn't a punishment. It's just the end of the sentence.
{letter_recalled()}
{letter_tone:
- "honest": You wrote it for yourself in the end, you realise. You just didn't know that then.
- "bitter": You'd write it differently now. Less sharp. You don't need it to cut any more.
- "pleading": You asked, in that letter. Tonight you didn't have to ask anyone for anything.
- else: Whatever it said, you've stopped waiting for it to be answered.
}
{disappointments >= 3:Three disappointments, you'd promised yourself, and after the third the door could close. It turns out a door can close gently. It doesn't have to slam to stay shut.}
{p5_robin == 2 && p5_robin_close == "honest":
    On Saturday you walk past the bike shop. The light is on; it always is. Robin looks up from a wheel and wipes both hands on the rag that only makes them blacker. "Hey," Robin says. Just that. You go in. Nothing in you leaps. Something settles instead, like a cat finding the warm patch on the floor.
- else:
    {p5_robin > 0:
        You owe Robin a proper conversation, and you have it on the bench outside the shop. You tell the truth, late: that you weren't really there. Robin nods. "And now?" You don't know yet. It's the first honest answer you've given anyone in a long time, and Robin seems to think it's a good one.
    - else:
        Robin still waves when you pass the bike shop. One afternoon you stop, and go in, and ask whether the offer of fish still stands. "Always," Robin says, and grins. It might turn into something; it might not. You find you can wait and see, which is new.
    }
}
You don't know how this ends. Nobody does. But the next time someone looks at you across a crowded room, you think you'll notice what your stomach says, and listen, and decide with all of you. Someone who is actually there to be loved: you'd like that. You might even recognise it.
{p5_help()}
-> END

// The calm pointer to help that closes every ending.
=== function p5_help() ===
If this story touches something you carry yourself, you don't have to carry it alone. You can talk to your doctor or a counsellor. In the Netherlands, De Luisterlijn listens day and night on 088 0767 000 (www.deluisterlijn.nl); elsewhere, your local listening line will. If your thoughts turn dark, in the Netherlands you can call 113 Zelfmoordpreventie on 0800 0113.
