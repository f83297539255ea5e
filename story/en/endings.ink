// Endings — four ways off the roof, each earned by the whole dance (p5_settle() in
// ../common/phase5.ink): the finale's last answer (p5_click) only chooses within what the
// pattern allows, so each ending opens by bridging from that answer. Each tells this
// player's dance as one or two nights and says where the letter really is. Where it ends
// (cycle, closed heart, stepping out), the days after get a passage of their own: the low
// mood, the replaying, the version where it worked. The help is on the end card.

=== ending_cycle ===
# ending: cycle
# scene: bedroom
{p5_click:
- "go": The first weeks are everything {he()} promised. {He()} rings when {he()} says {he()}’ll ring. Even Noor comes round, reluctantly. Carefully, you begin to put your weight on the floor again.
- "walk": You get as far as the pavement. At the corner your phone lights up: “you’re right. I’m sorry. tomorrow?” By the time your key is in the door you’ve said yes. The first weeks are everything {he()} promised.
- else: That polite goodnight lasts until Tuesday. Then you send one message, only one, and {he()} answers within a minute. The first weeks are everything {he()} promised.
}
{partner_close():For a while {he()} is the one who reaches first: a hand on your back in the supermarket, your name said twice in a sentence.|Even in the good weeks {he()} keeps one foot outside, and you learn to sit where you can see the door.}
Then a Tuesday comes. {He()} needs a weekend to {himself()}. The weekend turns into ten days, and the messages get shorter, and then the x at the end disappears.
You know these steps: the checking, the waiting, the light “no worries!” that takes an evening to send. You remember {p5_gave_image()}, with your phone face up on the table.{held > 0: And a no of yours did hold once, {p5_held_image()}. Somewhere you still know that.}
{letter_recalled()} {p4_letter_sent():In the good weeks {he()} said {he()} still had your letter. {He()} never said where.|The letter is still in your drawer. In the good weeks you nearly gave it to {him()}. You never sent it, and you don’t now.}
It ends the way it always ends: not with a slammed door, but with one that simply isn’t opened again. On a Thursday {he()} doesn’t answer, and after that {he()} doesn’t either.
In the weeks after, you do what has to be done. You go to work, you come home, you lie down. You eat crackers standing over the sink. When Noor rings you let it ring, and later you send her a thumbs-up.
At night you play it back, from a different point each time. {partner_close():That hand on your back in the supermarket: when did it start to fade, and why didn’t you see?|That foot outside, even in the good weeks: should you have said something, or was that the mistake?} Every time you find a place where it could still have gone right, if only you had done something else.
And then there’s the other version, the one you tell yourself until you fall asleep. In it {he()} just stays in, that Tuesday. You do the shopping together and argue about the dishwasher, and it doesn’t matter. You even know what colour the sofa is.
It’s the only house you still like going to. Then it’s spring.
# scene: party
And then it’s a party: a hallway full of coats, music too loud to think over. Across the room a stranger leans in a doorway, a little apart, with the look of someone who might leave at any moment.
Your stomach gives a small twist. You feel it. You smile back anyway.
It was never only {him()}. Somewhere, someone turns the music up.
-> END

=== ending_role_switch ===
# ending: role-switch
# scene: bedroom
{p5_click == "go":You wake in {his()} bed at seven, the light coming in from the wrong side, and for one breath your body is simply glad. Then your phone: “Home safe? x” from Robin, at a quarter past two. Nothing since. Robin would never send two.|You go home alone, and for nine days you’re proud of it. Then Robin, drying a pan, says “we could look for a bigger place”, and your whole body starts looking for the door. On the Sunday you ring {him()}. {He()} picks up straight away.}
{p5_robin_close:
- "honest": You told Robin once that closeness frightened you, and Robin said then we’ll go slowly. You were doing so well.
- "fled": You’d been halfway out of the door for weeks, answering on Tuesdays, with jokes. Robin never once complained.
- "smoothed": “Me too,” you said, that Sunday. It wasn’t true then. It’s less true now, and only you know how much less.
}
On Monday you go to the bike shop, because Robin deserves a face and not a message. Robin is truing a wheel and stops it with one hand when you walk in. # partner: away
You say it badly. Robin listens to the end. “I thought maybe,” Robin says, and then: “I hope it’s good to you.” The kindness is the unbearable part. You’d have known what to do with anger.
With Robin, you were the one checking the exits. With {him()}, you’re the one knocking. {p5_robin == 1:You kept Robin light so nobody would get hurt, and somebody did anyway.} The same fear in different coats. With {him()}, at least, nobody ever stays.
You think of {p5_gave_image()}: the same step, you see now, only facing the other way.
# partner: here
{letter_recalled()} {p4_letter_sent():{He()} still has your letter; {he()} says {he()} read it until the folds went soft. You’d like to ask which line {he()} stopped at. You don’t.|Now you’re glad the letter never went out: {he()} would only read it for directions to you.}
For a while it’s wonderful. Then a Tuesday comes, and {he()} needs some air{partner_far():, and you hear yourself say “of course” in Robin’s voice|, and you are the one who stands at the window}.
Sometimes you cycle past the bike shop. The light is always on. Through the window Robin is laughing, belly first, with someone you don’t know. You don’t slow down. You don’t speed up, either. # partner: away
-> END

