// The withdrawer's endings: earned by the whole dance (w5_settle in ../common/phase5.ink).

// How often, in words (the endings say no digits): "Twice", "Three times", "Four times".
=== function w_times(n) ===
{ n:
- 2: ~ return "Twice"
- 3: ~ return "Three times"
- else: ~ return "Four times"
}

=== function w_times_lower(n) ===
{ n:
- 2: ~ return "twice"
- 3: ~ return "three times"
- else: ~ return "four times"
}

// Which time, in words: "third", "fourth", "fifth".
=== function w_ordinal(n) ===
{ n:
- 3: ~ return "third"
- 4: ~ return "fourth"
- else: ~ return "fifth"
}

=== w_ending_cycle ===
# ending: cycle
They turn into good weeks. On Sundays you get up for fresh croissants, you say “we” without flinching, you answer {his()} messages the minute they come. “This time I’m staying,” you tell {him()} one evening, and you believe it, every word, just as you believed it {w2_call == "courted":the first time you rang {him()} in the night and won {him()} back|that first summer}.
{partner_state():
- "close": {He()} believes you at once. You can tell by the toothbrush {he()} leaves at your place.
- "far": {He()} doesn’t answer that. {He()} waits to see, and you set out to prove it, every day.
- else: “We’ll see,” {he()} says, but {he()} stays the night.
}
{reply_recalled()} {His()} letter is in a box now, with the photos{w4_reply != "none":, your answer with it}. Neither of you mentions it.
Then, in the sixth week, {he()} puts a key beside your plate. Your chest tightens. {w3_fled_night:At three you are standing by {his()} bed again with your shoes in your hand, like that night before, and you already know exactly how the stairs will sound.|At three you lie awake counting the steps to the door.}
{w5_comebacks():
- 0: All this time you never quite left and never quite came back. Now you go, for the first time.
- 1: Once you have gone and come back. Now you go for the second time.
- else: {w_times(w5_comebacks())} you have gone, {w_times_lower(w5_comebacks())} you have come back. Now you go for the {w_ordinal(w5_comebacks() + 1)} time.
}
The days after are grey. You eat badly, you sleep worse, and the phone lies by your pillow. You replay Bas’s roof over and over, the stairwell, that “wait”. You can see exactly where it turned: the moment {he()} walked off and you ran. In your head there is a version where you stayed at the sink that night. In it you may not have {him()}, but you don’t have to keep losing {him()} either.
-> END

=== w_ending_role_switch ===
# ending: role-switch
You follow {partner_name} down the stairs, but {he()} doesn’t want it any more. “You only come when I go,” {he()} says. “I know that now.”
{partner_state():
- "close": {His()} hand stays on the banister a moment, right beside yours. Then {he()} takes it away.
- "far": {He()} says it without looking round, already two steps further down.
- else: {He()} says it kindly. That’s the worst of it.
}
{reply_recalled()} You still have {his()} letter. You don’t read it any more.
Three weeks later Lou leaves for Montreal. At the airport Lou gives you a hug that ends a second too soon. Then it starts: you work out what time it is over there, you send photos of the canal, you wait for two blue ticks. Lou answers after a day, after two, with a thumbs-up.
One night you lie with the phone on your chest and suddenly you understand. You are sitting in the chair {partner_name} sat in for a year. The waiting, the staring at an empty screen, the hope at every buzz. You are the one running after now, and Lou is the one who needs air.
It is the same dance. You are just on the other side of the floor.
-> END

=== w_ending_closed_heart ===
# ending: closed-heart
The stairwell door swings shut, and so does the one inside you. It is quiet. Nobody expects anything of you.
{partner_state():
- "close": You hear {him()} stand on the landing a moment longer, waiting. Then the stairs.
- "far": {His()} footsteps go down the stairs without stopping.
- else: Halfway down, {his()} footsteps pause. Then they go on.
}
{reply_recalled()} A week later {his()} letter goes out with the recycling, between the leaflets. You notice you feel nothing, and you call that peace.
{w4_no_show:You think once more of the festival, of {him()} at the gate with two wristbands, and of you at home on the sofa.|You think once more of {his()} hand on the café table, the hand you left lying there.} Then not again.
You are free. You sleep across the whole bed, you go out when you like, you don’t have to be anywhere. Lou sends a photo from Montreal; you give it a thumbs-up.
The days after are flat. Not sad, not happy. You work, you train, you cook for one. Sometimes in the supermarket you pick up two of something and put one back. You replay the last night, looking for where it might have turned: that question, “why did you keep walking away”, and your joke. There is a version where you said “because I was scared”. You keep that version behind the door, where it can’t hurt anyone.
-> END

=== w_ending_step_out ===
# ending: step-out
You stay. You dry glasses at Bas’s until the last guest has gone. It still pulls, and you stay anyway.
A week later you have coffee with {partner_name}, outside a café, with a table between you. {He()}’s still with someone else; that is part of the truth too. And you tell yours: that you get frightened when someone comes close, and have for as long as you can remember, and that then you run, one way or the other. {w2_word == "fear":You said it once before, half of it, in the bar on the corner, a beer mat turning in your fingers. Now you say all of it, and you let the silences stand.|You let the silences stand.} {He()} listens and looks at you, and you don’t look away. It doesn’t kill you.
{partner_state():
- "close": At the end {he()} rests {his()} hand on your wrist for a moment. “Now I understand the door,” {he()} says.
- "far": {He()} stirs {his()} coffee for a long time. “I wish I’d heard this a year ago,” {he()} says, not angrily.
- else: “I don’t know what to do with this,” {he()} says. “But I’m glad you told me.”
}
{reply_recalled()} You still have {his()} letter. This conversation is your answer.
Nothing gets mended. {He()} cycles home to someone else, and you walk home in a body that is still shaking.
The days after are heavy. You are low, you cry on the tram over nothing. You go over every time you walked out: {w3_fled_night:the night with your shoes in your hand, }the cool messages, the door. You see the version where you said it a year earlier. Perhaps {he()} would have stayed. Perhaps not. But the fear has a name now, and next time you can say it out loud.
-> END
