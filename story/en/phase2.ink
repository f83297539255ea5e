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
Your heart does something you remember from long ago. It doesn't break. It slams, like a door caught by a draught, and the whole house shudders with it.

It doesn't fit. That's what you keep circling. Two nights ago is still on your skin. You cannot lay the two things side by side, the finger on your collarbone and the little x, and make them belong to the same person.

And then, somewhere around the third time you think the word Eva, you understand. Eva is safe. Eva goes home to Jonas every night. Eva is a window {he()} can gaze through with no danger of anyone ever opening it.

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
The scene goes here: confession.
* [Go on #step: ground]
    ~ step_ground(1)
    -> night_call

=== night_call ===
# scene: bar
The scene goes here: night_call.
* [Go on #step: ground]
    ~ step_ground(1)
    -> the_week

=== the_week ===
# scene: bedroom
The scene goes here: the_week.
* [Go on #step: ground]
    ~ step_ground(1)
    # pause: 2
    …
    -> cafe
