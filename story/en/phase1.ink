// Phase 1 — The opening. The party where it begins: the long looks, the circling, Noor's
// introduction, the shared story in the crowded hallway, the small voice, the night.

=== party ===
# phase: 1
# scene: party
Afterwards, looking for where it began, you always end up here: a stairwell that smells of wet coats, Noor's hand between your shoulder blades, your heart going faster than three flights can explain.
On the last landing Noor turns. “Is this about {partner_name}?”
“What? No.” Half a tone too high. You both hear it.
“Jip says {he()}'s coming,” she says gently, like bad news, and opens the door.
You've seen {partner_name} four times and never spoken. The rest is hearsay: Lisbon or Porto, pianos or boats, funny or trouble. And Noor, once, lightly: “Lovely. Doesn't stay anywhere long.” You put that where you never look.
Inside, a black window above the coats hands you back your own face.
* [Check your face in the dark glass, then go looking for {him()} #step: pursue]
    ~ step_pursue(1)
    Flushed, ready for something, a little hungry. You push your hair into place, undo it, push it back. Then you step into the corridor and sweep every room with your gaze, like a lighthouse trying to look casual.
* [Tell Noor you're here for her and for Jip's cake, full stop #step: withdraw]
    ~ step_withdraw(1)
    “I'm here for you,” you say. “And for whatever Jip has done to a cake this year.” Noor says “Sure,” in the voice she keeps for toddlers and customs officers. You walk in resolved not to look for anyone. You manage about forty seconds.
* [Admit you're nervous, and ask Noor not to vanish on you #step: ground]
    ~ step_ground(1)
    “I'm nervous,” you say, and it's like putting down a heavy bag. “Don't vanish on me the first hour?” Noor hooks her little finger through yours, the way you did at primary school. “First hour. After that, it's a party.” Your shoulders come down half an inch.
- -> looks

= looks
You find {him()} without looking, the way your tongue finds a chipped tooth: {partner_name}, in the kitchen doorway, listening to someone with {his()} whole face.
Then {he()} looks up, straight down the corridor, and finds you too. Not a glance: this one lands and stays, three seconds, four.
* [Hold the look, for as long as {he()} wants #step: pursue]
    ~ step_pursue(2)
    You don't look away. Neither does {he()}. The corridor stretches and shrinks at once, like that camera trick in films, and one corner of {his()} mouth lifts: not a smile, quite. An answer. When someone steps between you, you find you stopped breathing around the fifth second.
* [Look away first and laugh at something Noor says, loudly enough #step: withdraw]
    ~ step_withdraw(1)
    You turn to Noor and laugh at whatever she just said (it was about the cake; it wasn't funny), head back, throat bare: a laugh for an audience of one. You don't check whether the audience is watching. You can feel that it is.
* [Notice what the look does to you before you do anything with it #step: ground]
    ~ step_ground(1)
    Heat climbs your neck. Your knees have opinions. You notice it the way you'd notice weather, give {him()} a small, plain nod, hello, I see you, and turn back to Noor with your heart going like a moth at a lamp. But it's yours.
- “Oh,” Noor says quietly. “That's not nothing.”
-> circling

= circling
For two hours you circle each other like cats sharing a garden, always one room apart.
Around midnight {he()} goes out onto the balcony alone.
* [Follow {him()} out, with a lighter you don't need #step: pursue]
    ~ step_pursue(2)
    You borrow a lighter and step into the cold. {partner_name} is at the far end, looking down at the canal. You have a sentence ready. Then the door bangs open, four people spill out to serenade the neighbours, {he()} is swept into the singing, and you're left holding a lighter for nobody, smiling as if this were the plan.
* [Stay inside and dance with Noor; let {him()} come to you #step: withdraw]
    ~ step_withdraw(2)
    You pull Noor onto the rug and the two of you dance badly on purpose, all elbows. It's a good show. When the song ends, {partner_name} is in the doorway with the balcony's cold still on {his()} jumper, watching, and you think: there. Your move. {He()} doesn't make it. But {he()} doesn't leave the doorway either.
* [Stay where you are and let the evening be the evening #step: ground]
    ~ step_ground(1)
    You stay on the arm of the sofa, where someone is explaining a Finnish film, seen three times, better every time. You ask questions. For ten whole minutes you forget {partner_name}, and when you remember, with a jolt, {he()} is across the room, watching you, as if {he()}'s been the one keeping track.
- -> introduction

= introduction
At a quarter to one Noor puts her glass down with a click.
{
- last_step == "pursue": “I can't watch this any more,” she says. “You went out on a balcony in November with a lighter. You don't smoke. You have never once owned a lighter.”
- last_step == "withdraw": “I can't watch this any more,” she says. “I've been your stage prop for an hour. You've been dancing at {him()} like it's an audition.”
- else: “I can't watch this any more,” she says. “You're doing Finnish cinema and {he()}'s been staring at the back of your head like it owes {him()} money.”
}
Before you can stop her she's towing you across the room by the wrist.
“{partner_name}, my best friend. Best friend, {partner_name}. Jip thinks you're casing the flat. Talk.” And she's gone.
“Hi,” says {partner_name}. “Hi,” you say: the full extent of your prepared material.
Then the music goes all the way up and the crowd presses you into the corridor, against {partner_name}: cold air, soap. # sfx: crowd
{He()} puts {his()} mouth to your ear. “I'm hopeless at small talk. Tell me the biggest thing that ever happened to you.”
* [Tell {him()} everything, straight away #step: pursue]
    ~ step_pursue(2)
    ~ p1_told = "all"
    So you tell {him()}, as if {he()} has pulled a loose thread and the whole jumper is coming. The summer you were eight: a car that didn't stop, your bike folded like a paper clip, six weeks on the children's ward, fourth floor, your leg up on pulleys, counting the hundred and twelve holes in the ceiling tile in case one had moved.
    The aquarium in the corridor, one fat orange fish the children called the Mayor because it swam its rounds as if it ran the place. The nurse with the card tricks. Visiting time ending at seven, and you watching the door until the last sound of your parents' shoes was gone, and then a while longer.
    The night your mother cried outside the door, quietly, to a doctor. You have never told anyone all of it. Now you're shouting it into a stranger's ear in a corridor that smells of spilled wine.
    {partner_name} has gone completely still. “Fourth floor,” {he()} says. “With the fish.” You stare at {him()}. “The Mayor.”
* [Give {him()} a joke and see whether {he()} digs #step: withdraw]
    ~ step_withdraw(1)
    ~ p1_told = "joke"
    “I once won a meat raffle,” you say into {his()} ear. “Two kilos of sausages. I'm vegetarian.” {He()} laughs; you feel it in {his()} chest. Then {he()} shakes {his()} head without moving an inch away. “Nice try. Now the real one.”
    {He()} waits, smiling, as if {he()} has all night and would like to spend it right here. It's unbearable. It's lovely. So you give {him()} a piece, only a piece: the summer you were eight, a car, your bike, a hospital.
    “Which hospital?” You tell {him()}. “The children's ward, fourth floor—” and {he()} says, before you can: “With the aquarium.”
* [Ask {him()} to go first #step: ground]
    ~ step_ground(1)
    ~ p1_told = "asked"
    “You first,” you say. “You asked.” {He()} laughs, caught out, and then tells it haltingly, as if reading it off something far away: a summer when {he()} was ten, lungs that kept folding up like wet paper bags, seven weeks on a children's ward where the windows didn't open.
    “There was a fish,” {he()} says. “In the corridor. This fat orange thing, everyone called it—”
    “The Mayor,” you say. It rises out of you like a bubble from the bottom of a pond.
- -> shared

= shared
You work it out mouth to ear: the same heatwave summer, the same ward. You in room four by the lift; {he()} twenty metres away, by the broken blind.
“Ineke,” {he()} says. “With the cards.”
“Queen of hearts from behind your ear,” you say, “even when you'd picked the three of clubs.”
“Especially then.”
Then the part {he()} never meant to tell: when visiting time ended, {he()} turned to the wall before {his()} parents reached the door. “So it wouldn't hurt. I was ten.”
{p1_told == "all":{He()} has heard your half: the door, the shoes, the watching.|You watched the door to the last footstep. You don't say so.}
{His()} hand has found yours, low down. “When you walked in,” {he()} says, “I thought: I know that face.”
* [Let yourself believe it: this is why it had to be {him()} #step: pursue]
    ~ step_pursue(1)
    Of course it's {him()}: that's why you couldn't get {him()} out of your head. The fantasy arrives fully furnished: a long table, friends who've heard this story a hundred times, {him()} doing the bit about the Mayor. You're already homesick for a life that hasn't happened yet.
* [Say something dry: half the city passed through that hospital #step: withdraw]
    ~ step_withdraw(1)
    “Half the city passed through that hospital,” you say. “We probably shared a bedpan.” {He()} laughs, but {his()} face drops a fraction first, and you feel it, like shutting a small door on your own fingers. {He()} leans in again anyway, closer, as if the joke were a dare.
* [Stay with what's true: it's strange and lovely, and you've known {him()} ten minutes #step: ground #locked: {pull_strong()} #why: The music, the fish, {his()} breath in your ear: the part of you that wanted to go slowly has left the building.]
    ~ step_ground(1)
    It's strange and lovely and your skin is humming with it. It's also a coincidence shared with a whole ward of children, and you've known this person for about four songs. You hold both. “I don't know you yet,” you say into {his()} ear. “I'd like to.” {He()} looks at you as though nobody has ever said quite that to {him()}.
- -> friends

= friends
Then friends call {him()} from the front door. “Don't go anywhere,” {he()} says, and goes, and the place where {he()} stood turns cold absurdly fast.
Noor appears, cake on her cheek, talking. Your attention waits across the room like a dog tied up outside a shop.
There {he()} is, murmuring into someone's ear, exactly the way {he()} leaned in to you.
{p1_told == "all":You gave {him()} all of it, your mother crying too. For one cold second you wonder what {he()} does with things like that.}
Something small turns over in your stomach. At the back of your head, irritatingly, Noor: Lovely. Doesn't stay anywhere long. # body: stomach
* [Listen to it: ask Noor what she meant, back in the spring #step: ground #locked: {pull_strong()} #why: The voice is so small, and the warm place where {his()} hand was is so big.]
    ~ step_ground(2)
    ~ p1_listened = true
    “Noor. In the spring you said {he()} doesn't stay anywhere long. What did you mean?”
    Noor wipes the cake off her cheek and thinks about it properly, which is why you love her. “There was someone last winter. A house on fire for a month, then {he()} got quieter and quieter until there was nothing left. No row. {He()} just wasn't there any more.” A look. “People are allowed a bad winter.”
    “I know,” you say. But this time you put it somewhere you can reach, like keys on a hook by the door.
* [Tell the voice to pipe down: it's been wrong before, and this is different #step: pursue]
    ~ step_pursue(2)
    You know that voice. It has narrated every almost and not-quite of the past few years, and look where listening got you: alone at parties, circling. Tonight someone was twenty metres away when you were small and frightened. If that isn't a sign, there's no such thing. You turn the voice down like a radio in another room.
* [Turn your back on {his()} side of the room and see how long {he()} stays away #step: withdraw]
    ~ step_withdraw(2)
    You turn your back squarely on {his()} side of the room and ask Noor about her week with enormous, theatrical interest. A test, you tell yourself. If {he()} means it, {he()}'ll come.
    Nine minutes. You never look at your phone and count every one. Then a hand at your elbow, {his()} voice low behind you. “You went somewhere.”
    “I'm right here.”
    “You went somewhere,” {he()} says. “Come back.”
- -> the_ask

= the_ask
At three, with Jip asleep in a paper crown, {partner_name} finds you in the kitchen, rinsing a glass you won't use.
“I live over the bridge. A piano with its insides on the floor, nothing in the fridge but lemons.” {He()} turns {his()} head. “Come with me.” It isn't really a question.
Your heart knocks once, hard, like someone at a door you weren't expecting. # body: heart
* [Go. No brake, no looking back #step: pursue]
    ~ step_pursue(3)
    ~ p1_went_home = true
    You put the glass down. You don't answer; you don't have to. You find your coat on the bed by feel, and Noor, half asleep on the sofa, opens one eye as you pass and closes it again. You decide that's a blessing.
    -> night
* [Say not tonight: give {him()} your number and ask to see {him()} in daylight #step: ground #locked: {pull_strong()} #why: Your whole body has already said yes; a sentence with “not” in it won't fit through your throat.]
    ~ step_ground(2)
    -> not_tonight
* [Say you're shattered and leave first, before {he()} can say another word #step: withdraw]
    ~ step_withdraw(2)
    -> walked_off

= not_tonight
“Not tonight,” you say. Your heart disagrees, loudly; it's allowed an opinion. “But I want to see you again. Sober. In daylight. Somewhere we can hear each other.”
Something crosses {his()} face you can't read: surprise, or the look of someone who has just lost a round of a game you didn't know you were playing. Then {he()} smiles and holds out {his()} phone. Your thumbs aren't entirely steady.
{He()} walks you down. Outside it's bitterly cold, a thin mist on the canal under the lamps, and your bike is where you left it, chained to a railing with four others. Your fingers fumble with the lock.
{partner_name} leans on the railing beside you, {his()} breath a small cloud between you. “One drink. At mine. Just talking, I promise. I'm not ready for tonight to stop. Are you, honestly?” {He()} straightens your scarf as if {he()} has done it for years.
Your breath catches high in your chest, and the key slips out of the lock. # body: breath
* [Hold it, warmly: “Not tonight. Ask me again tomorrow.” #step: ground]
    ~ step_ground(1)
    ~ boundary_held()
    “Not tonight,” you say again, and it's easier the second time, like a stair you've already tested. “Ask me again tomorrow. I'd like to be asked.”
    {He()} laughs, a soft, surprised breath, and lifts both hands: you win. “Tomorrow,” {he()} says, as if writing it down. You cycle off feeling {him()} watch you with the whole of your back, and don't look round until the bridge. {He()}'s still there, under the lamp.
    -> alone
* [Give in: one drink, just talking #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    “One drink,” you say. The lock clicks shut again; you've decided without deciding. You walk over the bridge together, and neither of you mentions the drink again, and there is no drink.
    -> night

= walked_off
“I'm shattered,” you say, and kiss {him()} on the cheek, quick and light, a full stop, and walk out before {his()} face can do anything at all.
Noor, half asleep on the sofa, opens one eye. “Are you sure?” “Completely,” you say: the least true thing you've said all night.
Three flights down the cold hits you like a slap. You feel marvellous. You feel sick. Your fingers won't work the bike lock.
Then the street door bangs open behind you. # sfx: door
{partner_name}, no coat, no shoes, no, one shoe, nearly skids on the wet cobbles. “You were just going to go? I haven't even got your number. I'd have had to ask Noor, like we're fifteen.”
{He()}'s laughing, but {his()} eyes aren't. {He()} holds your cold hands against {his()} chest, and under your fingers {his()} heart is going as fast as yours.
Your throat tightens around a word you haven't found yet. # body: throat
* [Give {him()} your number, and still cycle home alone #step: ground #locked: {pull_strong()} #why: {His()} heart under your hands is the only thing in the street, and your legs have already turned round.]
    ~ step_ground(1)
    ~ boundary_held()
    You type your number into {his()} phone and kiss {him()} once, properly: not a full stop, a comma. “Call me. In daylight.” Then the lock gives and you ride away, and this time it isn't a trick. You just want to get home with this still whole inside you, like a glass filled to the brim.
    -> alone
* [Let {him()} warm your hands, and go back with {him()} #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    You let {him()} warm your hands. You let {him()} fetch {his()} other shoe. You let yourself be walked, bike and all, over the bridge, and it feels like winning, and like losing, and mostly like {his()} hand.
    -> night

= night
# scene: bedroom
The piano is real, its hammers laid out on the floor like a small felt army. “Mind the C's,” {he()} says, steering you round them by the hips.
{He()} is slow with you, as if learning you by heart.
Afterwards {he()} traces the old scar on your shin like braille. “I never tell anyone about the wall. I don't know why I told you.” A pause. “Yes, I do.”
{
- p1_listened: Towards dawn Noor's voice drifts up: a bad winter, quieter and quieter. You look at {his()} sleeping face, one arm flung over {his()} eyes like a child's, and let the thought sink without a sound.
- rounds > 0: In the small hours you remember that you said no tonight, out in the cold, and that it was true. It feels like something that happened to somebody else, in a different city.
- else: You don't sleep. The first tram grinds round the corner, and {he()} pulls you closer in {his()} sleep, as if even asleep {he()} knows exactly where you are.
}
In the morning, jumper inside out, {he()} brings coffee. “Come back tonight. And tomorrow. I don't want to play it cool with you. I wouldn't know how.”
-> weeks

= alone
# scene: home
You cycle home through a city that belongs to nobody: black canals, a gull on every bollard, the bakery on the corner already lit, someone in a white apron lifting trays behind the steamed-up glass. Your face aches; it takes a whole bridge to work out that it's from smiling.
You sit on the edge of your bed in your coat. Your phone buzzes. # sfx: buzz
“Ineke says hi. She just found the queen of hearts behind my ear and I thought of you. Sleep well. Tomorrow.”
You read it eleven times, and don't answer yet. Not a tactic: you just want to lie here with it, like a sun-warmed stone in your pocket.
At twelve {he()} calls, as agreed, and asks again. You walk along the river for four hours: {his()} year in Lisbon, which was Porto; the boats, which were pianos; the brother {he()} doesn't see; the aunt you'd both have hated. Under the railway bridge {he()} kisses you while a train shakes the world, and you both laugh at the cliché and do it again.
“I've never been made to wait before,” {he()} says. “I liked it. I hated it. I liked it.”
That night you go home with {him()}. Not because you couldn't stop. Because you wanted to, and knew it, and the knowing felt like solid ground.
-> weeks

= weeks
# scene: bedroom
The weeks that follow have no edges. From a claw machine {he()} wins you an orange plastic fish: the Mayor, restored to office.
{
- p1_told == "all": {He()} knows all of that summer now, your mother's voice too, and brings it up so tenderly that you feel known right down to the floorboards.
- p1_told == "joke": {He()} tells the meat raffle story to strangers in shops. But it's the other story {he()} comes back to, late at night, as if {he()} still can't believe you were there.
- else: {He()} talks about the ward more than you do now. You notice, without wanting to, that {he()} always tells it from the side of the wall.
}
“I don't let people in,” {he()} says into your neck. “I think I could. With you.”
The lateness is charming. So are the afternoons {his()} phone goes dead. You explain it all before anyone asks. Nobody asks.
{p1_listened:Noor asks how it's going. “Really good,” you say. She doesn't mention winter. Neither do you.}
One Sunday you tell {him()} about the house in the dunes Noor's family rents every August, and its spare room. “Come,” you say, lightly.
{He()} kisses your shoulder. “August is so far away. Let's just have now.”
Something in your stomach pauses, like a foot on a creaking stair. # body: stomach
* [Let it go: now is plenty, and August will come on its own #step: pursue]
    ~ step_pursue(1)
    Of course. Now is more than you've had in years. You fold August away with the other things you've decided not to need yet, pull the duvet over both your heads, and {he()} laughs into your neck, and you're sure that nobody who holds you like this is going anywhere.
* [Ask, lightly but for real: “Is that a no to August?” #step: ground #locked: {pull_strong()} #why: Asking might break the spell, and the spell is the best thing that has happened to you in years.]
    ~ step_ground(1)
    “Is that a no to August?” you ask. Lightly. But you wait for the answer, and {he()} hears that you're waiting.
    “It's a not-yet,” {he()} says. “I'm slow with the future. It's got nothing to do with you. Is that all right?”
    It's honest, and it stings a little, and you find you can hold both. “For now,” you say, and you mean the “for now” as much as the rest.
* [Drop August, and make your own summer plans without {him()} #step: withdraw]
    ~ step_withdraw(1)
    “Sure,” you say, and smile, and while {he()}'s in the shower you text Noor: count me in for August, just me. You are not going to be the one left holding a spare room. It feels like strength. Very faintly, it also feels like turning your face to a wall.
- For a few weeks the world is two people wide.
It lasts just under a month. # pause: 1
-> text_message
