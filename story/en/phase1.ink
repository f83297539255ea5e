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
* [Follow {him()} out, with a lighter you don't need #step: pursue]
    ~ step_pursue(2)
    You borrow a lighter from a stranger and step out into the cold. The balcony is narrow, crowded with dead geraniums and a bicycle someone has carried up three flights, and {partner_name} is at the far end, looking down at the canal. You have a sentence ready. Then the door bangs open behind you and four people spill out to serenade the neighbours, and {he()} is swept into the singing, and you are left holding a lighter for nobody, smiling as if this were exactly the plan.
* [Stay inside and dance with Noor; let {him()} come to you #step: withdraw]
    ~ step_withdraw(2)
    You pull Noor onto the rug and the two of you dance badly on purpose, the way you always do, all elbows. It's a good show. When the song ends, {partner_name} is standing in the doorway with the balcony's cold still on {his()} jumper, watching you, and you think: there. Your move. {He()} doesn't make it. Not yet. But {he()} doesn't leave the doorway either.
* [Stay where you are and let the evening be the evening #step: ground]
    ~ step_ground(1)
    You stay perched on the arm of the sofa, where someone in a striped jumper is explaining the plot of a Finnish film, seen three times, better every time. It's a ridiculous plot. You ask questions. For ten whole minutes you forget to keep track of {partner_name}, and when you remember, with a jolt, {he()} is across the room, looking at you, as if {he()} has been the one keeping track all along.
- -> introduction

= introduction
At a quarter to one Noor puts her glass down on the windowsill with a small, decisive click.
{
- last_step == "pursue": “I can't watch this any more,” she says. “You went out on a balcony in November with a lighter. You don't smoke. I've known you since we were eleven and you have never once owned a lighter.”
- last_step == "withdraw": “I can't watch this any more,” she says. “I've been your stage prop for an hour and my shoulder hurts. You've been dancing at {him()} like it's an audition.”
- else: “I can't watch this any more,” she says. “You're talking Finnish cinema and {he()}'s been staring at the back of your head like it owes {him()} money.”
}
Before you can grab her sleeve she's off. You watch in slow horror as she taps {partner_name} on the shoulder, says something you can't hear and points straight at you. Then she comes back, takes you by the wrist the way she used to when you were small and she was dragging you towards something you'd thank her for later, and tows you across the room.
“{partner_name}, my best friend. Best friend, {partner_name}. You've been staring at each other since half ten and Jip thinks you're casing the flat. Talk.” And she's gone, folded into the crowd on the rug.
“Hi,” says {partner_name}. Up close {his()} eyes are lighter than you thought, grey going on green, and a small white scar runs through one eyebrow.
“Hi,” you say. This, it turns out, is the full extent of your prepared material.
Then someone turns the music all the way up. It's the song, the one Jip has been threatening everyone with all night, and the whole room surges towards the rug at once. # sfx: crowd
You're pushed back into the corridor, and {partner_name} is pushed with you, and then against you, and there's nowhere to put your hands and nowhere to put your face except very close to {his()}. {He()} smells of cold air and someone else's cigarette and, underneath that, of soap.
You can't hear a thing. So {he()} puts {his()} mouth almost against your ear, and you feel each word arrive before you understand it. “I'm hopeless at small talk,” {he()} says. “Can we skip it? Tell me the biggest thing that ever happened to you.”
* [Tell {him()} everything, straight away #step: pursue]
    ~ step_pursue(2)
    ~ p1_told = "all"
    So you tell {him()}. You don't even decide to; it's as if {he()} has pulled a loose thread and the whole jumper is coming with it. The summer you were eight. A car that didn't stop at a crossing, your bike folded like a paper clip, your leg. Six weeks flat on your back on the children's ward, fourth floor, your leg hoisted up on weights and pulleys, so that you came to know the ceiling better than your own face: a hundred and twelve holes in the tile above your bed, counted every day in case one had moved.
    You tell {him()} about the aquarium in the corridor, with one fat orange fish in it that all the children called the Mayor, because it swam its rounds as if it ran the place. About the nurse with the card tricks. About visiting time, which ended at seven, and how you watched the door until the very last sound of your parents' shoes had gone from the corridor, and then kept watching, just in case.
    You tell {him()} about the night you woke and heard your mother crying outside the door, quietly, to a doctor, and understood for the first time that grown-ups could be frightened too. You have never told anyone all of it at once. Now you're shouting it into a stranger's ear in a corridor that smells of spilled wine.
    {partner_name} has gone completely still against you. When {he()} draws back, {his()} face looks strange. “Fourth floor,” {he()} says. “With the fish.” You stare at {him()}. “The Mayor,” {he()} says.
* [Give {him()} a joke and see whether {he()} digs #step: withdraw]
    ~ step_withdraw(1)
    ~ p1_told = "joke"
    “I once won a meat raffle,” you say into {his()} ear. “Two kilos of sausages. I'm vegetarian.” {He()} laughs; you feel it more than hear it, in {his()} chest against your shoulder. Then {he()} shakes {his()} head, slowly, without moving an inch away. “Nice try,” {he()} says. “Now the real one.”
    Most people take the joke and are grateful for it. {He()} just waits, smiling, as if {he()} has all night and would like to spend it right here, in this corridor, waiting for you. It's unbearable. It's lovely. So you give {him()} a piece, only a piece: the summer you were eight, a car, your bike, a hospital. You mean to leave it there.
    “Which hospital?” {he()} asks. You tell {him()}. You say, “The children's ward, fourth floor—” and {he()} says, before you can: “With the aquarium.”
* [Ask {him()} to go first #step: ground]
    ~ step_ground(1)
    ~ p1_told = "asked"
    “You first,” you say. “You asked.” {He()} laughs, caught out, and for a second you think {he()}'ll wriggle free. Then {he()} doesn't. {He()} tells it haltingly, mouth at your ear, as if reading it off something a long way away: a summer when {he()} was ten, lungs that kept folding up like wet paper bags, seven weeks on a children's ward where the windows didn't open and the whole floor smelled of warm plastic.
    “There was a fish,” {he()} says. “In the corridor. This fat orange thing, everyone called it—”
    “The Mayor,” you say. You don't decide to. It rises out of you from somewhere very deep, like a bubble from the bottom of a pond.
- -> shared

= shared
You work it out mouth to ear, shouting the details at each other while the music pounds around you. The same summer. The heatwave summer, when the nurses laid wet flannels on every forehead and the ice lollies melted between the freezer and the beds. You were in room four, by the lift. {He()} was at the far end, in the room with the broken blind.
“Ineke,” {he()} says. “With the cards.”
“Who pulled the queen of hearts from behind your ear,” you say, “even when you'd picked the three of clubs.”
“Especially then.”
Six weeks, twenty metres apart. You must have passed each other in that corridor, two children in hospital pyjamas, one in a wheelchair, one trailing a drip on a stand. You try to find {his()} face in there and can't, and it doesn't matter in the slightest.
Then {he()} tells you the part {he()} clearly never meant to. At seven, when visiting time ended, {he()} would turn {his()} face to the wall before {his()} parents had even reached the door. “So it wouldn't hurt when they went,” {he()} says. “Ridiculous. I was ten.”
{p1_told == "all":{He()} has already heard your half: the door, the shoes, the watching. {He()} looks at you now as though {he()} can see that door in your face.|You did the opposite: you watched the door until the last footstep. You don't say so. You don't need to. {He()} looks at you as though {he()} can see that door in your face.}
The song ends and another begins and neither of you moves. Somewhere in the last few minutes {his()} hand has found yours, low down between your bodies where no one can see, and you couldn't say when.
{partner_name} leans back just far enough to look at you properly. “I knew it,” {he()} says. “When you walked in. I thought: I know that one. I know that face from somewhere.”
* [Let yourself believe it: this is why it had to be {him()} #step: pursue]
    ~ step_pursue(1)
    You let it in. Of course. Of course it's {him()}: that's why you couldn't get {him()} out of your head since March, that's why everyone before felt like a jumper knitted for somebody else. The fantasy arrives fast and fully furnished: a kitchen, a long table, the two of you telling this story to friends who've heard it a hundred times, {him()} doing the bit about the Mayor. You're already homesick for a life that hasn't happened yet.
* [Say something dry: half the city passed through that hospital #step: withdraw]
    ~ step_withdraw(1)
    “Half the city passed through that hospital,” you say. “We probably shared a bedpan.” It lands; {he()} laughs. But you see {his()} face drop a fraction before the laugh, and you feel it, like shutting a small door on your own fingers. {He()} leans in again anyway, closer than before, as if the joke were a dare.
* [Stay with what's true: it's strange and lovely, and you've known {him()} ten minutes #step: ground #locked: {pull_strong()} #why: The music, the fish, {his()} breath in your ear: the part of you that wanted to take this slowly has left the building.]
    ~ step_ground(1)
    It's strange and it's lovely and your skin is humming with it. It's also a coincidence, shared with a whole ward of children, and you've known this person for roughly the length of four songs. You hold both, one in each hand. “I don't know you yet,” you say into {his()} ear, smiling. “I'd like to.” {He()} looks at you for a moment as though nobody has ever said quite that to {him()}.
- -> friends

= friends
Then somebody shouts {his()} name from the front door: a knot of people in coats, waving, laughing, {his()} friends, just in from somewhere else or about to leave for it. {He()} lifts a hand to them, one minute, and squeezes yours once before letting go. “Don't go anywhere,” {he()} says, and goes.
It's absurd how quickly the place where {he()} stood turns cold.
Noor finds you. She has cake on her cheek and a question all over her face, and she talks, and you nod, and you couldn't repeat a single word. Your attention has crossed the room without you and is sitting with {him()}, like a dog tied up outside a shop.
From here you can watch {him()} with them. Easy, loose, an arm slung round someone's neck. {He()} laughs with {his()} whole body at something one of them says, then leans in to murmur something into someone else's ear: mouth close, a hand resting lightly on a shoulder. Exactly the way {he()} leaned in to you.
{p1_told == "all":You gave {him()} all of it, the crying in the corridor too. For one cold second you wonder what {he()} does with things like that once {he()} has them.}
Something small turns over in your stomach. Not jealousy, not yet; more like missing a stair in the dark. And with it, right at the back of your head, a voice that sounds irritatingly like Noor in the spring: Lovely. Doesn't stay anywhere long. # body: stomach
* [Listen to it: ask Noor what she meant, back in the spring #step: ground #locked: {pull_strong()} #why: The voice is so small, and the warm place where {his()} hand was is so big.]
    ~ step_ground(2)
    ~ p1_listened = true
    “Noor. In the spring you said {he()} doesn't stay anywhere long. What did you mean?”
    Noor wipes the cake off her cheek with her thumb and thinks about it properly, which is one of the reasons you love her. “I don't know {him()} that well,” she says. “Jip does. There was someone last winter. It went up like a house on fire for about a month, and then {he()} just got quieter and quieter until there was nothing left. No row. Nobody did anything wrong. {He()} just wasn't there any more.”
    She looks at you. “Doesn't mean a thing, mind. People are allowed a bad winter.”
    “No,” you say. “I know.” But this time you put it somewhere you can reach, like keys on a hook by the door.
* [Tell the voice to pipe down: it's been wrong before, and this is different #step: pursue]
    ~ step_pursue(2)
    You know that voice. It has kept you company through every almost and nearly and not-quite of the past few years, and look where listening to it has got you: here, alone at parties, buying cheese. Not tonight. Tonight a person in this room turned out to have been twenty metres away when you were small and frightened, and if that isn't a sign then there's no such thing as signs. You turn the voice down like a radio in another room, until it's a murmur, and then not even that. The impossible ones are behind you. This one is different.
* [Turn your back on {his()} side of the room and see how long {he()} stays away #step: withdraw]
    ~ step_withdraw(2)
    You turn so your back is squarely to {his()} side of the room, and ask Noor about her week, and listen to the answer with enormous, theatrical interest. It's a good test, you tell yourself. If {he()} means it, {he()}'ll come.
    It takes nine minutes. You know because you never once look at your phone and count every one of them anyway. Then there's a hand at your elbow and {his()} voice, low, right behind you. “You went somewhere.”
    “I'm right here.”
    “You went somewhere,” {he()} says. “Come back.”
- -> the_ask

= the_ask
By three the party has worn down to its core. A few people on the rug arguing about whether a toastie counts as a kind of pizza; Jip asleep upright in an armchair, paper crown still on; wine glasses with cigarette ends drowning in them. Someone has finally opened your cava. It did not go well for the ceiling.
{partner_name} finds you in the kitchen, where you're rinsing a glass you have no intention of using, just to give your hands something to do. {He()} leans on the counter beside you, shoulder to shoulder, and for a moment simply looks at the tap with you, as if it were a view.
“I live ten minutes from here,” {he()} says. “Over the bridge. I've got a piano with its insides out on the floor and nothing in the fridge but lemons.” {He()} turns {his()} head. “Come with me.”
It isn't really a question. {His()} eyes say the rest: I've waited all night, I knew when you walked in, it's you.
Your heart knocks once, hard, like someone at a door when you weren't expecting anyone. # body: heart
* [Go. No brake, no looking back #step: pursue]
    ~ step_pursue(3)
    ~ p1_went_home = true
    You put the glass down. You don't answer; you don't have to. You find your coat on the bed by feel, and Noor, half asleep on the sofa, opens one eye as you pass, then closes it again, and you decide to take that as a blessing.
    -> night
* [Say not tonight: give {him()} your number and ask to see {him()} in daylight #step: ground #locked: {pull_strong()} #why: Your whole body has already said yes; a sentence with “not” in it won't fit through your throat.]
    ~ step_ground(2)
    -> not_tonight
* [Say you're shattered and leave first, before {he()} can say another word #step: withdraw]
    ~ step_withdraw(2)
    -> walked_off

= not_tonight
“Not tonight,” you say. Your heart disagrees, loudly, and you let it; it's allowed an opinion. “But I want to see you again. Sober. In daylight. Somewhere we can hear each other.”
{He()} looks at you for a long moment, and something crosses {his()} face you can't read: surprise, perhaps, or respect, or the look of someone who has just lost a round of a game you didn't know you were playing. Then {he()} smiles and holds out {his()} phone. You type in your number. Your thumbs are not entirely steady.
{He()} walks you down the three flights. Outside it's bitterly cold and a thin mist hangs over the canal under the lamps. Your bike is where you left it, chained to a railing with four others, and your fingers fumble with the lock.
{partner_name} leans on the railing beside you, so close that {his()} breath makes a small cloud between you. “One drink,” {he()} says softly. “At mine. Just talking, I promise. I'm not ready for tonight to stop. Are you, honestly?” {He()} straightens your scarf, as if {he()} has been doing it for years.
Your breath catches high in your chest, and the key slips out of the lock. # body: breath
* [Hold it, warmly: “Not tonight. Ask me again tomorrow.” #step: ground]
    ~ step_ground(1)
    ~ boundary_held()
    “Not tonight,” you say again, and it's easier the second time, like a stair you've already tested. “Ask me again tomorrow. I'd like to be asked.”
    {He()} laughs, a soft, surprised breath, steps back and lifts both hands: all right, you win. “Tomorrow,” {he()} says, as if writing it down somewhere. You cycle off feeling {him()} watch you with the whole of your back, and you don't look round until the bridge. When you do, {he()} is still there, under the lamp.
    -> alone
* [Give in: one drink, just talking #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    “One drink,” you say. The lock clicks shut on your bike again; you've decided without deciding. {He()} takes your hand and you walk over the bridge together, and neither of you mentions the drink again, and there is no drink.
    -> night

= walked_off
“I'm shattered,” you say, and you put the glass down and kiss {him()} on the cheek, quick and light, a full stop, and walk out of the kitchen before {his()} face can do anything at all.
You find your coat on the bed by feel. Noor, half asleep on the sofa, opens one eye as you pass and says, “Are you sure?” and you say, “Completely,” which is the least true thing you've said all night.
Three flights down, the cold hits you like a slap. You feel marvellous. You feel sick. The lock on your bike won't open; your fingers won't work.
Then the street door bangs open behind you. # sfx: door
{partner_name}, no coat, no shoes, no, one shoe, nearly skids on the wet cobbles. “You were just going to go?” {he()} says, out of breath. “I haven't even got your number. I don't know where you live. I'd have had to ask Noor, like we're fifteen.”
{He()}'s laughing, but {his()} eyes aren't. {He()} takes your cold hands and holds them against {his()} chest to warm them, and under your fingers {his()} heart is going as fast as yours.
Your throat tightens, as if there's a word stuck in it you haven't found yet. # body: throat
* [Give {him()} your number, and still cycle home alone #step: ground #locked: {pull_strong()} #why: {His()} heart under your hands is the only thing in the street, and your legs have already turned round.]
    ~ step_ground(1)
    ~ boundary_held()
    You take {his()} phone and type your number in and hand it back, and you kiss {him()} once, properly this time: not a full stop, more of a comma. “Call me,” you say. “In daylight.” Then the lock finally gives and you ride away, and this time it isn't a trick. You're not waiting to be chased. You just want to get home with this still whole inside you, the way you'd carry a glass filled to the brim.
    -> alone
* [Let {him()} warm your hands, and go back with {him()} #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    You let {him()} warm your hands. You let {him()} fetch {his()} other shoe. You let yourself be walked, bike and all, over the bridge to {his()} side of the canal, and it feels like winning, and it feels like losing, and mostly it feels like {his()} hand.
    -> night

= night
# scene: bedroom
{His()} flat is at the top of a narrow house that leans a little towards the water, as if listening to it. Four flights this time. On the third landing {he()} stops and kisses you, or you kiss {him()}; afterwards neither of you could say who started, and it doesn't seem to matter.
Inside it smells of wood shavings and lemons. The piano is real: an old upright with its front taken off, its hammers laid out on a sheet on the floor in neat rows like a small felt army. “Mind the C's,” {he()} says, steering you round them by the hips.
Whatever you expected, it isn't this. You expected hunger, and there is hunger, but {he()} is slow with you, unhurried, as if there's all the time in the world and {he()} intends to spend it learning you by heart. {He()} watches your face the whole time. Nobody has ever looked at you like that, as though you were the thing {he()} has been trying to remember all {his()} life.
Afterwards you lie in the dark while the street lamp lays a pale square on the ceiling. {He()} finds the old scar on your shin, the one from the summer of the Mayor, and runs one finger along it, very lightly, up and back, like someone reading braille.
“I never tell anyone that,” {he()} says into the dark. “About turning to the wall. I don't know why I told you.” A pause. “Yes, I do.”
{
- p1_listened: Once, towards dawn, Noor's voice drifts up from somewhere: a bad winter, quieter and quieter. You look at {his()} sleeping face, one arm flung over {his()} eyes like a child's, and it seems impossible that this person could ever go quiet on anyone. You let the thought sink, and it sinks without a sound.
- rounds > 0: Somewhere in the small hours you remember that you said no tonight, out there in the cold, and that it was true when you said it. It feels like something that happened to somebody else, a long time ago, in a different city.
- else: You don't sleep. You don't want to miss a minute of it. Somewhere below, the first tram grinds round the corner, and {he()} pulls you closer in {his()} sleep, as if even asleep {he()} knows exactly where you are.
}
In the morning {he()} makes coffee in a small dented pot and brings it to you with {his()} jumper on inside out. The lemons were not a joke; {he()} slices one into your glass of water with great ceremony, as if it were breakfast. Which, it turns out, it is.
“I'm going to be useless today,” {he()} says, sitting on the edge of the bed, watching you drink. “I'm going to think about you all day. I'm not used to that.” {He()} pushes the cup gently back towards your mouth. “Come back tonight. And tomorrow. I don't want to play it cool with you. I wouldn't know how.”
-> weeks

= alone
# scene: home
You cycle home through a city that belongs to nobody. Four in the morning: the canals black and still, a gull on every bollard, the bakery on the corner already lit, someone in a white apron lifting trays behind the steamed-up glass. Your legs feel like somebody else's. Your face aches; it takes you a whole bridge to work out that it's from smiling.
Your room is exactly as you left it, which seems unlikely. You sit on the edge of the bed in your coat.
Your phone buzzes. # sfx: buzz
“Ineke says hi. She just found the queen of hearts behind my ear and I thought of you. Sleep well. Tomorrow.”
You read it eleven times. You don't answer straight away. Not as a tactic; you just want to lie here with it for a while, like a stone warmed by the sun in your pocket.
At twelve {he()} calls, exactly as agreed, and asks again. You say yes to a walk. You walk along the river in a wind that keeps snatching at your scarf and talk for four hours without once checking the time: {his()} year in Lisbon, which was Porto, the boats, which were pianos, the brother {he()} doesn't see, the aunt you both would have hated. Under the railway bridge {he()} kisses you while a train goes over and shakes the whole world, and you both laugh at what a cliché it is, and do it again.
“I've never been made to wait before,” {he()} says afterwards, forehead against yours. “I liked it. I hated it. I liked it.”
That night you go home with {him()}. Not because you couldn't stop. Because you wanted to, and you knew that you wanted to, and the knowing felt like standing on solid ground.
-> weeks

= weeks
# scene: bedroom
The weeks that follow have no edges.
{He()} texts you in the mornings before you're awake, so the first thing you see every day is {him()}. {He()} turns up at your work with two coffees and a paper bag of spiced biscuits still warm from the market. {He()} learns how you take your tea and never gets it wrong. In a toy machine at the station {he()} wins a small orange plastic fish on a key ring and presents it to you with enormous ceremony: the Mayor, restored to office.
{
- p1_told == "all": {He()} knows everything now, the whole of that summer, the corridor, the door, your mother's voice. Sometimes {he()} brings it up so tenderly that you feel known right down to the floorboards.
- p1_told == "joke": {He()} still tells the meat raffle story to strangers in shops, and you still pretend to mind. But it's the other story {he()} keeps coming back to, late at night, turning it over as if {he()} can't quite believe you were there.
- else: {He()} talks about the ward more than you do, now that it's out. You notice, without wanting to, that {he()} only ever tells it from the side of the wall.
}
{He()} tells you things in the dark. That you're the first person {he()} has ever wanted to wake up next to twice in a row. That {he()} doesn't do this, doesn't let people in, never has. And then, so quietly you almost miss it, with {his()} face in your neck: “I think I could. With you.”
You see {him()} perfectly now, and everything fits. The lateness is charming. The afternoons when {his()} phone goes dead and {he()} resurfaces at dusk with a story that makes you laugh are charming. The friends you still haven't really met, because the timing is never quite right, will happen. You explain it all before anyone asks. Nobody asks.
{p1_listened:Noor asks, carefully, how it's going. “Good,” you say. “Really good.” She says she's glad, and means it, and doesn't mention winter. Neither do you.}
One Sunday, lying across {his()} bed with the window open an inch and the church bells going, you tell {him()} that Noor's family rents a house in the dunes every August, a rickety place full of sand and board games, and there's always a spare room. “Come,” you say, lightly. “In August.”
{He()} kisses your shoulder. “August is so far away,” {he()} says. “Let's just have now.”
Something in your stomach pauses, the way your foot pauses on a stair that creaks. # body: stomach
* [Let it go: now is plenty, and August will come on its own #step: pursue]
    ~ step_pursue(1)
    Of course. Now is plenty; now is more than you've had in years. You fold August away with the other things you've decided not to need yet, and pull the duvet up over both your heads, and the bells stop, and {he()} laughs into your neck, and you're sure, completely sure, that nobody who holds you like this is going anywhere.
* [Ask, lightly but for real: “Is that a no to August?” #step: ground #locked: {pull_strong()} #why: Asking might break the spell, and the spell is the best thing that has happened to you in years.]
    ~ step_ground(1)
    “Is that a no to August?” you ask. Lightly. But you wait for the answer, and {he()} hears that you're waiting.
    {He()}'s quiet for a moment. “It's a not-yet,” {he()} says. “I'm slow with the future. Always have been. It's got nothing to do with you.” {He()} looks at you. “Is that all right?”
    It's honest, and it stings a little, and you find you can hold both. “For now it is,” you say, and you mean the “for now” as much as the rest.
* [Drop August, and make your own summer plans without {him()} #step: withdraw]
    ~ step_withdraw(1)
    “Sure,” you say, and smile, and that afternoon, while {he()}'s in the shower, you text Noor: count me in for August, just me. If {he()} wants to come, {he()} can ask. You are not going to be the one left holding a spare room. It feels like strength. Very faintly, it also feels like turning your face to a wall.
- For a few weeks, the world is exactly the size of the two of you.
It lasts just under a month. # pause: 1
-> text_message
