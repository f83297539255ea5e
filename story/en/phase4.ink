// Phase 4 — The inevitable end after all. Knots: festival, week_later, letter.
// Flags live in ../common/phase4.ink (p4_…).

=== festival ===
# phase: 4
# scene: festival
They start building it three weeks early. Every morning the tram takes you past the field by the lake, and every morning there is more of it: a stage like the ribcage of a whale, a row of white tents, a fence that wasn't there yesterday.
Since the night on {his()} doorstep you have been living by a quiet, stubborn rule. You don't turn up. You don't wait. You don't scroll back through old messages in bed. There is still a room in you that belongs to {him()}, and you can't brick it up, but you keep its door shut and you watch where you put your feet.
The ticket has been on your fridge since January, under a magnet shaped like a pineapple. Noor bought two, back when everything was simple.
And {partner_name} goes every year. {He()} told you once, half asleep, about the sunrise set by the water, about losing {his()} friends at midnight and finding them again at breakfast, grey with dust and happy. {He()} will be there. Forty thousand people, and you would find {him()} in ten minutes. You know that about yourself.

* [Skip it this year. A weekend of not finding {him()} is something you can give yourself. #step: ground #locked: {pull_strong()} #why: A whole weekend of {him()} out there under the lights, without you, is more than you can leave alone.]
    ~ step_ground(1)
    You peel the ticket off the fridge and put it in the drawer with the takeaway menus. It is such a small thing. Your hands are oddly steady while you do it.
    When you tell Noor on the phone, she goes quiet in the particular way that means she is making a plan.
    -> noor
* [Go. It's a big field; you'll keep to your own side of it. #step: pursue]
    ~ step_pursue(1)
    You tell yourself it's for the music, for Noor, for the lake. In daylight you even believe it.
    You do not think about which stage {he()} likes best. You don't have to think about it. You already know.
    -> gates
* [Skip it, and make sure word gets back to {him()} that you had better plans. #step: withdraw]
    ~ step_withdraw(1)
    You mention to two people who know {him()} that you'll be away that weekend. A cottage, some friends; you keep it vague on purpose. There is no cottage.
    Let {him()} look for you in the crowd and not find you. Let {him()} feel the gap, for once.
    -> noor

= noor
# scene: home
On the Saturday, at two in the afternoon, Noor leans on your doorbell until you open. # sfx: knock
She has glitter on her cheekbones and a second wristband dangling from one finger, swinging it like a hypnotist's watch.
“You've been indoors since April,” she says. “Your plants have a better social life than you.”
“{He()}'ll be there.”
“Forty thousand people will be there. You won't even see {him()}. And if you do, you turn around. You're allowed to turn around.” The wristband swings. “Come and stand in a field with me. That's all. A field.”
Something in your chest lifts at you won't even see {him()}, and you don't like how fast.

* [Let her talk you into it. Just the afternoon. Just the field. #step: pursue]
    ~ step_pursue(1)
    “Fine,” you say, and Noor whoops so loudly that the dog downstairs starts up.
    You put on the shirt you know looks good from a distance. You don't ask yourself whose distance.
    -> gates
* [Stay home. You decided this for a reason, and the reason hasn't moved. #step: ground #locked: {pull_strong()} #why: She is holding out the exact thing you've been pretending not to want, with glitter on.]
    ~ step_ground(1)
    “I'm staying,” you say. “Not because I'm sad. Because I know what I'm like.”
    Noor looks at you for a long moment. Then she kisses your forehead, hard, and says, “Then I'm dancing for two,” and clatters off down the stairs.
    -> at_home
* [Stay home, and tell her to post lots of photos. The kind that get passed around. #step: withdraw]
    ~ step_withdraw(1)
    “Go,” you say. “Have the best day. Post everything.” You don't add: so {he()} sees I'm not there. You don't need to. Noor's mouth goes thin.
    “You're doing the thing,” she says.
    “What thing?”
    She doesn't answer. She holds up the spare wristband one last time, then pockets it and goes.
    -> at_home

= gates
# scene: festival
At the station you almost turn back. Noor sees it happen; she takes your wrist without a word and keeps hold of it all the way through the gate, the way you'd hold a child's hand at a crossing.
Then you're in, and it's good. It's actually good. The dust is the colour of digestive biscuits and gets into everything. The bass comes up through the soles of your trainers and settles behind your breastbone. Noor buys you a beer that tastes of plastic cup and sun, and you lie on the grass by the water and laugh at nothing for an hour.
By evening your shoulders have come down from around your ears. For whole minutes at a time you forget to look.
Then, between two songs, the crowd shifts the way water does, and there {he()} is. # sfx: crowd
Twenty metres off. Sunburnt across the nose, a paper cup in {his()} hand, a friend talking into {his()} ear. {He()} isn't listening to the friend. {He()} is looking at you, and from the stillness of {him()}, {he()} has been looking for a while.
Three weeks of good sense leave you all at once, quietly, like air out of a lilo.

* [Go to {him()}. Straight through the crowd, the shortest way. #step: pursue]
    ~ step_pursue(2)
    You don't decide to. You're simply moving: sideways between shoulders, past a flag on a pole, through a cloud of someone's sweet smoke, and the crowd opens in front of you and closes behind you as if it's in on it.
    {He()} puts {his()} cup down on the ground without looking where, and then you are there.
    -> together
* [Stay where you are, with Noor. Let the look be only a look. #step: ground #locked: {pull_strong()} #why: Your feet are already leaning toward {him()}; the rest of you is only catching up.]
    ~ step_ground(1)
    You hold the look for one breath, two. Then you nod, once, the way you'd nod to someone across a train platform, and you turn back to Noor and the stage.
    It costs something. You can feel exactly how much: a tight band around your ribs.
    -> comes_over
* [Turn your back and dance as if you never saw {him()}. #step: withdraw]
    ~ step_withdraw(2)
    You turn so fast that Noor's beer slops over her hand. You dance like someone in a music video about being fine, all elbows and hair, and you don't look back once, which takes every muscle you own.
    Let {him()} watch that.
    -> comes_over

= comes_over
It takes {him()} four songs. You count them.
Then there is a warmth at your back that isn't the sun, and {his()} voice close to your ear, under the music: “So you're just going to pretend you didn't see me?”
{He()} is smiling. {He()} smells of sunscreen and smoke and the inside of {his()} jacket, which you know, which your whole body knows. {He()} crossed the whole field. {He()} came to you.
Noor, very deliberately, finds something fascinating to look at over by the bar.

* [Stay on your own feet. “Hey. I'm here with Noor tonight.” And mean it. #step: ground #locked: {pull_strong()} #why: {He()} crossed a whole field for you, and every part of you wants to make it worth {his()} while.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p4_where = "beside"
    “Hey,” you say. “I'm here with Noor tonight.”
    Something crosses {his()} face: surprise, and underneath it something very like respect. “Okay,” {he()} says. “Can I stand here, then? Just stand?”
    You let {him()} stand. It's a field. It isn't yours to forbid.
    -> beside
* [Lean back into {him()}. Just for a second. Then it isn't a second. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    You meant to say something cool. What you do is lean back a few centimetres, until your shoulder blades find {his()} chest, and {his()} arms come round you as if they had been waiting at exactly the right height.
    -> together

= together
~ p4_where = "crowd"
What follows you will remember in pieces, like a film with the sound cutting in and out.
{His()} hand on the back of your neck. Dancing badly and not caring. {His()} mouth at your ear, saying something you can't hear, and you laughing anyway. The light over the lake going pink, then violet, then gone, and the stage lights taking over, so that {his()} face keeps changing colour while staying the same face.
Nobody here knows you. Nobody from the café, nobody who watched these last months happen. There are no familiar eyes standing in the doorway of this, no eyebrows going up. Among forty thousand people, the two of you are finally alone.
And {he()} is so good at it. That is the unbearable part. {He()} knows exactly where your missing lives, every evening you waited, every message that never came, and {he()} goes to each one and lays a warm hand over it. It feels like a promise: everything you went without will be paid back, with interest, starting now.

* [Ask {him()}, into {his()} collar: “And tomorrow? Will I hear from you tomorrow?” #step: ground #locked: {pull_strong()} #why: One question and the spell breaks, and right now you would rather have the spell than the answer.]
    ~ step_ground(1)
    ~ p4_where = "asked"
    You feel {him()} laugh before you hear it. “Tomorrow too,” {he()} says, and kisses your temple. It is not an answer. You both know it is not an answer, and you let the music cover it.
* [Believe it. Tonight, believing costs nothing. #step: pursue]
    ~ step_pursue(1)
    You let it be true. For once you don't stand guard over your own happiness. You just have it, with both hands, in the dust.
* [Keep one small piece of yourself back, on the shore, where {he()} can't reach it. #step: withdraw]
    ~ step_withdraw(1)
    You give {him()} your mouth and your hands and your laugh, and you hold back the part of you that would cry. You fold it small and put it somewhere high up, out of reach. Out of your own reach too.
-
-> child

= beside
So {he()} stands next to you, not touching. Then {he()} fetches water for you and Noor without being asked. Then, when the sun goes down over the lake, {he()} sits in the grass a careful arm's length away, and somehow the arm's length is sweeter than being held.
Nobody here knows the two of you. Nobody from the café, nobody who watched these last months. Out here, with no familiar eyes on you, it would be so easy to forget why you are keeping your hands in your lap.
{He()} is funny tonight, and gentle, and {he()} listens, really listens, as if every evening you ever spent waiting for {him()} has been written down on a list and {he()} intends to go down it, one by one, and pay each of them back.
-> child

= at_home
# scene: home
The evening is long and light. You clean the oven, which nobody does. You eat crisps for dinner, standing up.
When the wind turns west you can hear it, faintly. Not the music, only the bass: a slow pulse under the city, like a second heart that isn't yours.
At nine Noor sends a video. Sky, lake, a thousand raised arms. You watch it with the sound off and you don't look for anyone in it. You look for someone in it.
At twenty to midnight your phone lights up on the counter. # sfx: sms
where are you. noor's here and you're not. that's all wrong
And then: come. i'll meet you at the gate

* [Answer straight away: “Home. Why?” #step: pursue]
    ~ step_pursue(1)
    You've typed it before you've decided to. Home. Why? Two words, and then you watch three dots appear and disappear for twenty minutes, and then nothing.
    Nothing, until nearly three.
* [Turn the phone face down and go to bed. #step: ground #locked: {pull_strong()} #why: The phone is warm and lit and it says {his()} name, and bed is very far away.]
    ~ step_ground(1)
    You turn it over. Light leaks round its edges for a while, then gives up. You brush your teeth slowly, on purpose, and lie down in the dark with your heart going like someone running up stairs.
    You even sleep. Until nearly three.
* [Send one word back: “Busy.” #step: withdraw]
    ~ step_withdraw(1)
    Busy. You send it and put the phone in the cutlery drawer, which is mad, and then you stand in your kitchen being busy with nothing at all.
    At nearly three you find out what one cold word does to {him()}.
-
The doorbell. Then knocking: soft, then less soft. # sfx: knock
Through the spyhole: {partner_name}, wristband still on, dust to the knees, yellow in the stairwell light, holding a paper cone of chips like an offering. {He()} came all the way across the city. {He()} came to you.
“I know it's late,” {he()} tells the door. “I just wanted to see you. That's all. Can I come in?”

* [Open the door, but step out onto the landing and pull it to behind you. You can talk out here. #step: ground #locked: {pull_strong()} #why: {He()} is standing there at three in the morning holding chips for you, and a door is only a door.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p4_where = "step"
    You open up, step out in your socks and pull the door to behind you until the latch clicks against your back. The landing smells of somebody's dinner from hours ago.
    {He()} looks at the closed door, then at you, and understands. {He()} doesn't push. {He()} sits down on the top step instead and pats the concrete beside {him()}, and after a moment you sit too.
    {He()} talks quietly, so as not to wake the building: the dust, a dog that got up on stage, how {he()} kept turning round all day looking for your face in the crowd. Then {his()} hand finds yours on the cold concrete, and it is as if {he()} has carried every evening you spent waiting up the stairs with {him()}, to pay them back one by one, here, on this step.
    -> child
* [Let {him()} in. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p4_where = "bed"
    You open the door and {he()} comes in with the night still on {him()}, cold air and smoke and bass, and the chips go cold on the counter because neither of you remembers them.
    In your bed {he()} is everything {he()} is at {his()} best, which is to say everything. {He()} holds you as if {he()} has missed you for exactly as long as you have missed {him()}, and in the grey before morning it feels like a debt being settled: every empty night handed back to you, warm.
    -> child

= child
{
- p4_where == "bed":
    Later, with the window going grey, {he()} says it into your hair.
- p4_where == "step":
    The stairwell light clicks off. Neither of you gets up to press it again. In the dark {he()} says it to the step below.
- p4_where == "beside":
    Later, by the water, with Noor asleep on somebody's jacket a few metres off, {he()} says it to the lake.
- p4_where == "asked":
    Later, lying in the trampled grass with the stage lights flickering on the undersides of the trees, you realise {he()} is answering a different question. You asked about tomorrow. {He()} answers about years.
- else:
    Later, lying in the trampled grass with the stage lights flickering on the undersides of the trees, {he()} says it to the sky.
}
“I want a kid, you know. One day.” A pause. “I've never said that to anyone. But I can see it. With you. Isn't that strange? It doesn't even scare me.”
It goes into you like a key into the lock it was cut for. Because this is your wish, the hidden one, the one you have never even told Noor, the one you keep under everything else like a letter under a floorboard. And {he()} has walked straight to it in the dark.
At the very same moment something in you goes white and cold. A child. From the one who can't manage a text on a Tuesday. From the one who, the moment this night is over, will be somewhere you can't reach.
You melt and you are furious, and there isn't room in one body for both. Your throat closes around whatever you were about to say. # body: throat

* [Say it: how can {he()} talk about a child, when tomorrow {he()}'ll be gone again? #step: ground #locked: {pull_strong()} #why: The words are right there, and saying them would break the only warm thing you have.]
    ~ step_ground(2)
    ~ p4_child = "said"
    You hear your own voice, steady and a little too loud.
    “You're talking about a child. With me. And tomorrow you'll be gone, and I won't hear a thing from you for a week, maybe longer, and we both know it. So how do you say that to me? How do you hand me that and then walk off?”
* [Swallow it. Keep the warm thing warm a little longer. #step: pursue]
    ~ step_pursue(2)
    ~ p4_child = "swallowed"
    You swallow the fury whole. It goes down like a stone. What comes up instead is a small, damp “Me too,” and you feel {him()} smile.
    {He()} talks on for a while: names {he()} likes, a house with a garden. You say yes, and yes, and mm. The stone sits in your stomach. It is the tenderest you have ever been with anyone, and it is also a lie, and you know it.
    And somewhere in the middle of a sentence about the garden, {he()} hears it anyway. In how quickly you said yes, maybe. {His()} voice thins out. {He()} stops talking.
* [Go cold. Say something light and sharp and let {him()} feel the edge. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_child = "cold"
    “A kid,” you say, and laugh, a short ugly laugh you don't recognise as yours. “You can't keep a houseplant alive.”
    It lands. You feel it land. For one second you are glad, fiercely glad, and then the gladness drains out through the soles of your feet.
-
Then nothing.
Not an argument. Not a slammed door. A silence so complete that you can hear {p4_at_festival():the generators humming behind the stage|{p4_where == "step":the building ticking around you|the fridge humming in the kitchen}}, and your own pulse, and {him()} breathing carefully, like someone trying not to be found.
{He()} is still right here. Close enough to touch. And {he()} is gone: you watch it happen. {He()} goes somewhere behind {his()} own eyes, a room at the back with no windows, and locks it from the inside.
{
- p4_where == "bed":
    At seven {he()} gets up, says something about a friend with a car, and kisses your shoulder as if initialling a form. The door clicks shut. The chips are still on the counter, grey and stiff.
- p4_where == "step":
    After a while {he()} says “Right,” to nobody, gets up and goes down the stairs. You listen to {his()} footsteps all the way to the bottom. The street door bangs. You sit on in the dark, on the cold step, in your socks.
- else:
    Around two {he()} says {he()} should find {his()} friends. {He()} kisses your forehead, quickly, as if signing for a parcel, and walks into the crowd, and the crowd closes behind {him()} as if {he()} had never been there at all.
}
~ disappointment()
Somewhere inside you, the part that keeps count picks up its pencil. {disappointments == 2:Two.|One more.} It doesn't say anything else. It doesn't need to.
-> week_later

=== week_later ===
# scene: bar
Seven days. Not a message, not a like, not one of those late-night photos of a sky {he()} thought you'd want to see. You knew it would go like this. You could have written it down in advance and sealed it in an envelope. Knowing doesn't help. Knowing has never once helped.
{
- p4_child == "said":
    Some nights you replay what you said, and it was true, and you would say it again, and still you lie awake wondering whether the truth is what drove {him()} off. Then you remember: {he()} was going anyway. You only said it out loud first.
- p4_child == "swallowed":
    You keep hearing your own small “me too”, and how {his()} voice went thin after it. You gave {him()} exactly what {he()} asked for, and {he()} went anyway. So it was never about what you said.
- else:
    The houseplant line plays in your head on a loop. Some nights you're proud of it. Most nights it sits in your chest like a swallowed fishbone.
}
On Friday it's Noor's birthday, and Noor's birthday is not optional. The back room of the bar by the canal: fairy lights nobody took down after Christmas, a dartboard with no darts, a cake with an unspecified number of candles because Noor refuses to be specific.
Noor knows {him()} too. Of course {he()} might come. You tell yourself so on the tram, and then you tell yourself you're fine with it, and then you step inside.
Half a step through the door, before your eyes have found anything at all, your stomach knows. It folds itself up small and hard, the way it does on the top board of a diving tower when you've already told everyone you'll jump. Only then do your eyes catch up: {he()} is at the far end, by the dartboard, holding a beer {he()} isn't drinking. # body: stomach

* [Listen to it. Keep your coat on a while, stay near the door, and know that you're allowed to leave. #step: ground #locked: {pull_strong()} #why: Your stomach says go and your feet say closer, and tonight your feet are in charge.]
    ~ step_ground(1)
    You stay by the coat hooks with your coat on, like someone waiting for a bus that may or may not come. It's such a small thing, knowing where the door is. It helps more than it should.
    Noor spots you and comes over with cake on a napkin. She sees the coat and doesn't say anything about it, which is one of the reasons she's Noor.
* [Overrule it. Go over and say hello, warm and easy, as if last week never happened. #step: pursue]
    ~ step_pursue(2)
    You cross the room wearing a smile you put on in the tram, like a good coat. “Hey, you.”
    {He()} says hey back. {His()} eyes settle on a point just above your left ear and stay there, and after a minute you find you are talking about the weather, to someone who has seen you naked.
* [Answer it with ice. Walk past {him()} to the bar as if {he()} were a coat stand. #step: withdraw]
    ~ step_withdraw(2)
    You walk past close enough to smell {his()} shampoo, and you study the drinks menu as though it's the most gripping thing you have ever read. You wait to feel {his()} eyes on your back.
    You don't feel them.
-
It goes the way weather goes, so gradually you can't say when it started. At ten {he()} nods to you across the room. At eleven {he()} laughs at something while looking the other way. At half past, when you pass {him()} on your way to the toilets, {he()} turns a shoulder so smoothly it could almost be an accident. It isn't. Your stomach knew an hour ago.
And there is someone new in the room: an acquaintance of an acquaintance of Noor's, in a denim jacket, with bleached hair and a laugh that carries all the way to the back. {partner_name} finds them the way a compass needle finds north. Everything {he()} had for you a week ago, the listening, the warm hand laid over every missing thing, is turned up full and pointed somewhere else.

* [Go over. Put a hand on {his()} arm, so {he()} remembers you're there. #step: pursue]
    ~ step_pursue(2)
    ~ p4_bar = "chased"
    You touch {his()} arm. {He()} looks down at your hand as if it's a leaflet someone has pushed at {him()} in the street. “Hey,” {he()} says. “You all right?” And {his()} arm moves, not sharply, only away, and your hand is holding air.
* [Catch {him()} alone at the bar and ask straight out: “What's going on with you tonight?” #step: ground #locked: {pull_strong()} #why: Asking means hearing the answer, and you already know you can't afford the answer.]
    ~ step_ground(2)
    ~ p4_bar = "asked"
    You wait until {he()} is alone at the bar and go and stand beside {him()}. “What's going on with you tonight?”
    “Nothing.” {He()} says it to the beer taps. “I'm just tired.” Then {he()} picks up two drinks, one of which is not for you, and goes back.
    It isn't nothing. But you asked, out loud, and you heard the answer with your own ears, and no one can ever tell you afterwards that you imagined it.
* [Laugh louder at Noor's jokes. Let {him()} see you don't need {him()} for anything. #step: withdraw]
    ~ step_withdraw(1)
    ~ p4_bar = "ice"
    You laugh at everything Noor says, including the things that weren't jokes. You throw your head back. You lay a hand on the arm of Noor's cousin. It is a whole performance, and the one person it's for never once looks up, and that is worse than anything {he()} could have said.
-
{veil_infidelity:
    At some point you go to the toilets and stand there a while, looking at your face in the mirror as if it belongs to someone you used to know. When you come back, {his()} jacket is gone from the hook. So is the denim one. Noor takes the glass out of your hand without a word, and that is how you know.
- else:
    At a quarter to one {he()} holds the denim jacket open while its owner finds the sleeves. It is a small gesture, almost old-fashioned, and you know it, because {he()} used to do it for you. {His()} hand rests for a moment on the small of a back that isn't yours. They go out together. At the door {he()} doesn't look round.
}
Not a word to you. Not goodbye, not a nod. Nothing.
Noor walks you to the tram stop. She doesn't say I told you so; she never did tell you so. She just holds on to your elbow as if the pavement might tip.
~ disappointment()
{door_can_close():
    Three. You made the rule yourself, on the edge of the bath, the night {his()} door only opened a crack. You said you would count, and you have. Three isn't luck. And what happens three times doesn't stop at three: it comes round a tenth time, and a twentieth, for as long as you keep standing in rooms waiting to be chosen.
- else:
    You stopped keeping exact count a while ago. It doesn't matter. You know a pattern when you see one standing in a bar with its coat on: whatever happens this often will go on happening, ten times, twenty, for as long as you keep standing in rooms waiting to be chosen.
}
Something in you, very quietly, refuses.
This door has to close. And here is the new part, the part that surprises you: you want {him()} to know it. Not to sink away into silence the way {he()} does. To close it from your side, with your own hand on the handle.

* [Close it, and tell {him()} so, in your own words. #step: ground #locked: {pull_strong()} #why: Closed for good means no next time, and part of you is still living on next time.]
    ~ step_ground(2)
    ~ p4_close = "tell"
    On the tram home you say it once, under your breath, to the dark window: it's over. Your reflection doesn't argue.
* [Not yet. First you need to understand why. You'll ask {him()}, one last time. #step: pursue]
    ~ step_pursue(1)
    ~ p4_close = "ask"
    There has to be a reason. People don't do this for no reason. If you could only understand it, you could put it down. You start wording the question on the tram, and you don't stop for three days.
* [Close it without a sound. {He()} gets no explanation; {he()} never gave you one. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_close = "silent"
    You delete {his()} number before the tram has reached the next stop. Then you realise you know it by heart, which turns the deleting into a kind of theatre. You do it anyway. Let {him()} find out the way you always have to: from the silence.
-
-> letter

=== letter ===
# scene: desk
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
You never get to really talk to {him()}. There is always music, or other people, or a phone that rings out, or a door {he()} only opens halfway. Every real thing you have ever wanted to say to {him()} has had to be shouted over something.
So you do the old-fashioned thing. On Sunday night you clear the little desk under the window, take out the good paper you were saving for an occasion you could never name, and uncap a pen. # sfx: pen
Not a message. A message can be half read on a lock screen and swiped away with one thumb. A letter has to be opened. A letter has weight; it lies on the doormat and waits.
{
- close == "tell":
    You know what it has to say. You just don't know yet how it will sound in your own handwriting.
- close == "ask":
    You tell yourself it's a question, a letter that asks why. The pen seems to have opinions of its own.
- else:
    You weren't going to explain yourself, and you aren't. It just has to get out of your body and onto something flat, where it can't keep you awake. Whether it ever leaves this room is another matter.
}
At the top of the page you write {his()} name and a comma. The comma takes ten minutes.

* [Begin plainly: you're writing because the two of you never really get to talk. #step: ground]
    ~ step_ground(1)
    ~ line_open = "honest"
    You write it fast, before you can make it prettier. It looks very bare on the page, like a room with the furniture carried out. You leave it bare.
* [Begin with the sting: a message {he()} can leave unread, a letter {he()} has to open. #step: withdraw]
    ~ step_withdraw(1)
    ~ line_open = "bitter"
    It comes out smooth and sharp, like something you've been whetting for weeks, which you have. There's a small hot pleasure in it. The pleasure doesn't last to the end of the line.
* [Begin by asking {him()}, please, to read to the end. #step: pursue]
    ~ step_pursue(1)
    ~ line_open = "pleading"
    Please. You look at the word for a long time. It's the word you have been saying all year without saying it. Now it's in ink, and ink doesn't take things back.
-
Then the hard part: the child. Your pen hangs over the paper so long that a drop of ink gathers at the nib and falls, a small dark moon in the margin.

* [Tell {him()} the truth about the child: you wanted it so much it frightened you, and you knew {he()}'d be gone by morning. #step: ground #locked: {pull_strong()} #why: Writing down what you want makes it real, and real things can be refused.]
    ~ step_ground(2)
    ~ line_child = "honest"
    {
    - child == "said":
        You said it once already, out loud, in the dark. The second time is easier, and also harder: now it is simply true, and there's nobody to interrupt.
    - child == "swallowed":
        You didn't say it when it mattered. Saying it now, to paper, your hand shakes so much that the letters go crooked. You leave them crooked.
    - else:
        It is the opposite of the houseplant line, the one you actually said. It's what was underneath it. Writing it feels like taking off armour in a cold room.
    }
* [Tell {him()} what the child talk really was: a song {he()} loved for one night. #step: withdraw]
    ~ step_withdraw(1)
    ~ line_child = "bitter"
    The sentence is good. It may be the best sentence you have ever written. You read it back and your eyes sting, and you tell yourself that's triumph.
* [Ask {him()} if {he()} meant it. Because you would have. You still would. #step: pursue]
    ~ step_pursue(2)
    ~ line_child = "pleading"
    You write I still would and underline still, twice, so hard the pen dents the sheet underneath. Then you sit for a long time with your hand over your mouth.
-
Then Noor's birthday. {veil_infidelity:The empty hook by the door. Noor taking the glass out of your hand.|The denim jacket held open. A hand on the small of a back.}

* [Tell {him()} what happened on Saturday, and what you finally understood. #step: ground]
    ~ step_ground(1)
    ~ line_night = "honest"
    It's strange: the plainest sentence in the letter is the one that costs the most. You write it slowly, like someone crossing ice who has decided not to run.
* [{veil_infidelity:Write that you hope it was worth it, whoever it was.|Write that you hope the denim jacket was worth it.} #step: withdraw]
    ~ step_withdraw(2)
    ~ line_night = "bitter"
    Your handwriting grows and leans forward, as if it's walking into a wind. You press so hard the letters shine.
* [Tell {him()} Saturday doesn't need explaining. You only want to know if anything is left. #step: pursue]
    ~ step_pursue(2)
    ~ line_night = "pleading"
    You write that you're not angry, and as you write it you feel your anger leave the room. Not gone: only waiting out in the hall, the way it always does when you need someone more than you need to be right.
-
And then the ending. How do you end a letter to someone who never really let it begin?

* [End it with love and a full stop: you are stepping out. #step: ground #locked: {walls_up()} #why: To write that you loved {him()}, you would have to open a door you've spent all week bricking up.]
    ~ step_ground(2)
    ~ p4_line_end = "honest"
    Your hand is steady. Only afterwards do you notice you're crying a little, tidily, without fuss, the way rain sometimes falls while the sun is out.
* [End it so {he()} can't have the last word: {he()} needn't bother writing back. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_line_end = "bitter"
    There. Now {his()} silence will be your idea. It is a strange kind of victory, the kind you can't tell anyone about, because out loud it sounds like losing.
* [Leave the door ajar: if any of it was real, {he()} knows where you live. #step: pursue]
    ~ step_pursue(2)
    ~ p4_line_end = "pleading"
    {close == "tell":You meant to close the door. Reading it back, you see you've left a gap.|You leave a gap. Of course you do.}
-
~ p4_settle_tone(line_open, line_child, line_night)
You read it through once, start to finish, the way {he()} will read it. If {he()} reads it.
{partner_name}, # letter: line
{line_open:
- "honest":
    I'm writing this down because we never really get to talk. There's always music, or other people, or a phone you don't pick up. I want you to hear this once, from me, with nothing playing over it. # letter: line
- "bitter":
    I'm putting this on paper because a message you can leave unread, like all the others. A letter, at least, you have to open. # letter: line
- else:
    Please read this to the end. I've started it more times than I want to admit, and every version began with please. # letter: line
}
{line_child:
- "honest":
    {child == "swallowed":I didn't say it when you said it, so I'm saying it now. }When you talked about a child{p4_child_place(where)}, something in me said yes before I could stop it. That's how much I want one. And in the same second I knew you'd be gone by morning, and you were. # letter: line
- "bitter":
    You talked about a child the way you talk about a song you like: with your whole heart, for one night. By morning you'd skipped to the next track. # letter: line
- else:
    Did you mean it, about the child? Because I would have. I still would. I'd only need to know you'd still be there on an ordinary Tuesday. # letter: line
}
{line_night:
- "honest":
    {veil_infidelity:On Saturday you left Noor's party without a word to me, and not alone|On Saturday I watched you leave with someone else without a word to me}{bar == "asked":, an hour after you told me it was nothing}, and I finally understood that I'm the only one of us still dancing. # letter: line
- "bitter":
    {veil_infidelity:I hope Saturday was worth it, whoever it was. I hope they got the good version of you, the one that lasts a night.|I hope the denim jacket was worth it. I hope you held the sleeves open the way you used to for me.} # letter: line
- else:
    I don't need you to explain Saturday. I'm not even angry. I only need to know if there's anything left, anything at all. I can make do with very little. I always have. # letter: line
}
{p4_line_end:
- "honest":
    So I'm stepping out of this. Not because I've stopped loving you; I haven't. Because I want to love someone who stays in the room, and I want to be someone who stays with myself. # letter: line
- "bitter":
    Don't write back. You wouldn't anyway, but this way it's my idea. # letter: line
- else:
    If any of it was real, you know where I live. I'll leave the light on for a while. # letter: line
}
{letter_tone:
- "honest":
    Take care of yourself. # letter: line
- "bitter":
    That's all. # letter: line
- else:
    Still yours, if you want that. # letter: line
}
You fold it in three. On the envelope your hand writes {his()} address without consulting you, the way your thumb used to find {his()} number.

* [Post it, and then let it go out of your hands for real. #step: ground #locked: {pull_strong()} #why: Posting it means living on afterwards without a letterbox to stand guard over, and you don't know how to do that yet.]
    ~ step_ground(2)
    ~ p4_sent = "sent"
    The postbox on the corner takes it with a small metal swallow. You stand there a moment with your hand still raised, like someone who has just let go of a bird. Then you go home, cook something with garlic in it, and eat it sitting down.
* [Post it, and text {him()} so {he()} knows it's coming. #step: pursue]
    ~ step_pursue(2)
    ~ p4_sent = "chased"
    The postbox takes it. Halfway home your thumbs have already written it: sent you something. in the post. will you read it? Delivered. You check at the traffic lights, at your front door, and three times in bed, with the brightness turned right down as if that makes it count for less.
* [Put it in the drawer. {He()} doesn't get this as well. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_sent = "kept"
    You slide it into the drawer under the takeaway menus. Some things you write for yourself, you tell yourself. This is one of them. The drawer sticks on the way shut, and you have to lean on it.
-
{p4_letter_sent():
    No answer comes. Not that week, not the next. You knew it wouldn't; you'd have bet money on it. And still, every time the letterbox rattles, your heart gets up before you do, and it is always the pizza flyers.
- else:
    Nothing comes back, because nothing went out. Some nights you take it out and read it as if a stranger wrote it. It never changes. Neither does the silence, which, it turns out, sounds exactly the same whether you send a letter into it or not.
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