=== ending_closed_heart ===
# ending: closed-heart
# scene: home # partner: away
{p5_click:
- "go": You go with {him()}, and you watch it from the ceiling. At five you dress in the dark and let yourself out; {he()}’s still asleep, one arm flung across the place where you were. At home you don’t cry.
- "walk": You walk down the stairs alone, and all the way down it feels like courage. On the pavement you notice that you feel nothing at all. At home you don’t cry.
- else: You get home at half past two and don’t cry.
}
You brush your teeth, set the alarm, and sleep deeply, without dreams. In the morning, nothing. You try it out: {his()} name, {his()} hands, {p5_missing == "fed":the blackbird at four in the morning|the heatwave summer on the same ward}. Nothing. It feels like winning.
{partner_close():A week later {he()} writes: “I meant what I said. I’m here if you ever want to talk.” Then again, a fortnight on.|A week later {he()} writes, once: “I meant what I said.” Nothing after it.} You archive it, and your day goes on.
Life becomes very tidy. You’re better at your job than ever, and the plant on your desk has a sister now.
It isn’t grief. It’s greyer than that. The days are as long as they used to be, with less in them. On Sundays you lie on the sofa until the middle of the afternoon, in front of a series you can’t remember afterwards, and you call that rest.
Once, in the supermarket, you take {his()} coffee off the shelf. You put it back before anyone sees.
Only your sleep doesn’t keep to the deal. Sometimes you dream the other version, the one where {he()} stayed and so did you: a kitchen, a Sunday, nobody afraid of anything. You wake with something warm in your chest, and you tidy it away before you’ve brushed your teeth.
{p5_robin:
- 0: Robin still waves when you pass the bike shop. You wave back, friendly and unreachable, until Robin stops looking up.
- 1: The Thursdays with Robin thin out. You don’t end them; you just stay busy until they end themselves.
- 2: Robin lasts until the first frost. {p5_robin_close == "honest":You told Robin once that closeness frightened you. You stop saying things like that, and Robin notices before you do.|Robin keeps knocking, gently, until one day Robin’s key is on your table with a note: I hope someone gets in, one day.}
}
“You seem fine,” Noor says on a Wednesday, not as a compliment. You take it as one.
{held > 0:You did learn to say no: {p5_held_image()}, your no held, the way a wall holds and not a door.|You never did learn to say no and mean it. You learned something quicker: to stop wanting anything a no could be for.}{rounds > 0: The night it didn’t hold, {p5_gave_image()}, you’d rather not think about. So you don’t.}
You haven’t thought about the letter in weeks. {letter_recalled()} {p4_letter_sent():Somewhere in {his()} flat it’s still in its envelope, the one you posted. It reads, you imagine, like something from a person you used to know.|Never sent. It reads now like something written by a person you used to know.}
Nobody can leave you now; that was the deal. It’s quiet in here, and safe: no one to hold your hand, no one to let it drop.
Sometimes, very early, something shy in you wants to come out. You keep very still. You’re good at that now. After a while it draws back in.
-> END

