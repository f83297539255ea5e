// Phase 1 — The opening. The party where it begins: the long looks, the circling, Noor's
// introduction, the shared story in the crowded hallway, the small voice, the night.

=== party ===
# phase: 1
# scene: party
Afterwards, when you go looking for the moment it began, you will always end up here: on a steep staircase that smells of wet coats and someone's roll-up, three floors below a party, with Noor's hand flat between your shoulder blades, pushing.
Above you a door opens and the music falls down the stairwell all at once, the whole song in one piece, like a shopping bag splitting. Noor whoops. You laugh. Your heart is going faster than three flights of stairs can explain.
It's Jip's birthday and Jip's new flat, celebrated together to save on cake. The invitation said: bring a bottle and someone you like. Noor brought you. You brought a bottle of cava that has spent the ride rattling around in your bike bag and will go off like a flare in whoever's face is nearest.
On the last landing Noor stops, turns, and tilts her head at you. She has known you since you were both eleven, which means she has seen every version of your face, including this one. “Before we go in,” she says. “Is this about {partner_name}?”
“What? No.” It comes out half a tone too high, and you both hear it.
“Jip says {he()}'s coming,” Noor says gently, the way you'd break bad news, and opens the door.
You have seen {partner_name} exactly four times, not that you've been counting. In March, at the opening of Noor's photo exhibition, standing in front of the worst picture in the room for ten minutes as though it were the best. In May, cycling past you along the canal in the rain, no hands, an apple in {his()} teeth. Twice at the Saturday market, by the cheese stall, where you bought a cheese you didn't want just to have somewhere to stand.
You have never said a word to each other. Everything you know is second-hand and slightly contradictory: that {he()} lived in Lisbon for a year, or Porto; that {he()} restores old pianos, or old boats; that {he()} is funny, that {he()} is trouble, that {he()} is the kindest person Jip knows. Once, in the spring, when {his()} name came up, Noor said lightly, “Lovely. Doesn't stay anywhere long.” You didn't ask what she meant. You put it somewhere you never look.
Inside, the flat is one long corridor with rooms coming off it like the teeth of a comb. Fairy lights, radiators turned up too high, a bed drowning in coats. The window above the coat bed is black with night and hands you back the room: Noor wrestling out of her scarf, the open door, you.
* [Check your face in the dark glass, then go looking for {him()} #step: pursue]
    ~ step_pursue(1)
    The window gives you a face you only half recognise: flushed, ready for something, a little hungry. You push your hair into place, undo it, push it back again. Then you step into the corridor and let your gaze sweep slowly through every room you can see into, like a lighthouse doing its best to look casual.
* [Tell Noor you're here for her and for Jip's cake, full stop #step: withdraw]
    ~ step_withdraw(1)
    “I'm here for you,” you say. “And for whatever Jip has done to a cake this year.” Noor gives you a long look and says “Sure,” in the voice she keeps for toddlers and customs officers. You walk in with your chin up, fully resolved not to look for anyone. You manage about forty seconds.
* [Admit you're nervous, and ask Noor not to vanish on you #step: ground]
    ~ step_ground(1)
    “I'm nervous,” you say, and it's a relief, like putting down a heavy bag. “Don't disappear on me the first hour?” Noor hooks her little finger through yours, the way you did at primary school. “First hour,” she says. “After that you're on your own. It's a party.” Your shoulders come down half an inch.
- -> looks

= looks
You find {him()} without looking, the way your tongue finds a chipped tooth. {partner_name} is leaning in the kitchen doorway, a beer held loosely by the neck, listening to someone with {his()} whole face. {He()}'s had {his()} hair cut since March. It suits {him()}, and you're annoyed with yourself for knowing that.
Then {he()} looks up, straight down the corridor, and finds you too.
It isn't a glance. Glances bounce off. This one lands and stays: three seconds, four, the way you'd look at someone you've been waiting for who is late. Someone nudges you with a bowl of crisps and you barely notice.
* [Hold the look, for as long as {he()} wants #step: pursue]
    ~ step_pursue(2)
    You don't look away. Neither does {he()}. The corridor seems to stretch and shrink at the same time, like that camera trick in films, and somewhere inside it one corner of {his()} mouth lifts. Not a smile, quite. More like an answer. When someone finally steps between you, you realise you stopped breathing around the fifth second.
* [Look away first and laugh at something Noor says, loudly enough #step: withdraw]
    ~ step_withdraw(1)
    You turn to Noor and laugh at whatever she just said (it was about the cake; it wasn't funny) with your head back and your throat bare, a laugh for an audience of one. You don't check whether the audience is watching. You can feel that it is. That's the whole point.
* [Notice what the look does to you before you do anything with it #step: ground]
    ~ step_ground(1)
    Heat climbs your neck. Your knees have opinions. You notice it all the way you'd notice the weather, and then you give {him()} a small, plain nod, hello, I see you, and turn back to Noor with your heart going like a moth against a lamp. It's still going. But it's yours.
- “Oh,” Noor says beside you, very quietly. “Oh. That's not nothing.”
-> circling

= circling
For the next two hours you circle each other like two cats sharing a garden.
Wherever you are, {he()} is one room away. You're in the kitchen; {he()}'s out on the balcony with somebody else's cigarette. You drift into the living room, where people are dancing on a rug; {he()} comes and leans on the doorframe. In the queue for the toilet there are two people between you, and you both study the poster of a seventies ski resort on the door as if there'll be a test on it later.
Twice you think {he()}'s coming over. Once {he()} actually sets off, and Jip intercepts {him()} with a tray of something on sticks. You eat three of the somethings. You couldn't say what they were.
Around midnight {he()} goes out onto the balcony alone.
* (followed) [Follow {him()} out, with a lighter you don't need #step: pursue]
    ~ step_pursue(2)
    You borrow a lighter from a stranger and step out into the cold. The balcony is narrow, crowded with dead geraniums and a bicycle someone has carried up three flights, and {partner_name} is at the far end, looking down at the canal. You have a sentence ready. Then the door bangs open behind you and four people spill out to serenade the neighbours, and {he()} is swept into the singing, and you are left holding a lighter for nobody, smiling as if this were exactly the plan.
* (danced) [Stay inside and dance with Noor; let {him()} come to you #step: withdraw]
    ~ step_withdraw(2)
    You pull Noor onto the rug and the two of you dance badly on purpose, the way you always do, all elbows. It's a good show. When the song ends, {partner_name} is standing in the doorway with the balcony's cold still on {his()} jumper, watching you, and you think: there. Your move. {He()} doesn't make it. Not yet. But {he()} doesn't leave the doorway either.
* (stayed) [Stay where you are and let the evening be the evening #step: ground]
    ~ step_ground(1)
    You stay perched on the arm of the sofa, where someone in a striped jumper is explaining the plot of a Finnish film, seen three times, better every time. It's a ridiculous plot. You ask questions. For ten whole minutes you forget to keep track of {partner_name}, and when you remember, with a jolt, {he()} is across the room, looking at you, as if {he()} has been the one keeping track all along.
- -> p1_end_temp

= p1_end_temp
It's the best night you can remember. # pause: 1
-> text_message
