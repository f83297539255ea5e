// Phase 1 of the withdrawer's route — Bas's party. The fear is simply not there: the hunt, the
// thrill, the relief of someone at last for everything you kept locked up. You mean every
// word. The partner answers by the law: chase and {he()} is one room further on; let go and
// {he()} is beside you. See ../README.md.

=== w_party ===
# phase: 1
# scene: party # partner: away
Bas opens the door in an apron, a ladle in his fist. “You’re late,” he says, “and you smell of bicycles.”
{dances_before > 0:
    {last_ending:
    - "cycle": It’s someone else this time, another face in another kitchen. Your body knows the first steps all the same.
    - "role-switch": Last time you swapped chairs halfway through the dance. Tonight you start again from the top.
    - "closed-heart": Last time a door shut, and then it went quiet. Tonight that door is ajar again, just like that.
    - "step-out": Last time you stood still long enough to be seen. It changes nothing about this beginning: the fizz is just as strong.
    - else: You’ve been here before. Not this flat, not these people: this beginning.
    }
}
The flat is packed. Coats on the bed, bottles in the bath, a bassline coming up through the floorboards. You’ve seen little this month but your desk and your own ceiling, and all at once you’re awake.
Bas hands you a glass. “There’s someone here you haven’t met.” He says it the way he says everything: in passing.
“There are forty people here I haven’t met.”
“Only one who counts.” He nods at the kitchen. {partner_name} is there, back against the counter, laughing at something nobody else found funny.
* [Walk straight into the kitchen #step: pursue]
    ~ step_pursue(1)
    You have no plan; your legs just go. Halfway down the hall it occurs to you that you need an excuse, ice, a bottle opener, anything. You pick up a bowl of crisps that is already full.
* [Tell Bas you didn’t come to be set up #step: withdraw]
    ~ step_withdraw(1)
    “I came for you,” you say. “And the soup.” Bas stirs and says nothing. You stand with your back to the kitchen on purpose. You can still feel it there, a warmth on the back of your neck.
* [Ask Bas what he means by “counts” #step: ground]
    ~ step_ground(1)
    “Counts to whom?” Bas shrugs. “You’ve been looking that way since you walked in. I’m only saying out loud what you’re thinking.” You laugh, and find he’s right.
- {you_chased():By the time you reach the kitchen, {partner_name} has gone out to the balcony with someone offering {him()} a cigarette.|{partner_name} looks up, over everyone’s heads, and keeps looking.} # partner: here
-> w1_looks

= w1_looks
{partner_close():There’s a stain on {his()} sleeve and {his()} laugh is too loud for the room. You find both wonderful.|Mostly you see the back of {his()} head, and the way {he()} talks with {his()} hands. It’s enough to keep you watching.}
The strange thing is that nothing in you brakes. No small voice saying careful. Just this, the chase, the hum in your fingertips.
* [Make sure you’re near {him()} when the song changes #step: pursue]
    ~ step_pursue(2)
    You edge over: past a plant, a chair, a man with a camera. When the song changes you’re there. But someone has just pulled {him()} off to dance, and you’re standing next to an empty chair holding two glasses.
* [Pretend you haven’t seen {him()} and talk to the man with the camera #step: withdraw]
    ~ step_withdraw(1)
    ~ w1_joost = true
    The man with the camera is called Joost and photographs only door handles. You let him tell you everything. Ten minutes later {partner_name} is at your elbow, asking Joost whether {he()} can be in a picture too, with you.
* [Just look, and let {him()} see you looking #step: ground #locked: {walls_up()} #why: Your eyes have already found somewhere safer to rest, over by the bookcase.]
    ~ step_ground(1)
    You look, and you let it show. {He()} notices, raises an eyebrow, lifts {his()} glass an inch. You lift yours back.
- -> w1_talk

= w1_talk
{you_chased():It’s past midnight before you catch {him()}, in the queue for the loo.|Just after midnight {he()} ends up beside you in the queue for the loo, though neither of you arranged it.}
“I’m {partner_name},” {he()} says. “Bas has talked about you all evening. I was starting to think he’d made you up.”
“What did he say?”
{w1_joost:“That you’re good at listening and bad at staying. I’d already seen the listening. The man with the door handles.”|“That you’re good at listening and bad at staying.”} {He()} says it lightly. It stings for a second, then it’s gone.
You talk. About Bas, who once ate nothing but green things for a year. About {his()} job, something with children and swimming lessons. About the town you grew up in and never go back to. {He()} asks questions and actually waits for the answers.
Something opens in your chest that has been shut a long time. Everything you’ve kept to yourself these last years wants out at once, and here is someone who wants to have it.
* [Tell {him()} what you’ve never told anyone #step: pursue]
    ~ step_pursue(2)
    You tell {him()} about your father and the empty chair at the table. You hear yourself talking and can’t stop. {partner_name} listens, and at the end puts a hand on your arm, then quickly takes it back.
* [Make a joke of yourself and ask about {his()} swimmers #step: withdraw]
    ~ step_withdraw(1)
    “I’m very boring, honestly,” you say. “Tell me about the ones who won’t let go.” {He()} does, and acts out a small boy clinging to the side of the pool. You laugh so hard the whole queue turns round.
* [Say you’re not used to this, someone asking like that #step: ground #locked: {walls_up()} #why: The sentence is ready, but your tongue has already moved on to the next joke.]
    ~ step_ground(1)
    “I’m not used to this,” you say. “Someone asking like that.” {He()} nods and doesn’t make anything of it. “Then I’ll keep asking. Tell me when it’s too much.”
- The toilet door opens. Neither of you goes in.
-> w1_picture

= w1_picture
{partner_close():On the stairs up to the roof {he()} says, “I like you. You’re allowed to know that.” Just like that. No game.|On the stairs up to the roof {he()} half turns and checks whether you’re still behind {him()}.}
Up top it’s cold and you can see the whole neighbourhood, every window with a light behind it. The picture is already there in your head: the two of you on a Sunday, a market, {his()} hand in your coat pocket. It all fits. {He()} is exactly who you were looking for. You really think so, and it isn’t a lie.
{pattern_so_far():
- "pursue": You’ve followed {him()} all evening and you’re not tired of it. You never are, at the start.
- "withdraw": You’ve spent the whole evening pretending you couldn’t care less, and still here you are. The little distance brought {him()} to you.
- else: You don’t quite know how you got up here. It happened by itself, and that is new.
}
* [Tell {him()} {he()}’s beautiful, and mean all of it #step: pursue]
    ~ step_pursue(2)
    “You’re beautiful,” you say. “I thought so in the kitchen.” {He()} laughs, shy, and looks at the rooftops. “Steady,” {he()} says softly, but {his()} shoulder stays against yours.
* [Look at the windows and say nothing #step: withdraw]
    ~ step_withdraw(1)
    You say nothing. Silence is the better card. {partner_name} shifts until {his()} arm lies against yours. “You’re good at that,” {he()} says. “Not talking.”
* [Say you like this, and that you don’t know {him()} yet #step: ground]
    ~ step_ground(1)
    “I like this,” you say. “And I’ve known you an hour.” {He()} nods. “Both true.” The picture in your head doesn’t shrink, but it goes quieter.
- -> w1_kitchen

= w1_kitchen
Downstairs in the kitchen Bas is scraping out the pan. He doesn’t look up when you come in.
{partner_close():“{partner_name} just asked if you’re seeing anyone,” he says. “I said: never for long.”|“{partner_name} was looking for you just now,” he says. “Or the bottle opener. I couldn’t quite tell.”}
“Why would you say that?”
{pattern_so_far():
- "pursue": “Because it’s true. I watched you run after {him()} all night. That’s how it starts with you.”
- "withdraw": “Because it’s true. You played it cool all night and {he()} kept coming closer. That’s how it starts with you too.”
- else: “Because it’s true.”
} He hands you a spoonful of soup. “I like {him()}. Don’t do what you always do.”
You don’t know what he means. All you feel is appetite, for everything.
* [Tell him it’s different this time, really #step: pursue]
    ~ step_pursue(1)
    “It’s different this time,” you say. Bas nods and keeps scraping. “It always is,” he says, without any edge.
* [Tell him not to be so heavy, it’s a party #step: withdraw]
    ~ step_withdraw(1)
    “Don’t be so heavy,” you say. “It’s a party.” Bas raises both hands. “Suit yourself.”
* [Ask what it is you always do #step: ground]
    ~ step_ground(1)
    ~ w1_bas = true
    “What is it I always do?” Bas thinks about it. “Give everything for a month, and then nothing.” Tonight it slides right off you. But you keep it.
- -> w1_night

= w1_night
At three Bas turns the music down and the windows open. Someone is asleep on the sofa with a plate on their lap.
{partner_close():“Coming?” {partner_name} asks downstairs, by the bikes. “I live ten minutes away.”|Downstairs by the bikes {partner_name} is fiddling with {his()} lock and doesn’t look up. You can’t tell whether {he()}’s waiting.}
* [Go with {him()}, all of it in one night #step: pursue]
    ~ step_pursue(2)
    ~ w1_ride = "went"
    You ride beside {him()} through empty streets, too close, your handlebars touching. At {his()} door you kiss {him()} first. That night you say things you’ve never said, and you mean every one.
* [Kiss {him()} and cycle home alone #step: withdraw]
    ~ step_withdraw(1)
    ~ w1_ride = "kissed"
    You kiss {him()}, briefly, and ride off before {he()} can say anything. On the bridge you look back. {He()}’s still there under the streetlight, one hand half raised.
* [Ask if you can see {him()} tomorrow, in daylight #step: ground #locked: {pull_strong()} #why: The chase is still in your legs; standing still beside a bike feels like losing.]
    ~ step_ground(1)
    ~ w1_ride = "daylight"
    “I want to see you tomorrow,” you say. “In daylight. With coffee.” {He()} laughs, puts {his()} number in your phone and kisses you once, slowly.
- {w1_ride:
- "went": Towards morning you lie in a strange bed staring at a strange ceiling, {his()} arm heavy across your stomach. No unease, no tightness in the chest. Only that hum, and a name.
- "kissed": At home you lie awake a long time with your coat still on. No unease, no tightness in the chest. Only that hum, a name, and a hand half raised under a streetlight.
- else: At home you lie awake a long time, phone on your chest, {his()} number at the top. No unease, no tightness in the chest. Only that hum, a name, and tomorrow.
}
It’s the beginning. This is how the beginning always feels. # pause: 1
-> w_morning