=== ending_step_out ===
# ending: step-out
# scene: party-later # partner: away
{p5_click:
- "go": You go with {him()}. It’s tender, and it’s the last time, and some part of you knew that on the stairs. At six you sit on the edge of {his()} bed and tell {him()}: you’re going, and not to punish anyone. Then you do.
- "cold": That polite goodnight holds for two flights of stairs. On the first-floor landing it gives way, and everything you didn’t feel on the roof arrives at once. You let it. At the bottom you cry, properly, for the first time since spring.
- else: At the bottom of the stairs the air smells of rain on warm stone. You stand on the pavement and cry, properly, for the first time since spring, and you don’t need anyone to make you stop.
}
{p5_anger == "named":Noor comes out after you, hands you a tissue that has clearly been through the wash, and says nothing at all. You never squeezed her arm. You just went.|{partner_close():Up on the roof {he()} is at the railing, looking down. You don’t look up.|Nobody follows you down. You hadn’t expected anyone to, and it doesn’t matter.}}
# scene: home # partner: away
You cycle home the long way, along the water. The wanting rides on the back. It can come along; it just doesn’t get to steer.
{held > 0:{held_first_phase == 5:It’s the first no of yours that ever held, and it held all the way down the stairs.|You think back: {p5_held_image()}, a no of yours held for the first time. Tonight it held again.}|You let {him()} in a crack on the roof, and then you closed it yourself. That counts.}{rounds > 0: And {p5_gave_image()}: you needed that night too, to learn the steps well enough to stop dancing them.}
The first weeks aren’t clean. You sleep badly and too long. You stand in the kitchen and can’t remember what for. Three times you have {his()} number up, three times you put the phone down, and that is a whole day’s work.
In your head the roof plays out again and again. {p5_click == "go":You stay in bed that morning, instead of sitting up on the edge of it.|{He()} comes after you, down the stairs, and says the one thing that changes everything.} {rounds > 0:Or you go further back, to {p5_gave_image()}, and say it differently there.|Or you go further back, to the party where it began, and wonder what would have happened if you’d both been less afraid.}
And sometimes, just before sleep, you allow yourself the version where it worked. The therapist helped, {he()} stayed, and on Sundays you read the paper together and nobody had to run. You know you wrote that version yourself. You read it anyway, and cry over it, and then it’s morning.
It lasts into winter. Then, slowly, the grief becomes the kind that moves.
{He()} writes once: “I did mean it, you know.” You believe {him()}. “I know,” you write back. “I hope it goes well for you.” After that it’s quiet.
{letter_recalled()} {p4_letter_sent():You wrote that letter to be answered. Some time that winter you find you’ve stopped waiting.|One evening you take the letter out of the drawer, never sent, read it once, and put it in the recycling with the takeaway menus. It was for you all along.}
{p5_robin == 2 && p5_robin_close == "honest":
    One Saturday you pass the bike shop. The light is on; it always is. Robin looks up from a wheel, fingers black. “Hey,” Robin says. Just that. You go in. Nothing in you leaps. Something settles instead.
- else:
    {p5_robin > 0:
        You owe Robin a proper conversation, and you have it on the bench outside the shop: you weren’t really there. Robin nods. “And now?” You don’t know yet. It’s the first honest answer you’ve given anyone in a long time, and Robin seems to think it’s a good one.
    - else:
        One afternoon you stop at the bike shop and ask whether the offer of fish still stands. “Always,” Robin says, and grins. It might turn into something; it might not. You can wait and see, which is new.
    }
}
You don’t know how this ends. But the next time someone looks at you across a crowded room, you think you’ll listen to your stomach. Someone who is simply there, and stays: you might even recognise it.
-> END

// The first no of yours that held when the partner came back: a night, no leading capital.
=== function p5_held_image() ===
{held_first_phase:
- 1: at the party where it began, when you said “not tonight” and still meant it the next day
- 2: one night that spring, when {he()} rang and your no was still standing in the morning
- 3: in the weeks of the café, when {he()} came round again and your no stayed where you’d put it
- 4: that summer, with the festival still in your hair, when {he()} came back and you didn’t open up
- else: on the roof that night
}

// The last no that gave way when the partner came back: a night, no leading capital.
=== function p5_gave_image() ===
{gave_last_phase:
- 1: the very first night, when “not tonight” turned into yes before you were over the bridge
- 2: the night that spring when your no lasted exactly one phone call
- 3: the night after the café, when the hunger won and you let {him()} close again
- 4: the summer night {he()} came back and you let the no go without a word
- 5: that night on the roof, when the no you’d said two hours before gave way
- else: the nights you never said no at all
}
