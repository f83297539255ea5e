// Phase 4 — The music stops. Knots: festival, week_later, letter.
// Flags live in ../common/phase4.ink (p4_…).

=== festival ===
# phase: 4
# scene: festival # partner: away
{p3_left:Since that day at {his()} door it’s been over, and {he()} knows it. {He()} wrote ok, and since then, every few days, something anyway: a song, a photo, you good?|Since the night on {his()} doorstep you’ve kept a rule: you don’t turn up, you don’t wait.}
~ p3_left = false
On your way to work you cycle past the lake, where they’re putting up the festival. Of the main stage only the steel frame is standing. {partner_name} goes every year. {partner_close():{He()} has asked Noor twice already whether you’re coming.|Among forty thousand people you’d find {him()} in ten minutes.}

* [Skip it this year: a weekend of not finding {him()} is a gift #step: ground #locked: {pull_strong()} #why: A whole weekend of {him()} out there under the lights, without you, is more than you can leave alone.]
    ~ step_ground(1)
    You put the ticket in the drawer with the takeaway menus. Your hands are oddly steady. When you tell Noor, she goes quiet: she’s making a plan.
    -> noor
* [Go. It’s a big field; you’ll keep to your side of it. #step: pursue]
    ~ step_pursue(1)
    It’s for the music, you tell yourself, for Noor, for the lake. Which stage {he()} always ends up at, you’ve known for ages.
    -> gates
* [Skip it, and let word reach {him()} that you had better plans. #step: withdraw]
    ~ step_withdraw(1)
    You let slip to two people who know {him()} that you’ll be away that weekend, at a cottage. There is no cottage. Let {him()} look for you in the crowd and feel the gap, for once.
    -> noor

= noor
# scene: home # partner: away
On Saturday afternoon Noor leans on your doorbell until you open. # sfx: knock
Glitter on her cheekbones, a spare wristband swinging from one finger. “Your plants have a better social life than you.”
“{He()}’ll be there.”
{partner_far():“With a whole crowd, I heard. You won’t even see {him()}. Come and stand in a field with me.”|“Forty thousand people will be there. You won’t even see {him()}. Come and stand in a field with me.”}
When she says you won’t even see {him()}, your heart jumps. You don’t like that.

* [Let her talk you into it. Just the field. #step: pursue]
    ~ step_pursue(1)
    “Fine,” you say, and Noor whoops. You put on the shirt you look good in from a distance. Good for whom, you’d rather not ask.
    -> gates
* [Stay home. You decided this for a reason. #step: ground #locked: {pull_strong()} #why: She’s offering you exactly what you’ve been saying for weeks you don’t want, with glitter on.]
    ~ step_ground(1)
    “I’m staying,” you say. “Not because I’m sad. Because I know what I’m like.”
    Noor looks at you a long moment, then kisses your forehead, hard. “Then I’m dancing for two.”
    -> at_home
* [Stay home, and tell her to post lots of photos #step: withdraw]
    ~ step_withdraw(1)
    “Go,” you say. “Post everything.” You don’t add: so {he()} sees I’m not there. Noor’s mouth goes thin.
    “You’re doing the thing,” she says, and pockets the spare wristband, and goes.
    -> at_home

= gates
# scene: festival # partner: away
At the station you almost turn back. Noor holds your wrist until you’re through the gate. Then it’s good: dry dust that sticks to your ankles, beer that tastes of plastic cup and sun. For whole minutes you forget to look.
Then, between two songs, the crowd shifts a little, and there {he()} is. # sfx: crowd # partner: here
{partner_far():Twenty metres off, sunburnt, in the middle of a group. {His()} eyes slide over you, and only then come back.|Twenty metres off, sunburnt, very still. {He()} has been looking at you for a while.} Three weeks of good intentions, and they’re gone in a second.

* [Go to {him()}, straight through the crowd #step: pursue]
    ~ step_pursue(2)
    You’re moving before you decide to, sideways between shoulders, and you don’t have to push anyone aside. {He()} puts {his()} cup down without looking where, and then you are there.
    -> together
* [Stay with Noor. Let the look be only a look. #step: ground #locked: {pull_strong()} #why: Your feet are already leaning toward {him()}; the rest of you is only catching up.]
    ~ step_ground(1)
    You hold the look for one breath, two. Then you nod, once, briefly, and turn back to Noor. Your ribs ache with it.
    -> comes_over
* [Turn your back and dance. You didn’t see {him()}. #step: withdraw]
    ~ step_withdraw(2)
    You turn so fast that Noor’s beer slops over her hand, and you dance with your arms up and your eyes shut, so that everyone can see how fine you are. Let {him()} watch that.
    -> comes_over

= comes_over
{partner_close():It doesn’t take {him()} one whole song.|{partner_far():It takes {him()} an hour. You stop counting.|It takes {him()} four songs. You count them.}} # partner: away
Then a warmth at your back, and {his()} voice at your ear: “So you’re pretending you didn’t see me?” # partner: here
{He()} smells of sunscreen and smoke. {He()} crossed the whole field. {He()} came to you.

* [Stay on your own feet: “Hey. I’m here with Noor tonight.” #step: ground #locked: {pull_strong()} #why: {He()} crossed a whole field for you, and every part of you wants to make it worth {his()} while.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p4_where = "beside"
    “Hey,” you say. “I’m here with Noor tonight.”
    First {he()} looks surprised, then almost respectful. “Okay. Can I just stand here, then?”
    You let {him()} stand. It’s a field.
    -> beside
* [Lean back into {him()}, just for a second #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    You meant to say something cool. Instead you lean back until your shoulder blades touch {his()} chest, and {his()} arms go round you at once, without searching. It doesn’t stay a second.
    -> together

= together
~ p4_where = "crowd"
{His()} hand on the back of your neck{partner_far():, {his()} eyes now and then on the people around you|}. Dancing badly. The light over the lake going pink, then violet, then gone. Among all these people, nobody is watching you.

* [Ask {him()}: “And tomorrow? Will I hear from you?” #step: ground #locked: {pull_strong()} #why: One question and the spell breaks, and right now you’d rather have the spell than the answer.]
    ~ step_ground(1)
    ~ p4_where = "asked"
    “Tomorrow too,” {he()} says, and kisses your temple. It is not an answer. You both know it, and you let the music drown it out.
* [Believe it. Tonight, believing costs nothing. #step: pursue]
    ~ step_pursue(1)
    You let it be true. For once you don’t keep an eye on your own happiness. You just have it.
* [Keep one small piece of yourself back, where {he()} can’t reach it #step: withdraw]
    ~ step_withdraw(1)
    You give {him()} your mouth and your hands and your laugh. The part of you that would cry you fold small and put out of reach, your own reach too.
-
-> child

= beside
So {he()} stands next to you, not touching. {partner_close():{He()} fetches water for you and Noor, twice, without being asked.|{He()} fetches water for you and Noor, and checks that you’ve noticed.} When the sun goes down {he()} sits in the grass a careful arm’s length away, and somehow the arm’s length is sweeter than being held.
Nobody here knows the two of you. Out here it would be so easy to forget why you’re keeping your hands in your lap.
{He()} is funny tonight, and gentle, and {he()} listens. Everything you’ve gone short of these last months, you get tonight, all at once.
-> child

= at_home
# scene: home # partner: away
The evening is long and light. You clean the oven and eat crisps for dinner, standing up. When the wind comes from the west you can hear the bass, a slow thud under the city.
At twenty to midnight your phone lights up on the counter. # sfx: sms
{partner_far():
    you not here? shame
    And an hour later: where are you
- else:
    where are you. noor’s here and you’re not. that’s all wrong
    And then: come. i’ll meet you at the gate
}

* [Answer straight away: “Home. Why?” #step: pursue]
    ~ step_pursue(1)
    Home. Why? Three dots appear and disappear for twenty minutes. Then nothing, until nearly three.
* [Turn the phone face down and go to bed. #step: ground #locked: {pull_strong()} #why: The phone is warm and lit and it says {his()} name, and bed is very far away.]
    ~ step_ground(1)
    You turn it over. Light leaks round its edges, then stops. You brush your teeth slowly, on purpose, and lie down with your heart thumping. You even sleep. Until nearly three.
* [Send one word back: “Busy.” #step: withdraw]
    ~ step_withdraw(1)
    Busy. You send it and put the phone in the cutlery drawer, which is mad. At nearly three you find out what one cold word does to {him()}.
-
The doorbell. Then knocking: soft, then less soft. # sfx: knock
Through the spyhole: {partner_name}, dust to the knees, holding a cone of chips. # partner: here
“I just wanted to see you,” {he()} tells the door. “Can I come in?”

* [Open the door, but step out and pull it to behind you. Talk out here. #step: ground #locked: {pull_strong()} #why: {He()} is standing there at three in the morning holding chips for you, and a door is only a door.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p4_where = "step"
    You step out in your socks and pull the door to until the latch clicks against your back.
    {He()} looks at the closed door, then at you, and understands. {He()} doesn’t push. {He()} sits on the top step and pats the concrete beside {him()}, and after a moment you sit too.
    {He()} talks quietly, so as not to wake the neighbours: the dust, a dog that got up on stage, how {he()} kept turning round all day looking for your face in the crowd. Then {his()} hand finds yours on the cold concrete.
    -> child
* [Let {him()} in. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p4_where = "bed"
    {He()} comes in with the night still on {him()}, and the chips go cold on the counter. In your bed {he()} holds you and says {he()} has missed you. You believe it. It may even be true.
    -> child

= child
{
- p4_where == "bed":
    Later, with the window going grey, {he()} says it into your hair.
- p4_where == "step":
    The stairwell light clicks off. In the dark {he()} says it to the step below.
- p4_where == "beside":
    Later, by the water, with Noor asleep on somebody’s jacket, {he()} says it to the lake.
- p4_where == "asked":
    Later, in the trampled grass, {he()} answers a different question. You asked about tomorrow. {He()} answers about years.
- else:
    Later, in the trampled grass under the stage lights, {he()} says it to the sky.
}
“I want a kid one day, you know. With you.” A pause. “It doesn’t even scare me.”
That is your wish, the one you tell nobody. {He()} just says it out loud.
Then something goes cold. A child, from someone who can’t send a text on a Tuesday. Your throat closes. # body: throat

* [Say it: how can {he()} talk about a child, when tomorrow {he()}’ll be gone again? #step: ground #locked: {pull_strong()} #why: The words are right there, and saying them would break the only warm thing you have.]
    ~ step_ground(2)
    ~ p4_child = "said"
    “You’re talking about a child. With me. And tomorrow you’ll be gone, and I won’t hear from you for a week, and we both know it. How do you hand me that and walk off?” Your voice is steady and a little too loud.
* [Swallow it. Keep the warm thing warm #step: pursue]
    ~ step_pursue(2)
    ~ p4_child = "swallowed"
    You swallow the fury, and what comes up is a small, damp “Me too.”
    {He()} talks on: names, a garden. You say yes, and yes. It’s the tenderest you’ve ever been, and it’s a lie. Somewhere in the garden {he()} hears it anyway. {His()} voice thins out, and stops.
* [Go cold. Say something sharp and let {him()} feel the edge. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_child = "cold"
    “A kid,” you say, with a short, ugly laugh. “You can’t keep a houseplant alive.”
    {partner_far():“Great,” {he()} says, ice-cold. “This is why I never bring anything up. There’s no talking to you.”|It lands. {He()} says nothing back, which is worse.} For one second you’re fiercely glad; then the gladness drains out through your feet.
-
Then nothing. Only {p4_at_festival():the generators humming behind the stage|{p4_where == "step":the building ticking around you|the fridge humming in the kitchen}}, and {him()} breathing very quietly, saying nothing more.
{He()} is still close enough to touch, and already gone.
{
- p4_where == "bed":
    At seven {he()} mentions a friend with a car and {partner_far():is gone before you’re properly awake.|gives your shoulder a quick kiss, {his()} phone already in {his()} hand.} # partner: away
- p4_where == "step":
    After a while {he()} says “Right,” to nobody and goes down the stairs. You sit on in the dark, in your socks. # partner: away
- else:
    Around two {he()} says {he()} should find {his()} friends{partner_far():, no kiss, nothing more|, with a quick kiss on your forehead}, and the crowd closes behind {him()}. # partner: away
}
~ disappointment()
The part of you that keeps count picks up its pencil. {disappointments == 2:Two.|One more.}
-> week_later

=== week_later ===
# scene: bar # partner: away
{p4_night_calls():Seven days. On Wednesday night {he()} rang three times in a row, at two; you didn’t pick up. On Thursday morning, one message: forget it then. After that, nothing.|{partner_far():Seven days. You’d said a drink on Thursday. You were there at eight; at half past nine you went home. No message, not then and not since.|{partner_close():Seven days, and one message: a photo of the lake, no words. Your reply gets nothing back.|Seven days. You sent {him()} something on Monday, and something else on Wednesday. Read, both of them, and nothing more.}}} You knew this was coming. It didn’t help.
{
- p4_child == "said":
    Some nights you wonder if the truth drove {him()} off. Then you remember: {he()} was going anyway. You only said it first.
- p4_child == "swallowed":
    You keep hearing your small “me too”. You gave {him()} exactly what {he()} asked for, and {he()} went anyway.
- else:
    The houseplant line plays on a loop. Most nights it sits in your chest like a fishbone.
}
On Saturday Noor celebrates her new job at the bar by the canal. She’s invited {him()} too; she knows {him()}, after all.
Half a step inside, your stomach folds up small and hard. Only then do you see {him()}, by the dartboard. # body: stomach # partner: here

* [Listen to it. Keep your coat on, and know you’re allowed to leave. #step: ground #locked: {pull_strong()} #why: Your stomach says go and your feet say closer, and tonight your feet are in charge.]
    ~ step_ground(1)
    You stay by the coat hooks with your coat on. Knowing where the door is helps more than it should. Noor brings you cake on a napkin, sees the coat and says nothing.
* [Overrule it. Go over and just say hello. #step: pursue]
    ~ step_pursue(2)
    You cross the room wearing a smile you put on in the tram. {partner_far():{He()} says “hi”, and “busy, isn’t it”, and turns to the dartboard halfway through your next sentence.|{His()} eyes settle just above your left ear, and after a minute you’re talking about the weather with someone who has seen you naked.}
* [Answer it with ice: walk past {him()} without a glance. #step: withdraw]
    ~ step_withdraw(2)
    You walk past close enough to smell {his()} shampoo, and wait to feel {his()} eyes on your back. You don’t.
-
{
- p4_old_love():
    {He()} didn’t come alone. Beside {him()} is someone in a denim jacket you know from old photos: {his()} ex, the chapter {he()} said was closed. {His()} hand rests on that back, easily, without a thought.
- partner_close():
    At ten {he()} brings you a drink you didn’t ask for. At eleven {he()} laughs, looking the other way. At half past {he()} turns a shoulder as you pass.
    Someone new is here, in a denim jacket. From then on {partner_name} looks at nothing else.
- else:
    At ten {he()} nods to you. At eleven {he()} laughs, looking the other way. At half past {he()} turns a shoulder as you pass.
    Someone new is here, in a denim jacket. From then on {partner_name} looks at nothing else.
}

* [Go over and put a hand on {his()} arm #step: pursue]
    ~ step_pursue(2)
    ~ p4_bar = "chased"
    You touch {his()} arm. “You all right?” {partner_far():{He()} shakes you off. “Can you not? You’re always on top of me.” A few people look round.|{partner_close():{His()} arm moves away, and {he()} gives you a polite smile, and turns back.|{He()} pulls {his()} arm back. “Not here,” {he()} says, low and sharp.}}
* [Catch {him()} alone and ask what’s going on #step: ground #locked: {pull_strong()} #why: Asking means hearing the answer, and you already know you can’t afford the answer.]
    ~ step_ground(2)
    ~ p4_bar = "asked"
    At the bar you stand beside {him()}. “What’s going on with you tonight?”
    {partner_far():“Does this have to be now?” {He()} says it loud enough that the lad behind the taps looks up. “You’re not my mother.”|“Nothing.” {He()} says it to the beer taps. “Just tired.”} Then {he()} picks up two drinks, one not for you, and goes back. It isn’t nothing. But you asked, and nobody can tell you afterwards that you imagined it.
* [Laugh louder at Noor’s jokes. Let {him()} see you don’t need {him()}. #step: withdraw]
    ~ step_withdraw(1)
    ~ p4_bar = "ice"
    You laugh at everything Noor says. {partner_far():On {his()} way to the toilets {he()} passes your table and says, without looking at you: “Good for you.”|The one person it’s for never once looks up.}
* {p4_may_go()} [Go home before the end. You don’t have to see it to know it #step: ground]
    ~ step_ground(2)
    ~ p4_bar = "left"
    You kiss Noor goodbye and go. {He()} looks up as the door opens, one second, and away again. # partner: away
    On the tram your phone buzzes. Noor: {he()}’s gone. not alone. sorry love.
-
{
- p4_bar == "left":
    You read it twice, against a dark window. It hurts. But you knew before you left, and you didn’t have to stand there and watch.
- veil_infidelity:
    At some point you stand in the toilets for a while, looking at your own face in the mirror. When you come back, {his()} jacket is gone from the hook. So is the denim one. Noor takes the glass out of your hand without a word, and that is how you know. # partner: away
    Noor walks you to the tram and holds your elbow the whole way.
- else:
    At a quarter to one {he()} holds the denim jacket open, the way {he()} used to for you, and they leave. # partner: away
    Noor walks you to the tram and holds your elbow the whole way.
}
~ disappointment()
{door_can_close():
    Three. You agreed it with yourself on the edge of the bath, and here it is. You know how it goes on if you stay: a fourth time, a fifth, and you waiting again every time.
- else:
    You stopped keeping exact count a while ago. It doesn’t matter. You know how this goes: it won’t stop for as long as you keep waiting for {him()} to choose you.
}
On the tram you notice that you aren’t crying. You’re tired, and very clear. It’s over, and this time you’re the one who says so.

* [End it, and make sure {he()} hears it from you #step: ground #locked: {pull_strong()} #why: For good means there is no next time, and part of you is still living on the next time.]
    ~ step_ground(2)
    ~ p4_close = "tell"
    You say it once, quietly, to the dark window: it’s over. Your reflection doesn’t argue.
* [Not yet. First you’ll ask {him()} why, one last time. #step: pursue]
    ~ step_pursue(1)
    ~ p4_close = "ask"
    There has to be a reason. You start on the question while you’re still on the tram, and three days later you’re still at it.
* [End it without a sound. {He()} never explained either. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_close = "silent"
    You delete {his()} number before the next stop. Let {him()} find out the way you always have: from the silence.
-
-> letter

=== letter ===
# scene: desk # partner: away
// What the letter needs from earlier scenes, taken into this knot's own (temporary)
// variables; the lines of the letter live here too. Once read, the spent flags are
// cleared, so nothing the later phases never read is carried along.
~ temp where = p4_where
~ temp child = p4_child
~ temp bar = p4_bar
~ temp close = p4_close
~ temp line_open = ""
~ temp line_child = ""
~ temp line_night = ""
~ p4_spend_flags()
Everything real you’ve had to shout over music. On Sunday night you uncap a pen. # sfx: pen
{
- close == "tell":
    You know what it has to say, just not how it will sound in your handwriting.
- close == "ask":
    It’s a question, you tell yourself: a letter that asks why. The pen has other ideas.
- else:
    You weren’t going to explain yourself. It just has to get out of your body and onto paper.
}
{partner_close():Since Saturday {he()}’s texted twice, breezily: all good? At the top you write {his()} name and a comma.|{partner_far():Since Saturday, nothing, not even a read receipt. At the top you write {his()} name and a comma.|At the top you write {his()} name and a comma.}} The comma takes ten minutes.

* [Begin plainly: you never really get to talk. #step: ground]
    ~ step_ground(1)
    ~ line_open = "honest"
    You write it fast, before you can make it prettier. It looks bare. You leave it bare.
* [Begin with the sting: a letter, at least, {he()} has to open. #step: withdraw]
    ~ step_withdraw(1)
    ~ line_open = "bitter"
    It comes out smooth and sharp, whetted for weeks. The small hot pleasure doesn’t last to the end of the line.
* [Begin by asking {him()}, please, to read to the end. #step: pursue]
    ~ step_pursue(1)
    ~ line_open = "pleading"
    Please. The word you’ve been saying all year without saying it. Now it’s in ink.
-
Then the child. Your pen hangs until a drop of ink falls, a small dark moon in the margin.

* [Tell {him()} the truth: you wanted it, and knew {he()}’d be gone by morning. #step: ground #locked: {pull_strong()} #why: Writing down what you want makes it real, and real things can be refused.]
    ~ step_ground(2)
    ~ line_child = "honest"
    {
    - child == "said":
        You said it once already, out loud, in the dark. The second time is easier, and harder: nobody interrupts.
    - child == "swallowed":
        You didn’t say it when it mattered. Now, on paper, your hand shakes and the letters go crooked. You leave them crooked.
    - else:
        It’s what was underneath the houseplant line. It costs you more than all the other sentences together.
    }
* [Tell {him()} the child talk was a song {he()} loved for one night. #step: withdraw]
    ~ step_withdraw(1)
    ~ line_child = "bitter"
    The sentence is good, maybe the best you’ve ever written. Your eyes sting, and you tell yourself that’s pride.
* [Ask {him()} if {he()} meant it. You would have. #step: pursue]
    ~ step_pursue(2)
    ~ line_child = "pleading"
    You underline “still”, twice, so hard the pen dents the sheet beneath.
-
Then Saturday. {bar == "left":Noor’s message on the tram.|{veil_infidelity:The empty hook by the door.|The denim jacket, held open.}}

* [Tell {him()} what Saturday made you understand. #step: ground]
    ~ step_ground(1)
    ~ line_night = "honest"
    The plainest sentence costs the most. You write it slowly and cross nothing out.
* [{veil_infidelity:Write that you hope it was worth it, whoever it was.|Write that you hope the denim jacket was worth it.} #step: withdraw]
    ~ step_withdraw(2)
    ~ line_night = "bitter"
    Your handwriting leans forward. You press so hard the letters shine.
* [Ask only whether anything is left. #step: pursue]
    ~ step_pursue(2)
    ~ line_night = "pleading"
    You write that you’re not angry. It isn’t true, but you need {him()} more than you need to be right.
-
And the ending, to someone who never let it begin.

* [End it with love and a full stop: you are stepping out. #step: ground #locked: {walls_up()} #why: To write that you loved {him()}, you would have to feel it again, and you’ve spent all week trying not to.]
    ~ step_ground(2)
    ~ p4_line_end = "honest"
    Your hand is steady. Only afterwards do you notice you’re crying a little. It isn’t even unpleasant.
* [End it so {he()} can’t have the last word: don’t write back. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_line_end = "bitter"
    There. If {he()} says nothing now, at least it was your idea. It feels less good than you expected.
* [Leave the door ajar: {he()} knows where you live. #step: pursue]
    ~ step_pursue(2)
    ~ p4_line_end = "pleading"
    {close == "tell":You meant to close the door. Reading it back, you see you’ve left a gap.|You leave a gap. Of course you do.}
-
~ p4_settle_tone(line_open, line_child, line_night)
You read it through, the way {he()} will. If {he()} does.
{partner_name}, # letter: line
{line_open:
- "honest":
    I’m writing because we never really get to talk. I want you to hear this once, from me, with no music over it. # letter: line
- "bitter":
    A message you can leave unread, the way you leave them all. A letter, at least, you have to open. # letter: line
- else:
    Please read this to the end. Every version I started began with please. # letter: line
}
{line_child:
- "honest":
    {child == "swallowed":I didn’t say it when you said it, so I’m saying it now. }When you talked about a child{p4_child_place(where)}, something in me said yes before I could stop it. And in the same second I knew you’d be gone by morning, and you were. # letter: line
- "bitter":
    You talked about a child the way you talk about a song you like: with your whole heart, for one night. By morning you’d skipped to the next track. # letter: line
- else:
    Did you mean it, about the child? Because I would have. I still would. I’d only need to know you’d be there on an ordinary Tuesday. # letter: line
}
{line_night:
- "honest":
    {bar == "left":On Saturday I left before the end; on the tram I heard you didn’t go home alone|{veil_infidelity:On Saturday you left Noor’s party without a word to me, and not alone|On Saturday I watched you leave with someone else without a word to me}}{bar == "asked":, an hour after you told me it was nothing}, and I finally understood that I’m the only one of us still dancing. # letter: line
- "bitter":
    {veil_infidelity:I hope Saturday was worth it, whoever it was. I hope they got the good version of you, the one that lasts a night.|I hope the denim jacket was worth it. I hope you held the sleeves open the way you used to for me.} # letter: line
- else:
    I don’t need you to explain Saturday. I only need to know if there’s anything left. I can make do with very little. I always have. # letter: line
}
{p4_line_end:
- "honest":
    So I’m stepping out. Not because I’ve stopped loving you. Because I want to love someone who stays, even when it gets hard, and to be someone who stays with myself. # letter: line
- "bitter":
    Don’t write back. You wouldn’t anyway, but this way it’s my idea. # letter: line
- else:
    If any of it was real, you know where I live. I’ll leave the light on for a while. # letter: line
}
{letter_tone:
- "honest":
    Take care of yourself. # letter: line
- "bitter":
    That’s all. # letter: line
- else:
    Still yours, if you want that. # letter: line
}
You fold it. Your hand writes {his()} address without asking you.

* [Post it, and let it go for real. #step: ground #locked: {pull_strong()} #why: Once it’s in the postbox there’s nothing left to wait for, and you don’t know yet how to live without waiting.]
    ~ step_ground(2)
    ~ p4_sent = "sent"
    The postbox on the corner takes it with a small metal swallow. Then you go home and cook something with garlic in it.
* [Post it, and text {him()} that it’s coming. #step: pursue]
    ~ step_pursue(2)
    ~ p4_sent = "chased"
    Halfway home you text: sent you something. in the post. will you read it? Then you check, at the lights, at your door, three times in bed.
* [Put it in the drawer. {He()} doesn’t get this as well. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_sent = "kept"
    You slide it into the drawer under the takeaway menus. Some things you write for yourself. The drawer sticks, and you have to lean on it.
-
{p4_letter_sent():
    No answer comes. {partner_far():From Noor you hear that {he()}’s seeing someone now, and that {he()} says you were “too much”.|Still, every time the letterbox rattles your heart jumps, and it’s always pizza flyers.}
- else:
    Nothing comes back, because nothing went out. The silence sounds exactly the same either way.
}
Summer ends without {him()}. # pause: 4
-> months_later

// Where the child came up, as the letter says it (with its leading space).
=== function p4_child_place(where) ===
{
- where == "beside":
    <> by the water
- where == "bed":
    <> in my bed
- where == "step":
    <> on my stairs
- else:
    <> in the grass by the lake
}

// One sentence that brings back the letter: its tone, how it ended, and whether it went.
// Used by phase 5 and the endings.
=== function letter_recalled() ===
{letter_tone == "bitter":You wrote {him()} a letter with an edge on every line|{letter_tone == "pleading":You wrote {him()} a letter that asked, and asked again|You wrote {him()} the truth, as plainly as you could}}{p4_line_end == "bitter":, ended it by telling {him()} not to write back|{p4_line_end == "pleading":, ended it with a light left on|, ended it by saying you loved {him()} and were stepping out anyway}}{p4_sent == "kept":, and then shut it in a drawer, where it stayed.|{p4_sent == "chased":, posted it and texted after it, and it sank into {his()} silence without a ripple.|, posted it, and it sank into {his()} silence without a ripple.}}
