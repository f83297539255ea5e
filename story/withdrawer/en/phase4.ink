// Phase 4 of the withdrawer's route — Apart. The festival, a week later, the letter.
// Flags live in ../common/phase4.ink (w4_…). Twin of ../nl/phase4.ink.

=== w_festival ===
# phase: 4
# scene: home
Saturday. On the fridge, under the pineapple magnet, the festival tickets. {partner_name} bought them back in June, for you both. {disappointments > 0:Since that evening at {his()} door {he()} hasn’t mentioned it, and nor have you.}
{ pattern_so_far():
- "pursue":
    At ten a message, three hearts on the end: by the big tree at the gate, two o’clock? can’t wait to see you.
- "withdraw":
    At ten a message, short: two o’clock, big tree. you coming?
- "ground":
    At ten a message: two o’clock by the big tree. and if it’s too much, just say.
- else:
    At ten a message: two o’clock, the big tree by the gate. i’ll wait for you.
}
{partner_close():And at eleven another: brought sun cream for you x|{partner_far():Nothing else.|And at eleven a photo of the sky, cloudless.}}
You don’t want to lose {him()}. That much you’re sure of. And a whole day beside {him()}, among {his()} friends, in the sun: you can’t bear the thought. Both are true, at once. You’re at the kitchen counter and your legs won’t keep still. # body: stomach
* [Go, and go early. On the way, buy the sunglasses {he()} liked so much #step: pursue]
    ~ step_pursue(2)
    -> went
* [Don’t cancel. Put your phone on silent and don’t go #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_no_show = true
    -> stayed
* [Write: “I’m coming. At ten I’ll head home, on my own. Not because I’m cross. I just need some air.” #step: ground #locked: {walls_up()} #why: Explaining a limit is already too much contact. You only want the whole day not to exist.]
    ~ step_ground(2)
    -> ten

= went
# scene: festival # partner: here
{He()}’s already at the tree, up on {his()} toes, and spots you from a long way off. {partner_far():{He()} just raises a hand and waits for you to reach {him()}.|{He()} almost runs to meet you.} The sunglasses go straight on and stay on all afternoon.
It’s crowded and hot and smells of grass and chips. {He()} holds your hand through the crush, introduces you to everyone {he()} knows, kisses you at every song {he()} likes. Three hours in, there isn’t a millimetre of air left between you. # body: breath
* [Keep hold of {his()} hand. It’s only an afternoon #step: pursue]
    ~ step_pursue(1)
    You hold on. You laugh, you dance, you sing along to a song you don’t know. At eight you say you’ve got a headache, and it isn’t even a lie. {He()} walks you to the tram and waves until it’s round the corner. # partner: away
* [Say you’re getting drinks, and don’t come back #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_no_show = true
    At the bar you keep walking, past the toilets, to the exit. A wristband and an empty car park. Your phone buzzes in your pocket, once, twice, seven times. # partner: away
* [“I’m going for a wander on my own. I’ll be back at the tree at six.” And be there at six #step: ground #locked: {walls_up()} #why: “I’ll be back” is a promise, and you don’t know if you can keep it. Better to say nothing.]
    ~ step_ground(2)
    You drift past the stalls, past a stage with no one on it, lie down in the grass and look at the sky. At six you’re at the tree. So is {he()}, with two beers. “You actually came back,” {he()} says. It comes out more surprised than {he()} means it to. # partner: here
-
-> after

= stayed
# partner: away
At two you’re on the sofa with the curtains shut. Your phone lies face down on the windowsill. You can hear it buzz against the wood. At half two again. At three the buzzing doesn’t stop: a call.
{partner_close():You can see {him()} at the tree, with the sun cream, up on {his()} toes.|You can see {him()} at the tree, and then you can’t, because you’re watching television, anything at all.}
* [Jump up, grab your bike, and go after all #step: pursue]
    ~ step_pursue(2)
    ~ w4_no_show = false
    You’re there by four, sweaty and full of explanations. {He()}’s not at the tree any more. When you finally find {him()}, by the main stage, {his()} face is closed. “Two hours,” {he()} says. “I stood there two hours.” # scene: festival # partner: here
* [Switch the phone off altogether #step: withdraw]
    ~ step_withdraw(1)
    The buzzing stops. The flat is very quiet. You sit inside your own silence and hate it, and you don’t switch it back on.
* [Pick up the phone and write: “I’m not coming. It’s me. I’m ashamed.” #step: ground #locked: {walls_up()} #why: You can’t even look at the screen. An honest sentence is further away than the tree.]
    ~ step_ground(1)
    Seven words. You watch the ticks turn blue. Nothing comes back, all evening. You deserve it, you think, and then you think: no, it’s just how it is.
-
-> after

= ten
# scene: festival # partner: here
{He()} reads it, and at the tree {he()}’s quiet at first. “Ten,” {he()} says. “Fine.” Then {he()} takes your hand anyway, and it turns into a good afternoon, better than you thought. You don’t have to run. There’s a way out, and you know where it is.
At ten the last band comes on. {partner_name} tugs at your sleeve. “Stay. One more song. What’s one song?” {partner_far():{He()} doesn’t even sound angry. {He()}’s already half turned away.|{He()} laughs as {he()} says it, but {his()} hand doesn’t let go of your sleeve.}
* [Kiss {him()}, and go. As you said you would #step: ground #locked: {pull_strong()} #why: If you go now, this is the last thing you’ll see: {his()} back to you, in the dark. You can’t bear it.]
    ~ step_ground(2)
    ~ boundary_held()
    You give {him()} a quick kiss on the mouth. “I’ll ring you tomorrow.” You walk to the tram, and behind you the song starts. You don’t look back, though everything in you wants to. # partner: away
* [Stay. One more song, and then another #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    You stay till the floodlights come on. On the way home {he()} holds you tight, content. You feel small and don’t know why. At three you’re lying awake beside {him()}.
-
-> after

= after
# scene: home
~ disappointment()
{
- w4_no_show:
    The next day, no message from {him()}. That makes two now: that evening at {his()} door, and the tree.
- partner_close():
    {He()} texts sweetly the next morning, but something of that day hangs on. You know {him()} well enough: {he()} had hoped for more. That’s the second time.
- else:
    Something of that day hangs on. You know {him()} well enough: {he()} had hoped for more. That’s the second time.
}
-> w_week_later

=== w_week_later ===
# scene: home
{partner_close():For a week {his()} messages keep coming: sweet at first, then asking, then a long row of question marks.|For a week {his()} messages keep coming, every few hours at first, then once a day, then shorter and shorter.} You don’t open them all. Every time you see {his()} name on the screen, the back of your neck bristles. What was breathlessness turns to irritation. What was irritation turns to anger. Why can’t {he()} just leave you alone for a bit.
Thursday: can we talk? i don’t understand any of this.
* [Send a long, warm voice note: it’s been busy, you miss {him()} #step: pursue]
    ~ step_pursue(1)
    Four minutes of talking into your phone, and your voice does what it always does: wins {him()} back. {He()} sends a heart. Straight away you feel the walls shift again.
* [Mute the chat #step: withdraw]
    ~ step_withdraw(1)
    You press “mute”, “one week”. The calm arrives at once, and sours nearly as fast.
* [“I need time. I don’t know how much yet. I’ll let you know by Sunday.” #step: ground #locked: {walls_up()} #why: How much time you need is exactly what you don’t want to know. Better nothing.]
    ~ step_ground(2)
    You write it and put “Sunday” in it, so there’s an end to it. {He()} writes: ok. sunday. It’s the most honest thing you’ve said in weeks.
-
Friday evening, the old brown pub where Bas always sits. # scene: bar # partner: away
“You look terrible,” says Bas. “Still {partner_name}?” You shrug. “Know what you do? You wait for it to end, so it isn’t your fault.” He says it lightly, his pint halfway to his mouth.
Then the door opens and {partner_name} comes in, wet, in {his()} raincoat. {He()}’s already seen you. # partner: here
{
- partner_far():
    “I’m not here for you,” {he()} says. “I didn’t even know you’d be here.” It’s probably true, and that’s exactly what hurts.
- else:
    “I saw your bike outside,” {he()} says. “A week. A whole week.” {His()} voice is too loud for this pub, and someone at the bar turns round.
}
Something in your chest slams shut. # body: heart
* [“You’re suffocating me. Do you get that? Suffocating.” And block {him()} once {he()}’s gone #step: withdraw]
    ~ step_withdraw(3)
    ~ w4_blocked = true
    It’s out, louder than you’ve ever said anything to anyone. {partner_name} flinches. Bas studies his beer. When the door swings shut behind {him()}, you get out your phone and find the button. Block. Gone. # partner: away
* [Get up and follow {him()} into the rain. Promise everything #step: pursue]
    ~ step_pursue(2)
    On the pavement you catch {his()} sleeve. “I’m sorry. I’m really sorry. I want this, I want you, I’ll do it differently.” You mean it, every word. {He()} looks at you, soaked, and says nothing. # scene: bar
* [Stay put. Let {him()} go. Text Eva to see if she’s still up #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_eva = true
    {veil_infidelity:Eva is up. Whatever happens that night stays out of sight. The next morning what you mostly know is that you don’t have to face {partner_name}, and that that was what you went for.|Eva is up. You cycle through the rain to hers. With her you don’t have to be anything, and that’s why you went.} # partner: away
* [“I get angry because I’m scared. Not of you. Please, sit down a minute.” #step: ground #locked: {walls_up()} #why: You’re already running; only your body is still on this stool. “Scared” won’t come out.]
    ~ step_ground(3)
    {He()} stays standing. Then {he()} sits after all, on the edge of a chair, coat still on. Bas gets up without a word and goes to lean on the bar. For the first time you tell {him()} how it is, at three in the morning, with your coat over the chair.
    {partner_name} listens. “Why are you only saying this now,” {he()} says, and it isn’t a question.
-
~ disappointment()
{door_can_close() and (partner_far() or last_step != "ground"):
    ~ w4_closed = true
    {w4_blocked or w4_eva:Two days later, through a friend of {his()}, a message:|Two days later, when you’ve stopped expecting it, a message:} “I’m stopping. I’ve watched you walk away three times, and the third time I wasn’t even surprised. I don’t want to wait any longer for you to stay for once.” # partner: away
    You read it standing up, in the hall. A door swings shut that you always thought you could push open again.
- else:
    {He()} says nothing more that evening. A silence settles between you, and there’s something final about it. # partner: away
}
* [Call {him()}. Right now #step: pursue]
    ~ step_pursue(2)
    Voicemail. Again. Voicemail. You leave a message you’d rather not think about later.
* [“Fine.” And nothing else #step: withdraw]
    ~ step_withdraw(1)
    Four letters. You press send and at first feel nothing, and then something that looks like relief, but isn’t.
* [Sit down on the stairs and let it sink in #step: ground]
    ~ step_ground(1)
    You don’t cry straight away. You sit, and feel it sink, from your throat to your stomach. You don’t run. There’s nowhere left to go, anyway.
-
-> w_letter

=== w_letter ===
# scene: desk # partner: away
A week later there’s an envelope on the mat. {His()} handwriting, slanted, the o’s never quite closed.
{w4_blocked:You’d blocked {him()}, so {he()} put it on paper.|{partner_far():You hadn’t thought you’d hear from {him()} again.|You know the handwriting before you even turn the envelope over.}}
You read the letter at your desk with the lamp on, though it’s the middle of the day. There’s a lot in it. Three lines stick.
{w4_no_show:“I stood at that tree until the sun cream in my bag had gone warm.”|{w3_weekend:“That Sunday you stayed home, I watched my phone all evening, and I was proud of you and furious at once.”|“At the festival you held my hand, and I could feel you already standing at the exit in your head.”}}
{w3_fled_night:“The night you left, your pillow was still warm when I woke.”|{w3_key:“Keep the key. Or throw it in the canal. I’m changing the lock anyway.”|“I’ve still got that ribbon, the red one. I don’t know why.”}}
{ pattern_so_far():
- "pursue":
    “Each time you came back with so much that I thought: this is it, now it stays.”
- "withdraw":
    “I got to know you as someone who’s always already halfway gone.”
- "ground":
    “Sometimes you said what was going on, and then you were completely there. That’s what I did it for.”
- else:
    “I never knew which you would be on my doorstep that day.”
}
At the bottom: {w4_closed:“I hope you find it one day, whatever you’re looking for. Not with me.”|“If you’ve got something to say, you know where I live.”}
You put the letter down and pick it up again. Beside it lies a blank sheet, your pen on top.
* [Write back what’s true: that you got scared, every time it was good #step: ground #locked: {walls_up()} #why: Your hand lies next to the pen and doesn’t move. Once this is written down, you can never deny it again.]
    ~ step_ground(3)
    ~ w4_reply = "honest"
    It takes all afternoon. You write about the key and the air that stopped at your throat, about the tree, {w3_eva or w4_eva:about Eva, briefly and without sparing yourself,} and about not knowing whether it will ever pass. You promise nothing. You sign your name and take it to the postbox at six, before you can change your mind.
* [Write back short and cool: it’s better this way #step: withdraw]
    ~ step_withdraw(1)
    ~ w4_reply = "cold"
    Four sentences. “Better this way.” “It just didn’t work.” “I wish you well.” Your name, no sign-off. It’s tidy and there’s nothing in it. You post it before dark.
* [Write that it’ll be different. That you’ll change, if {he()} gives you one more chance #step: pursue]
    ~ step_pursue(3)
    ~ w4_reply = "promise"
    Two pages, then three. You promise to stay, you promise to ask for the key back, a summer, March. While you’re writing you believe it yourself. Only once the envelope is sealed do you feel something in your chest shift.
* [Write nothing. Put the letter in the drawer #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_reply = "none"
    You fold it along its old creases, put it in the drawer with the batteries and the rubber bands, and shut the drawer. You leave the blank sheet where it is. A few days later there’s a shopping list on it.
-
{
- w4_reply == "none":
    So the silence between you stays, and the silence is yours.
- w4_closed:
    Whether it makes any difference, you don’t know. {He()} has already shut the door.
- else:
    Now it’s up to {him()}.
}
Autumn comes, and you’re slow to notice. # pause: 4
-> w_months_later

// One sentence for phase 5 and the endings: what you wrote back to the letter, or that you didn't (w4_reply).
=== function reply_recalled() ===
{ w4_reply:
- "honest":
    You think of what you wrote back that afternoon at your desk: that you got scared, every time it was good.
- "cold":
    You think of your four cool sentences, and the “better this way” you signed so confidently back then.
- "promise":
    You think of the three pages of promises you sent {him()}, and how you believed them yourself.
- else:
    You think of {his()} letter, still in the drawer, and the answer you never wrote.
}
