// Phase 5 of the withdrawer's route. Flags and weighing: ../common/phase5.ink. The endings are in endings.ink.

=== w_months_later ===
# phase: 5
# scene: home # partner: away
~ w5_begin()
{partner_far():Months of quiet. No message, no like, nothing.|Months later. One message came, on your birthday: “Happy birthday. Really.” You put a heart under it and turned your phone face down.}
{w4_closed:{He()} was the one who shut the door, not you, and still the first weeks were light.|{w4_blocked:You had blocked {him()}, and the first weeks were light.|The first weeks were light.}} You slept across the whole bed. You ate standing over the sink, you went out on Fridays without telling anyone when you’d be home. Air came back into your lungs, and the fear kept so quiet that you forgot it had ever been there.
And just then, in all that room, you started to miss {him()}. Not as grief. As the smell of {his()} shampoo on a tram, as a joke there is nobody else to tell. This morning {his()} mug is still at the back of the cupboard. Your hand stays on it. # body: heart
* [Put the mug on the counter and just miss {him()} #step: ground #locked: {pull_strong()} #why: Your fingers want to type {his()} name already. Sitting still with missing {him()} is beyond you right now.]
    ~ step_ground(1)
    You put the mug on the counter and drink your coffee out of it. It stings. You stay in the chair until the coffee is cold. The ache doesn’t get smaller, but it doesn’t get bigger either, and that is news.
* [Open {his()} photos, then the chat, and start typing #step: pursue]
    ~ step_pursue(1)
    You scroll back to the summer. {His()} grin on a jetty, your shadow across {his()} legs. You type “Hey, just thought of you” and look at it for a long time. The further away {he()} is, the lovelier {he()} gets. You know that, and you leave the message there anyway.
* [Put the mug out with the recycling and fill the whole weekend #step: withdraw]
    ~ step_withdraw(1)
    The mug goes in the glass bin, with a clink that does you good. Saturday the climbing wall, Sunday your brother, evenings a series. Not one gap in the diary for anything to slip through.
-
On Thursday you have a beer with Bas outside the pub below his flat. He turns his glass round and doesn’t look up. “I should tell you, before someone else does. {partner_name}’s seeing someone. A few weeks now.” # scene: bar # partner: away
{pattern_so_far():
- "withdraw": You shrug, so fast that Bas notices.
- "pursue": Something in you jumps to its feet, ready to run.
- else: For a moment you say nothing.
}
Your stomach drops, as if the pavement had lost a step. # body: stomach
* [“Who? Since when? Is it serious?” #step: pursue]
    ~ step_pursue(1)
    ~ w5_news = "asked"
    Bas doesn’t know much, and what he knows you drag out of him. Someone from {his()} work. They cycle home together. You hear yourself asking things you never asked months ago, when {he()} was simply there.
* [“That hurts more than I thought it would” #step: ground #locked: {pull_strong()} #why: You don’t want to feel it, you want {him()} back, and there’s no room for anything in between.]
    ~ step_ground(1)
    ~ w5_news = "felt"
    Bas nods. He doesn’t say it’ll be fine. He gets two more beers, and the two of you sit there a while without saying anything. That is enough.
* [“Good for {him()}. Honestly. So how’s the knee?” #step: withdraw]
    ~ step_withdraw(1)
    ~ w5_news = "shrugged"
    Bas tells you about his knee. You don’t listen. You feel a door in you swing shut, very gently, the way you’ve learned to do it.
-
And then there’s Lou. # scene: home # partner: away
Lou works two floors above you, laughs with head tipped right back, and is moving to Montreal in six weeks. Lou said so on the first evening, by the lift: “Don’t start anything, I’m nearly gone.” You started anyway, first with coffee, then with long walks along the water. Lou never once asked what this was.
It feels safe. No Saturday with plans, no key{w3_key: you take and then don’t dare to use}, no later. Tonight at eleven Lou sends a photo of half-packed boxes, no words. Your heart leaps. # body: heart
* [Reply at once, and again, and check every minute whether Lou has read it #step: pursue]
    ~ step_pursue(1)
    ~ w5_lou = "chased"
    You send a joke. Then a question. Then a photo of your own room, which makes no sense at all. Two ticks, grey. At half past twelve you are still awake with the phone on your chest, and you recognise something in the way you’re lying there that you would rather not recognise.
* [Write Lou the truth: “I like you. And I know you’re going.” #step: ground #locked: {walls_up()} #why: The word “like” is already behind a wall, and that wall has been standing for years.]
    ~ step_ground(1)
    ~ w5_lou = "told"
    Lou answers the next morning: “Me too. And yes.” Nothing more. It is small and it is true, and you don’t have to run after it.
* [Send a thumbs-up and leave the phone in the other room #step: withdraw]
    ~ step_withdraw(1)
    ~ w5_lou = "light"
    A thumbs-up. Light, that’s how it has to stay. Lou is an open window, not a room to live in. You sleep well, and you ought to be glad of that.
-
-> w_invitation

=== w_invitation ===
# scene: home # partner: away
Bas posts an invitation in the group chat: Saturday, his roof, like last year. Then, just to you: “{partner_name}’s coming too. Thought you should know.”
{w5_news:
- "asked": You already know more than is good for you: {he()} may not come alone.
- "felt": You think of the pub, and of how Bas said nothing then. That helped.
- else: You read it twice, as though it might say something else the second time.
}
{partner_state():
- "close": {partner_name} is the first to reply in the group: “I’ll bring cake!” You look at that exclamation mark for longer than you need to.
- "far": {partner_name} doesn’t reply in the group, not after an hour either. You keep checking anyway.
- else: A thumbs-up from {partner_name} appears under the invitation. Nothing else.
}
Your throat narrows before you know what you think. # body: throat
* [Ask Bas whether {he()}’s coming alone, and what {he()}’s said about you #step: pursue]
    ~ step_pursue(1)
    Bas writes: “No idea, and nothing.” Then: “You all right?” You answer with three exclamation marks and a sun, which says it all.
* [Tell Bas you’re scared of seeing {him()}, and that you’re coming anyway #step: ground #locked: {pull_strong()} #why: Saying “scared” means laying down your weapons, and on Saturday you want to be armed.]
    ~ step_ground(1)
    “I’m scared of seeing {him()}. I’ll come though.” It takes you four goes. Bas sends back a hand, and then: “I’ll put a chair by the door.”
* [Answer “maybe, busy weekend” and mute the group #step: withdraw]
    ~ step_withdraw(1)
    Maybe. A word with a fire exit built in. You mute the group, and the silence after feels like room, though you no longer know what for.
-
Friday night, half past one. You lie on your back, the phone warm on your stomach. Under your thumbs it’s already written: {w4_reply:
- "honest": “I’ll see you tomorrow, I think. What I wrote in that letter is still true.”
- "promise": “I’ll see you tomorrow, I think. I really have changed, you’ll see.”
- "cold": “I’ll see you tomorrow, I think. I didn’t mean that short answer.”
- else: “I’ll see you tomorrow, I think. I still think about you a lot. Just wanted to say.”
}
{w5_lou == "chased":Lou still hasn’t answered. Two chats open, two people not replying.}
Your chest is locked. You want to get up, walk, be somewhere else. # body: breath
* [Send it. It’s the truth, isn’t it? #step: pursue]
    ~ step_pursue(1)
    ~ w5_text = "sent"
    Sent. The ticks turn blue at 01:34. Nothing comes back. You lie there until four working out what that means.
* [Delete it, put a hand on your chest and lie still until the restlessness eases #step: ground #locked: {pull_strong()} #why: Your thumb wants this message gone, and everything in you wants {him()} to read it tonight.]
    ~ step_ground(1)
    ~ w5_text = "deleted"
    You delete it letter by letter. Your hand rises and falls on your chest. It takes a long time to settle, but it settles. The message was true enough. It just wasn’t for {him()}; it was for you.
* [Delete it, mute {his()} number and turn over #step: withdraw]
    ~ step_withdraw(1)
    ~ w5_text = "muted"
    Muted. You turn to face the wall. You fall asleep and dream of a staircase that keeps getting longer.
-
-> w_finale

=== w_finale ===
# scene: party-later
Bas’s roof. The same fairy lights, a year older, half of them dead. Someone puts on the music from back then. {w1_ride:
- "went": A year ago you rode away from here beside {him()}, so close your handlebars touched.
- "kissed": A year ago you kissed {him()} down by the bikes and rode off before {he()} could say a word.
- else: A year ago, down by the bikes, you asked {him()} to have coffee with you the next day, in daylight.
}
{w5_lou != "":Lou is by the cool box, in a coat that already looks half packed.}
Your body sees {him()} before you do: {partner_far():{his()} back at the railing, beside someone who is holding {his()} scarf|{he()}’s at the railing, looking at the door, at you}. # body: heart
* [Walk straight up to {him()}, with your best smile #step: pursue]
    ~ step_pursue(1)
    Your smile still knows the way. Halfway across you see {his()} face change, from surprise to something more careful, and you keep walking.
* [Stay by the door. Feel your heart, let it pound #step: ground #locked: {pull_strong()} #why: Your legs are already on their way, and to stand still is to lose.]
    ~ step_ground(1)
    You stay where you are, next to the chair Bas may really have put there. Your heart thumps. You let it thump. A minute later you’re still here, and so is {partner_name}.
* [Get a beer from Lou and turn your back on {him()} #step: withdraw]
    ~ step_withdraw(1)
    Lou hands you a bottle and talks about removal boxes. You laugh too loudly. Between your shoulders and Lou’s you can’t see the railing any more, and that was the point.
-
-> approach

= approach
# scene: party-later
An hour later {he()}’s beside you after all, with two glasses. {w5_text:
- "sent": “I got your message,” {he()} says. “I didn’t know what to do with it.”
- "muted": “I texted you this afternoon,” {he()} says. “I don’t think it got through.”
- else: “Hi,” {he()} says, and then nothing, a beat too long.
}
{w4_reply:
- "honest": “I’ve still got your letter,” {he()} says. “Your answer. It was the most honest thing you ever said to me.”
- "promise": “You wrote that you’d change,” {he()} says, without blame. “I waited on that for a while.”
- "cold": “I waited for your answer,” {he()} says. “It was short.”
- else: “I wrote you a letter,” {he()} says. “You never sent anything back.”
}
Then, more quietly: “Why did you keep walking away? I just want to know.”
Your hands go cold. Everything in you wants to make a joke, or grab hold of {him()}, or both. # body: breath
* [Take {his()} hand: “I was an idiot. I missed you every day. Give me one more chance.” #step: pursue]
    ~ step_pursue(1)
    ~ w5_answer = "courted"
    You mean it, every word. {partner_far():{His()} hand stays where it is, but doesn’t close.|{His()} fingers close round yours for a moment, as if they still remember how.}
* [“Because I was scared. Not of you. Of how close you came.” #step: ground #locked: {walls_up()} #why: The walls are up; behind that sentence is something you have never dared look at yourself.]
    ~ step_ground(1)
    ~ w5_answer = "truth"
    ~ boundary_held()
    It’s out. At once you want to take it back, soften it, send a joke after it. You don’t. {partner_name} looks at you and says nothing, and you stay standing in that silence.
* [“I don’t walk away, I just go home a lot.” Laugh as you say it #step: withdraw]
    ~ step_withdraw(1)
    ~ w5_answer = "joke"
    You laugh. {He()} doesn’t. You watch something close behind {his()} eyes, and you know the movement, because you’ve been making it yourself for a year.
-
-> last

= last
# scene: party-later
Towards two the roof empties. {partner_name} pulls on {his()} coat by the door to the stairwell and looks back once. {partner_state():
- "close": {His()} eyes rest on you a second too long, a question {he()} doesn’t ask.
- "far": {His()} eyes pass over you to the stairs. Someone is waiting for {him()} downstairs.
- else: {He()} looks at you, then at {his()} phone, then at you again.
}
{w5_answer == "truth":“I’m going home,” {he()} says. “If you ever want to talk, I’ll listen.”|“I’m off,” {he()} says. Nothing more.}
{w5_lou == "chased":Behind you Lou calls out that there are more boxes tomorrow. Your phone doesn’t buzz.}
You watch {him()} go, and just then the old rope pulls at you again. Your legs itch. # body: stomach
* [Run after {him()}, down the stairs #step: pursue]
    ~ w5_settle("go")
    ~ step_pursue(2)
    You catch {him()} on the second floor. “Wait.” {He()} waits. The two of you stand in the stairwell under a light that keeps clicking off, and you promise things you believe every word of.
* [Stay. Let it pull, and go home alone later #step: ground #locked: {w5_way_out_locked()} #why: Your body has run the same two ways for a year; tonight it knows no third.]
    ~ w5_settle("stay")
    ~ step_ground(2)
    You stay. It pulls, hard, in your stomach and your legs. You go and stand at Bas’s sink doing the glasses and feel all of it, the longing and the fear at once, and it does not kill you.
* [Nod, say “get home safe” and turn round #step: withdraw]
    ~ w5_settle("cold")
    ~ step_withdraw(2)
    “Get home safe.” Your voice is kind and empty. You turn away before the door swings shut. The light on the roof is suddenly very bright.
-
{w5_ending:
- "cycle": -> w_ending_cycle
- "role-switch": -> w_ending_role_switch
- "closed-heart": -> w_ending_closed_heart
- else: -> w_ending_step_out
}
