// Phase 1 — The first song. The party where it begins: the long looks, the circling, Noor's
// introduction, the shared story in the crowded hallway, the small voice, the night.
// The partner answers by the law: chase {him()} and {he()} is always one room further on;
// let go and {he()} is at your side. Take the night in one rush and the morning brings the
// first silence (quiet); go home alone and {he()} turns up at your door.

=== party ===
# phase: 1
# scene: party # partner: away
Where it began: a stairwell smelling of wet coats, Noor’s hand between your shoulder blades, your heart going faster than three flights explain.
{dances_before > 0:{last_ending == "cycle":Someone new tonight, and still your feet know the first steps.|You’ve felt this before, for someone else. The face changes; the pounding doesn’t.}}
On the last landing Noor turns. “Jip says {partner_name}’s coming.” She says it quietly, without looking at you.
“So?” Half a tone too high. You both hear it.
You’ve seen {partner_name} four times, never spoken. And Noor, once, lightly: “Lovely. Doesn’t stay anywhere long.” You put that where you never look.
Inside, a black window above the coats hands you back your own face.
* [Check your face in the glass, then go looking for {him()} #step: pursue]
    ~ step_pursue(1)
    Flushed, a little hungry. You fix your hair, undo it, fix it. Then you walk through every room pretending to look for the loo.
* [Tell Noor you’re here for her and Jip’s cake, full stop #step: withdraw]
    ~ step_withdraw(1)
    “I’m here for you,” you say. “And for Jip’s cake.” Noor says “Sure,” in the voice she keeps for toddlers. You resolve not to look for anyone. It lasts forty seconds.
* [Admit you’re nervous, and ask Noor not to vanish on you #step: ground]
    ~ step_ground(1)
    “I’m nervous,” you say, and just saying it lets some air out. “Don’t vanish on me the first hour?” Noor hooks her little finger through yours. “First hour. Then it’s a party.”
- {you_chased():{partner_name} isn’t here yet. Every time the bell goes your head turns a few degrees towards the hall, and Noor sees every degree.|{partner_name} is already here: from the kitchen comes a laugh you’d know anywhere.}
-> looks

= looks
{you_chased():Not until nearly eleven is {he()} in the kitchen doorway, the cold still in {his()} coat, talking to Jip and looking at nobody else.|You find {him()} without looking: {partner_name}, in the kitchen doorway, head tilted towards Jip, entirely taken up with whatever Jip is saying.} # partner: here
Then {he()} looks up and finds you too. Not a glance: it lands and stays, three seconds, four.
* [Hold the look, for as long as {he()} wants #step: pursue]
    ~ step_pursue(2)
    You don’t look away. Neither does {he()}. One corner of {his()} mouth lifts: not quite a smile. An answer. When someone steps between you, you find you’ve stopped breathing.
* [Look away first and laugh at something Noor says #step: withdraw]
    ~ step_withdraw(1)
    You laugh at whatever Noor said, head back. You don’t check whether {he()} sees. You know {he()} does.
* [Notice what the look does to you before you act on it #step: ground]
    ~ step_ground(1)
    Heat climbs your neck. You let it be there a moment, give {him()} a small plain nod, hello, I see you, and turn back to Noor. Your heart is going fast. But it’s yours.
- “Oh,” Noor says quietly. “That’s not nothing.”
-> circling

= circling
For two hours you circle each other, always one room apart.
{partner_close() || (you_let_go() && not partner_far()):If you stand by the bookcase, {he()} turns up on the other side of it. If you go to the kitchen, {he()} is suddenly thirsty.|Whenever you walk into a room, {he()} has just left it for the next. Mostly you see {his()} back.}
Around midnight {he()} goes out onto the balcony alone.
* [Follow {him()} out, with a lighter you don’t need #step: pursue]
    ~ step_pursue(2)
    You borrow a lighter and step into the cold, a sentence ready. Then four people spill out to serenade the neighbours, {he()} is swept into the singing, and you’re left with a lighter for nobody, smiling as if this were the plan.
* [Stay inside and dance with Noor; let {him()} come to you #step: withdraw]
    ~ step_withdraw(2)
    You pull Noor onto the rug and dance badly on purpose, all elbows. When the song ends, {partner_name} is in the doorway, watching. Your move, you think. {He()} doesn’t make it. {He()} doesn’t leave the doorway either.
* [Stay where you are and let the evening be the evening #step: ground]
    ~ step_ground(1)
    On the arm of the sofa someone explains a Finnish film. You ask questions. For ten minutes you forget {partner_name}. When you look up, {he()} is watching you from across the room, and by the look of it has been for a while.
- -> introduction

= introduction
At a quarter to one Noor puts her glass down with a click.
{
- you_chased(): “I can’t watch this any more,” she says. “A lighter. You don’t even smoke.”
- last_step == "withdraw": “I can’t watch this any more,” she says. “I’ve been your stage prop for an hour.”
- else: “I can’t watch this any more,” she says. “{He()}’s been staring at the back of your head for an hour.”
}
{partner_close() || (you_let_go() && not partner_far()):She takes your wrist, but halfway across the room {partner_name} is already coming to meet you.|She tows you across the room by the wrist, to the corner where {partner_name} stands with {his()} back to you.}
“{partner_name}, my best friend. Best friend, {partner_name}. Talk.” And she’s gone.
“Hi,” says {partner_name}. “Hi,” you say: the full extent of your prepared material.
Then the music goes up and the crowd presses you into the corridor, against {partner_name}: cold air, soap. # sfx: crowd
{His()} mouth at your ear: “I’m hopeless at small talk. Tell me the biggest thing that ever happened to you.”
* [Tell {him()} everything, straight away #step: pursue]
    ~ step_pursue(2)
    ~ p1_told = "all"
    So you tell {him()}, all of it in one go, hardly stopping for breath. The summer you were eight: a car that didn’t stop, six weeks on the children’s ward, fourth floor.
    The fat orange fish in the corridor aquarium, the Mayor, doing its slow rounds of the tank. Visiting time ending at seven, and you watching the door until your parents’ shoes had gone quiet. Your mother crying outside, one night, to a doctor.
    You’ve never told anyone all of it.
    {partner_name} has gone completely still. “Fourth floor,” {he()} says. “With the fish.” You stare at {him()}. “The Mayor.”
* [Give {him()} a joke and see whether {he()} digs #step: withdraw]
    ~ step_withdraw(1)
    ~ p1_told = "joke"
    “I once won a meat raffle,” you say. “Two kilos of sausages. I’m vegetarian.” {He()} laughs; you feel it in {his()} chest. “Nice try. Now the real one.”
    {He()} waits, smiling. It’s unbearable. So you give {him()} a piece: the summer you were eight, a car, a hospital.
    “Which hospital?” You tell {him()}. “The children’s ward, fourth floor—” and {he()} says: “With the aquarium.”
* [Ask {him()} to go first #step: ground]
    ~ step_ground(1)
    ~ p1_told = "asked"
    “You first,” you say. “You asked.” {He()} laughs, caught out, and tells it haltingly: a summer when {he()} was ten, lungs that kept collapsing, seven weeks on a children’s ward.
    “There was a fish,” {he()} says. “This fat orange thing, everyone called it—”
    “The Mayor,” you say. It’s out before you know it.
- -> shared

= shared
Mouth to ear you work it out: the same heatwave summer, the same ward. You in room four by the lift; {he()} twenty metres away.
“Ineke,” {he()} says. “With the cards.”
“Queen of hearts from behind your ear,” you say, “even when you’d picked the three of clubs.”
“Especially then.”
Then what {he()} never tells: when visiting time ended, {he()} turned to the wall before {his()} parents reached the door. “So it wouldn’t hurt.”
{p1_told == "all":{He()} has heard your half: the door, the shoes, the watching.|You watched the door to the last footstep. You don’t say so.}
{partner_close() || (you_let_go() && not partner_far()):{His()} hand finds yours, low down. “When you walked in, I thought: I know that face.”|{His()} eyes go past your shoulder to the room for a moment, then back. “When you walked in, I thought: I know that face.”}
* [Believe it: this is why it had to be {him()} #step: pursue]
    ~ step_pursue(1)
    Of course it’s {him()}: that’s why you couldn’t get {him()} out of your head. You’re already homesick for a life that hasn’t happened: a long table, friends who’ve heard this story a hundred times.
* [Say something dry about coincidence #step: withdraw]
    ~ step_withdraw(1)
    “Half the city passed through that hospital,” you say. “We probably shared a bedpan.” {He()} laughs, but {his()} face drops a fraction first, and you see it. Then {he()} leans in closer. {He()}’s taking the joke as a dare.
* [Stay with what’s true: it’s lovely, and you’ve known {him()} ten minutes #step: ground #locked: {pull_strong()} #why: The music, the fish, {his()} breath in your ear: the part of you that wanted to go slowly has left the building.]
    ~ step_ground(1)
    It’s strange and lovely. It’s also a coincidence shared with a whole ward, and you’ve known this person for four songs. “I don’t know you yet,” you say into {his()} ear. “I’d like to.” {He()} looks at you as if nobody has ever said that to {him()}.
- -> friends

= friends
Friends call {him()} from the front door. “Don’t go anywhere,” {he()} says, and goes. Noor appears, talking; your attention stays across the room.
There {he()} is, murmuring into someone’s ear, exactly the way {he()} leaned in to you. {partner_close() || (you_let_go() && not partner_far()):Twice {he()} looks over {his()} shoulder to check you’re still there.|{He()} doesn’t look round once.}
{p1_told == "all":You gave {him()} all of it, your mother crying too. For one cold second you wonder what {he()} does with things like that.}
Something small turns over in your stomach. At the back of your head, irritatingly, Noor: Lovely. Doesn’t stay anywhere long. # body: stomach
* [Listen to it: ask Noor what she meant #step: ground #locked: {pull_strong()} #why: The voice is so small, and the warm place where {his()} hand was is so big.]
    ~ step_ground(2)
    ~ p1_listened = true
    “Noor. In the spring you said {he()} doesn’t stay anywhere long. What did you mean?”
    Noor thinks about it properly. “There was someone last winter. A house on fire for a month, then quieter and quieter. No row. {He()} just wasn’t there any more.” A look. “People are allowed a bad winter.”
    “I know,” you say. But this time you don’t put it where you never look. You put it where you can reach it.
* [Tell the voice to pipe down: this is different #step: pursue]
    ~ step_pursue(2)
    You know that voice, and look where listening got you: alone at parties, circling. Someone was twenty metres away when you were small and frightened. If that isn’t a sign, nothing is. You turn the voice down.
* [Turn your back and see how long {he()} stays away #step: withdraw]
    ~ step_withdraw(2)
    You turn your back on {his()} side of the room and ask Noor about her week. A test. If {he()} means it, {he()}’ll come.
    Nine minutes. You count every one. Then a hand at your elbow, {his()} voice low behind you. “You went somewhere.”
    “I’m right here.”
    “You went somewhere,” {he()} says. “Come back.”
- -> the_ask

= the_ask
{
- partner_close(): At three {partner_name} finds you in the kitchen, rinsing a glass you won’t use.
    “I live over the bridge. A piano with its insides on the floor, lemons in the fridge. Come with me.” It isn’t a question.
- partner_far(): At three, holding a glass you no longer want, you see {partner_name} in the hall with {his()} coat on, {his()} friends already on the stairs. For an hour you’ve seen only the back of {his()} head.
    “We’re going on somewhere,” {he()} says. Then, a beat later: “Or come back to mine. Over the bridge. There’s a piano in pieces on the floor.”
- else: At three {partner_name} leans in the kitchen doorway while you rinse a glass you won’t use. {He()} watches for a long time before {he()} says anything.
    “I live over the bridge. A piano with its insides on the floor, lemons in the fridge.” A breath. “Come with me? If you want.”
}
Your heart misses a beat, then pounds. # body: heart
* [Go. No brake, no looking back #step: pursue]
    ~ step_pursue(3)
    ~ p1_went_home = true
    You put the glass down. You don’t have to answer. Noor, half asleep on the sofa, opens one eye as you pass and closes it again.
    -> night
* [Say not tonight, and ask to see {him()} in daylight #step: ground #locked: {pull_strong()} #why: Your whole body has already said yes; a sentence with “not” in it won’t fit through your throat.]
    ~ step_ground(2)
    -> not_tonight
* [Say you’re shattered and leave first #step: withdraw]
    ~ step_withdraw(2)
    -> walked_off

= not_tonight
“Not tonight,” you say. Your heart disagrees, loudly. “But I want to see you again. Sober. In daylight.”
Something crosses {his()} face: surprise, or someone losing a round of a game you didn’t know you were playing. Then {he()} smiles and holds out {his()} phone.
{He()} walks you down. Outside it’s bitterly cold, mist on the canal, and your fingers fumble with the bike lock.
{partner_close() || (you_let_go() && not partner_far()):{partner_name} leans on the railing beside you. “One drink. At mine. Just talking, I promise. I’m not ready for tonight to stop. Are you?” {He()} straightens your scarf without asking.|{partner_name} stays on the step, hands in {his()} pockets. “One drink, then. At mine. Just talking.” {He()} says it lightly, but {he()} isn’t going back inside until you’ve answered.}
Your breath catches high in your chest, and the key slips out of the lock. # body: breath
* [Hold it, warmly: “Not tonight. Ask me again tomorrow.” #step: ground]
    ~ step_ground(1)
    ~ boundary_held()
    It’s easier the second time. “I’d like to be asked.”
    {He()} laughs, surprised, and lifts both hands: you win. “Tomorrow,” {he()} says, as if writing it down. You feel {him()} watch you all the way to the bridge. When you look round, {he()}’s still there, under the lamp.
    -> alone
* [Give in: one drink, just talking #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    The lock clicks shut again; you’ve decided without deciding. You walk over the bridge together, and there is no drink.
    -> night

= walked_off
“I’m shattered,” you say, and kiss {him()} on the cheek, a full stop, and walk off before {his()} face can do anything at all.
Noor, half asleep on the sofa, opens one eye. “Are you sure?” “Completely,” you say: the least true thing you’ve said all night.
Downstairs the cold hits you in the face. You feel marvellous. You feel sick. Your fingers won’t work the bike lock. # partner: away
Then the street door bangs open behind you. # sfx: door
{partner_close() || (you_let_go() && not partner_far()):{partner_name}, no coat, one shoe, nearly skids on the wet cobbles. “You were just going to go? I haven’t even got your number. I’d have had to ask Noor, like we’re fifteen.”|{partner_name}, coat on, hands in pockets, taking {his()} time. “I was leaving anyway,” {he()} says. “Coincidence.” Then, faster: “I haven’t even got your number.”} # partner: here
{He()}’s laughing, but {his()} eyes aren’t. {He()} holds your cold hands against {his()} chest, and under your fingers {his()} heart is going as fast as yours.
Your throat tightens around a word you haven’t found yet. # body: throat
* [Give {him()} your number, and still cycle home alone #step: ground #locked: {pull_strong()} #why: {His()} heart under your hands is the only thing in the street, and your legs have already turned round.]
    ~ step_ground(1)
    ~ boundary_held()
    You type your number into {his()} phone and kiss {him()} once, properly: not a full stop, a comma. “Call me. In daylight.” Then the lock gives and you ride away. It isn’t a trick. You ride carefully, with something so full in your chest you don’t want to spill it.
    -> alone
* [Let {him()} warm your hands, and go back with {him()} #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    You let {him()} warm your hands. You let yourself be walked, bike and all, over the bridge, and it feels like winning, and like losing, and mostly like {his()} hand.
    -> night

= night
# scene: bedroom
The piano is real, its hammers laid out in rows on the floor. “Mind the C’s,” {he()} says, steering you round them by the hips.
{He()} is in no hurry with you. {He()} asks things, quietly, and actually waits for the answers.
Afterwards {his()} thumb finds the old scar on your shin. “I never tell anyone about the wall.” A pause. “I know why I told you.”
{
- p1_listened: Towards dawn Noor’s voice drifts up: a bad winter, quieter and quieter. You look at {his()} sleeping face, one arm flung over {his()} eyes, and let the thought sink.
- rounds > 0: In the small hours you remember that you said no tonight, out in the cold, and meant it. It feels like something that happened to somebody else.
- else: You don’t sleep. The first tram grinds round the corner, and {he()} pulls you closer in {his()} sleep.
}
{pattern_so_far() == "pursue" || partner_far():In the morning {he()} is already dressed, standing at the window with {his()} phone. “I’ve got to be somewhere. I’ll call you.” A kiss on your hair, and the door.|In the morning {he()} brings coffee. “Come back tonight. And tomorrow. I don’t want to play it cool with you.”}
{pattern_so_far() == "pursue" || partner_far():-> quiet|-> weeks}

= quiet
# scene: home # partner: away
{partner_far():{He()} doesn’t call. Not that day, not the next.|{He()} doesn’t call that day. Late in the evening, a text: “busy. tomorrow?” And then nothing all the next day.}
You put your phone in the fruit bowl and take it out again. {He()}’s busy, you tell nobody. A night like that would unsettle anyone. You haven’t called either.
On the third evening you’re doing the washing-up and, for a moment, not waiting. Then a knock. # sfx: knock
{partner_name} on the mat, with a bag of lemons. “I thought you’d gone off me,” {he()} says. The one who went quiet was {him()}. # partner: here
-> weeks

= alone
# scene: home # partner: away
You cycle home through a city that belongs to nobody. Your face aches; it takes a whole bridge to work out that it’s from smiling.
You sit on the edge of your bed in your coat. Your phone buzzes. # sfx: buzz
“Ineke says hi. She just found the queen of hearts behind my ear. Sleep well. Tomorrow.”
You don’t answer yet. Not a tactic: you just want to keep it to yourself a little longer.
{partner_close() || (you_let_go() && not partner_far()):At twelve the bell goes downstairs. {partner_name}, unshaven, two coffees. “You said daylight. It’s daylight.”|At twelve {he()} calls. At one {he()}’s downstairs with two coffees, a little shy. “Is this daylight enough?”} # partner: here
“I’ve never been made to wait before,” {he()} says on your stairs. “I liked it. I hated it. I liked it.”
That night you go home with {him()}. Not because you couldn’t stop. Because you wanted to, and knew it.
-> weeks

= weeks
# scene: bedroom
The weeks that follow have no edges. From a claw machine {he()} wins you an orange plastic fish: the Mayor.
{
- p1_told == "all": {He()} knows all of that summer now, and brings it up so carefully you feel entirely known.
- p1_told == "joke": {He()} tells the meat raffle story to strangers in shops. But late at night it’s the other story {he()} comes back to.
- else: {He()} talks about the ward more than you do, and always about the evenings, when visiting time was over.
}
“I don’t let people in,” {he()} says into your neck. “With you I think I could.”
The lateness is charming. So are the afternoons {his()} phone goes dead. You explain it before anyone asks.
{p1_listened:Noor asks how it’s going. “Really good,” you say. She doesn’t mention winter. Neither do you.}
One Sunday you mention the spare room at Noor’s family’s dunes house in August. “Come,” you say, lightly.
{
- partner_close(): {He()} kisses your shoulder. “Maybe. August’s a long way off. Let’s have now first.”
- partner_far(): {He()} gets up to make tea and calls from the kitchen: “August is so far away.” When {he()} comes back, you’re talking about something else.
- else: {He()} kisses your shoulder. “August is so far away. Let’s just have now.”
}
Your stomach tightens, briefly. # body: stomach
* [Let it go: now is plenty #step: pursue]
    ~ step_pursue(1)
    Of course. Now is more than you’ve had in years. You fold August away and pull the duvet over both your heads. Nobody who holds you like this is going anywhere.
* [Ask, lightly but for real: “Is that a no?” #step: ground #locked: {pull_strong()} #why: Asking might break the spell, and the spell is the best thing that has happened to you in years.]
    ~ step_ground(1)
    “Is that a no to August?” you ask. Lightly. But you wait for the answer, and {he()} hears that you’re waiting.
    “It’s a not-yet,” {he()} says. “I’m slow with the future. It’s not about you.”
    It’s honest, and it stings a little. “For now,” you say, and you mean the “for now” as much as the rest.
* [Drop it, and make your own summer plans #step: withdraw]
    ~ step_withdraw(1)
    “Sure,” you say, and while {he()}’s in the shower you text Noor: count me in for August, just me. It feels like strength. For a moment you also think of a child in a hospital bed, face to the wall.
- {you_chased():For a few weeks the world is two people wide.|For a few weeks the world is two people wide, and {he()} is the one who rings every evening.}
It lasts just under a month. # pause: 1
-> text_message
