// Phase 2 of the withdrawer's route — the first expectation. An eager text, a plan for
// Saturday, and for the first time the panic: the mind in circles, the word, the mixed
// signals, and the night {partner_name} slips away and you call. See ../README.md.

=== w_morning ===
# phase: 2
# scene: home # partner: away
{w1_ride:
- "went": Three weeks on. You’ve spent more nights at {his()} place than at yours, and last night was the first in your own bed. Your phone wakes you before the alarm does.
- "kissed": Three weeks on. Since the bridge you’ve been texting {him()} back a little later than you want to, and every time {he()} comes a step closer. This morning your phone wakes you before the alarm does.
- else: Three weeks and a great deal of coffee later. Your phone wakes you before the alarm does.
}
{partner_far():One message, sent late: “Sleep well. Or don’t. Saturday?”|Four messages. A photo of {his()} breakfast. A heart. “On Saturday I want to take you to my sister’s, she’s dying to meet you.” And: “I’ve already ordered a cake 🙈”}
You read it once and lay the phone face down on the duvet.
Nothing is wrong. A sister, a cake, a Saturday. And still something clenches under your ribs, so fast you first mistake it for hunger. # body: breath
You sit on the edge of the bed. Do you want this? What is this, even? Do you love {him()}, or the way it felt on that roof? How does anyone know? Your mind goes round in circles and gets nowhere.
* [Send something sweet straight back, and it’ll pass #step: pursue]
    ~ step_pursue(1)
    “That’s so lovely. Can’t wait to see you,” you type, and a heart. It feels good for a moment. Then you watch {him()} typing, and typing, and you leave the phone in the kitchen.
* [Leave the message until tonight #step: withdraw]
    ~ step_withdraw(1)
    You shower, you cycle to work, you pretend you haven’t seen it. All day it sits in your coat pocket, heavy. At seven you send: “Mad day! Not sure about Saturday yet.”
* [Write down what you feel before you answer #step: ground]
    ~ step_ground(1)
    On the back of an envelope: happy. Short of breath. Why short of breath? You don’t know, but now it’s written there, and your breathing drops a little. Then you send: “Saturday’s fast for me. Could we do coffee first, just the two of us?”
- {you_chased():“Really?? Yes!!” comes back within a minute.|{partner_far():Nothing comes back. Nothing for an hour. You check more often than you’d like.|“OK,” comes back. And then: “I really like you, you know.”}}
-> w2_circles

= w2_circles
Later that day, at Bas’s, on the step outside his door. He peels a satsuma and gives you half.
“You look like someone who’s bought a house without viewing it,” he says.
“It’s nothing. It’s going well.”
{w1_bas:“What did I tell you, in my kitchen? Everything for a month. This is week three.”|“You always say that round about week three.”}
{partner_close():Your phone buzzes in your pocket. You let it buzz.|Your phone stays quiet in your pocket. You check it twice anyway.}
* [Say {partner_name} is wonderful and Bas should mind his own business #step: pursue]
    ~ step_pursue(1)
    “{He()}’s wonderful,” you say, too loudly. “I’m meeting {his()} sister on Saturday.” Bas nods slowly. “Good,” he says. “Really.” You don’t know why that one word makes you so angry.
* [Say it might all be going a bit fast #step: withdraw]
    ~ step_withdraw(1)
    “It’s fast,” you say. “Too fast, maybe. I do have a life.” Bas says nothing. You can hear how it sounds: a door left ajar, from the inside.
* [Ask Bas what it is he always sees in week three #step: ground #locked: {walls_up()} #why: You don’t want the answer; your hands are already busy with the peel.]
    ~ step_ground(1)
    “What do you see, then?” Bas looks at the satsuma. “That you pull someone right in close, and then get a fright at how close.” Silence. “Just saying,” he says. You don’t tell him he’s wrong.
- -> w_the_word

=== w_the_word ===
# scene: bar
The pub on the corner, Friday night. {partner_name} has fetched two beers and sits with {his()} knees against yours.
{partner_close():{He()} talks about {his()} week, and {his()} sister, and a weekend by the sea in spring. Every sentence has a “we” in it.|{He()}’s quieter than usual, turning {his()} beer mat round and round and round.}
Then {he()} puts the mat down. “Can I ask something? What is this, between us? I’d just like to know.”
Your heart speeds up, and not in the good way. The walls of the pub are suddenly nearer than they were. # body: heart
* [Say the word: “Us. This is us” #step: pursue]
    ~ step_pursue(2)
    ~ w2_word = "word"
    “Us,” you say. “This is us.” {partner_name} lights up, takes your face in both hands and kisses you in the middle of the pub. You laugh along. Under the table your legs won’t keep still.
* [Laugh it off: “Let’s see, eh? Isn’t it nice like this?” #step: withdraw]
    ~ step_withdraw(2)
    ~ w2_word = "vague"
    “Let’s see,” you say. “Isn’t it nice like this?” {He()} nods, too quickly. “Yeah. Course.” The beer mat starts going round again.
* [Say you love this, and that the question frightens you #step: ground #locked: {walls_up()} #why: The walls are too close; there’s no room left between them for an honest sentence.]
    ~ step_ground(1)
    ~ w2_word = "fear"
    “I love being with you,” you say. “And that question frightens me. I don’t know why.” {partner_name} looks at you for a long time. “Thank you for saying so,” {he()} says. “I can wait. A bit.”
- -> w2_after_word

= w2_after_word
{
- w2_word == "word": On the way home {he()} holds your hand the whole way. At every traffic light {he()} gives it a squeeze. By the third light you’re counting how many are left.
- w2_word == "vague": On the way home {he()} walks half a step ahead. You don’t like it. You catch up and put an arm round {his()} shoulders, and {he()} leans into you at once.
- else: On the way home you don’t say much. It’s a good silence. The tightness is still there, but you don’t have to talk it away.
}
{partner_close():At {his()} door {he()} asks if you’re staying.|At {his()} door {he()} waits to see what you’ll do.}
* [Stay the night, to make up for it #step: pursue]
    ~ step_pursue(1)
    You stay. It’s warm and tender and you mean it. At four you’re lying there looking at {his()} ceiling, counting {his()} breaths.
* [Tell {him()} at {his()} door that you’ve an early start #step: withdraw]
    ~ step_withdraw(1)
    “Early start,” you say, which isn’t true. {He()} kisses your cheek. Cycling home you feel so light you laugh out loud, and then you’re ashamed.
* [Say you want to sleep at home tonight, simply because you want to #step: ground]
    ~ step_ground(1)
    “I’m sleeping at mine tonight,” you say. “Not because anything’s wrong. I just want my own bed.” {He()} swallows, then says, “Fine. Tomorrow?” “Tomorrow,” you say, and you mean that too.
- -> w_signals

=== w_signals ===
# scene: bar
A week with two faces. On Sunday you have breakfast until three and say you’ve never laughed so much. On Monday you send “Shattered, talk later” and put your phone on silent.
{pattern_so_far():
- "withdraw": By Wednesday {partner_name} has stopped calling. You only notice on Thursday, and it isn’t relief.
- "pursue": On Wednesday {partner_name} calls twice and sends a photo of a coat {he()} saw for you. You look at it and feel nothing, and then far too much.
- else: On Wednesday {partner_name} sends only: “Thinking of you.” You read it more than once.
}
Friday is drinks with work, in the bar downstairs. Eva is next to you, the colleague whose laugh always goes on a moment too long. {partner_name} said {he()}’d drop by at nine.
{partner_state():
- "close": At ten to nine {he()} texts: “On my bike now! Get me something?”
- "far": You aren’t even sure {he()}’s still coming. {His()} last message said “we’ll see”.
- else: “Might be a bit late,” {he()} texts at half eight, and then: “No, I’m coming.”
}
At nine {he()}’s in the doorway. Eva has just put her hand on your knee, to make a point. Half a joke. # body: stomach
* [Get up and go to {partner_name}, your arm round {him()} #step: pursue]
    ~ step_pursue(2)
    You stand so fast your glass goes over. “There you are,” you say into {his()} hair, and you introduce {him()} to everyone, Eva included, twice.
* [Leave Eva’s hand where it is and laugh at her joke #step: withdraw]
    ~ step_withdraw(2)
    ~ w2_eva = true
    You leave the hand there. You laugh. You watch {partner_name} see it. It opens a strange cool space in your chest, and you’re ashamed of it at the same time.
* [Lift Eva’s hand off and tell yourself what just happened #step: ground #locked: {walls_up()} #why: That hand on your knee is an exit, and you’re not ready to go back inside.]
    ~ step_ground(1)
    You put Eva’s hand back on her own knee, kindly. In your head you say it out loud: I wanted out, and this was the door. Then you get up and go to {partner_name}.
- -> w2_outside

= w2_outside
Later, outside, by the bikes. {partner_name} has buttoned {his()} coat right up to the top.
{w2_eva:“Who was that?” {he()} asks. “The hand?”|{you_chased():“You were so pleased to see me,” {he()} says, “and yesterday you didn’t pick up. I don’t get you.”|“You were far away this week,” {he()} says. “And close again tonight. I don’t really get it.”}}
* [Promise next week will be different #step: pursue]
    ~ step_pursue(1)
    “It’ll be different,” you say. “I was tired. Next week I’ll be there, properly.” {He()} wants to believe you. You watch {him()} decide to.
* [Say you’re not ready for anything big yet #step: withdraw]
    ~ step_withdraw(1)
    “I’m not ready for anything big,” you say. It’s true, and it still comes out as a reproach. {partner_name} nods and gets on {his()} bike. “Good to know,” {he()} says.
* [Say you get scared when it gets close, and then you do strange things #step: ground #locked: {walls_up()} #why: One of your feet is already on the pedal.]
    ~ step_ground(1)
    “When it gets close I get scared,” you say. “Then I do strange things. It isn’t your fault.” {partner_name} looks down the street. “That’s a lot,” {he()} says quietly. “But I’d rather hear it than guess.”
- -> w_night_call

=== w_night_call ===
# scene: bedroom # partner: away
{
- w2_eva: Then it goes quiet on {his()} side. Not a breakfast photo since the hand on your knee, not a heart. A day, two days, three.
- w2_word == "vague": Then it goes quiet on {his()} side. “We’ll see,” you said in the bar. Now {he()} seems to be seeing. A day, two days, three.
- w2_word == "fear": Then it goes quiet on {his()} side. You told {him()} the question scared you, and {he()}’s giving you room, more than you asked for. A day, two days, three.
- else: A week after that “us” in the bar, it goes quiet on {his()} side. No breakfast photo, no heart. A day, two days, three.
}
{partner_far():On Sunday you see a picture of {him()} at a birthday, laughing, with people you don’t know. {He()} looks well without you.|{He()} sends only: “I need a bit of time to think.”}
The strange thing is what it does to you. A week ago you wanted air, and now there’s all the air you could want and you can’t breathe. It’s half one in the morning. You’re lying on your back with the phone on your chest.
* [Call {him()}, now, and say everything you feel #step: pursue]
    ~ step_pursue(2)
    ~ w2_call = "courted"
    {He()} picks up on the fourth ring, hoarse. You talk. That you miss {him()}, that you were stupid, that Eva is nothing, that you want to go to {his()} sister’s on Saturday. All of it true. After a quarter of an hour {he()}’s laughing again. “Come round,” {he()} says. “Just come now.”
* [Put the phone in the drawer and turn over #step: withdraw]
    ~ step_withdraw(1)
    ~ w2_call = "none"
    You put the phone in the drawer, under the socks. You don’t sleep. At five you look anyway. Nothing. Back in the drawer.
* [Text that you’re here, and that you want this weekend to yourself #step: ground #locked: {pull_strong()} #why: Everything in you wants {his()} voice, now, and that one line about being alone feels like a betrayal of the wanting.]
    ~ step_ground(1)
    ~ w2_call = "held"
    “I’m here,” you type. “I miss you. I want this weekend on my own to think, and I want to see you on Monday. Not to make anything up to you. To see you.” You read it three times and send it.
- -> w2_answer

= w2_answer
{
- w2_call == "courted": You cycle across town at two in the morning. At {his()} door {he()} throws {his()} arms round your neck. The weeks after are the best yet. You promise a lot. You mean it.
- w2_call == "none": On Monday {partner_name} sends: “OK. I get it.” You don’t get it yourself.
- else: Saturday is long. You walk, you ring Bas, you check your phone every two hours instead of every one. On Sunday evening a message comes: “I miss you too. Monday.”
}
{w2_call == "held":{partner_close():On Monday morning {he()} writes anyway: “Can’t you come tonight? I can’t stand it.”|On Monday morning {he()} writes, short: “Can you do tonight? Or don’t you want to.”} You feel the pull, hard, in your gut.}
{w2_call == "held":-> w2_return|-> w2_close}

= w2_return
{partner_far():You can see {him()} on {his()} sofa, phone in hand.|You can see {him()} already half into {his()} coat.}
* [Keep to Monday, and say it kindly #step: ground]
    ~ boundary_held()
    ~ step_ground(1)
    “Monday,” you write. “I’m looking forward to it. Really.” It costs you something. It holds.
* [Cycle over anyway, right now #step: pursue]
    ~ boundary_given_up()
    ~ step_pursue(2)
    You cycle over anyway. {He()} opens the door in {his()} pyjamas and is so happy that you forget why you wanted a weekend.
- -> w2_close

= w2_close
{partner_close():You lie beside {him()}|You lie alone} and think of the roof, that first night, how nothing held you back. Now everything holds you back and everything pulls you in.
{w2_call:
- "courted": Running off, ringing back, promising, and meaning every promise.
- "held": Now and then you stand still for a moment, and then {he()} stands still too.
- else: {He()} comes, you go. You come, and {he()}’s not quite there.
}
It goes on like that for a while. Away, and back. # pause: 2
-> w_cafe
