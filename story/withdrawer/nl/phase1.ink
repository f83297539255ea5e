// Fase 1 van de route van wie terugtrekt — het feest bij Bas. De angst is er gewoon niet: de
// jacht, de kick, de opluchting dat er eindelijk iemand is voor alles wat je binnenhield.
// Je meent elk woord. De partner antwoordt volgens de wet: jaag je, dan wijkt {hij()} een
// kamer; laat je los, dan staat {hij()} naast je. Zie ../README.md.

=== w_party ===
# phase: 1
# scene: party # partner: away
Bas doet open met een schort voor en een pollepel in zijn hand. ‘Je bent laat,’ zegt hij, ‘en je ruikt naar fietsen.’
{dances_before > 0:{last_ending == "cycle":Het is iemand anders deze keer, een ander gezicht in een andere keuken. De eerste passen kent je lijf al.|Je bent hier eerder geweest. Niet in dit huis, niet bij deze mensen: in dit begin.}}
Het huis staat vol. Jassen op het bed, flessen in het bad, ergens een bas die door de vloer komt. Je hebt deze maand weinig gezien behalve je werk en je eigen plafond, en ineens ben je wakker.
Bas duwt je een glas in handen. ‘Er is hier iemand die je nog niet kent.’ Hij zegt het zoals hij alles zegt: terloops.
‘Er zijn hier veertig mensen die ik niet ken.’
‘Eentje maar die telt.’ Hij knikt naar de keuken. Daar staat {partner_name}, met {zijn()} rug tegen het aanrecht, te lachen om iets wat niemand anders grappig vond.
* [Loop meteen de keuken in #step: pursue]
    ~ step_pursue(1)
    Je hebt geen plan, alleen benen. Halverwege de gang bedenk je dat je iets nodig hebt, ijs, een opener, een reden. Je pakt een schaaltje chips dat al vol is.
* [Zeg tegen Bas dat je niet voor een koppelavond komt #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik kom voor jou,’ zeg je. ‘En voor je soep.’ Bas roert en zegt niets. Je gaat expres met je rug naar de keuken staan. Je voelt die keuken toch, warm in je nek.
* [Vraag Bas wat hij bedoelt met ‘telt’ #step: ground]
    ~ step_ground(1)
    ‘Telt voor wie?’ vraag je. Bas haalt zijn schouders op. ‘Jij kijkt al de hele tijd die kant op. Ik zeg alleen hardop wat jij denkt.’ Je lacht, en merkt dat hij gelijk heeft.
- {you_chased():Als je bij de keuken bent, is {partner_name} net naar het balkon, met iemand die {hem()} een sigaret aanbiedt.|{partner_name} kijkt op, over de hoofden heen, en blijft kijken.} # partner: here
-> w1_looks

= w1_looks
{partner_close():{Hij()} heeft een vlek op {zijn()} mouw en een lach die te hard is voor de kamer. Je vindt het allebei prachtig.|Je ziet vooral {zijn()} achterhoofd, en hoe {hij()} met {zijn()} handen praat. Dat is genoeg om te blijven kijken.}
Het gekke is: er is niets in je dat remt. Geen stem die zegt pas op. Alleen dit, het jagen, het zoemen in je vingers.
* [Zorg dat je in {zijn()} buurt staat als het nummer wisselt #step: pursue]
    ~ step_pursue(2)
    Je schuift op, een plant, een stoel, een man met een fototoestel verder. Als het nummer wisselt sta je er. Maar {hij()} is net door iemand weggetrokken om te dansen, en jij staat naast een lege stoel met twee glazen.
* [Doe of je {hem()} niet ziet en praat met de man met de camera #step: withdraw]
    ~ step_withdraw(1)
    ~ w1_joost = true
    De man met de camera heet Joost en fotografeert alleen deurklinken. Je laat hem alles vertellen. Na tien minuten staat {partner_name} naast je en vraagt Joost of {hij()} ook op de foto mag, met jou erbij.
* [Kijk gewoon, en laat {hem()} zien dat je kijkt #step: ground #locked: {walls_up()} #why: Je hebt je blik al ergens anders neergezet, bij de boekenkast, veilig.]
    ~ step_ground(1)
    Je kijkt, en je laat het zien. {Hij()} merkt het, trekt een wenkbrauw op, en tilt {zijn()} glas een paar centimeter. Je tilt het jouwe terug.
- -> w1_talk

= w1_talk
{you_chased():Het duurt tot na twaalven voor je {hem()} te pakken krijgt, bij de wc, in de rij.|Vlak na twaalven staat {hij()} naast je in de rij voor de wc, zonder dat een van jullie het zo gepland heeft.}
‘Ik ben {partner_name},’ zegt {hij()}. ‘Bas heeft het de hele avond over je gehad. Ik dacht dat je verzonnen was.’
‘Wat zei hij?’
{w1_joost:‘Dat je goed kunt luisteren en slecht kunt blijven. Dat luisteren had ik al gezien, bij die man met zijn deurklinken.’|‘Dat je goed kunt luisteren en slecht kunt blijven.’} {Hij()} zegt het luchtig. Het prikt heel even, en dan is het weg.
Jullie praten. Over Bas, die ooit een jaar lang alleen groen at. Over {zijn()} werk, iets met kinderen en zwemles. Over de stad waar jij bent opgegroeid en waar je nooit meer komt. {Hij()} stelt vragen en wacht echt op het antwoord.
Er gaat iets open in je borst dat al heel lang dicht zat. Alles wat je de afgelopen jaren voor jezelf hield, wil er ineens uit, en hier is iemand die het wil hebben.
* [Vertel {hem()} wat je nog nooit aan iemand vertelde #step: pursue]
    ~ step_pursue(2)
    Je vertelt over je vader en de lege stoel aan tafel. Je hoort jezelf praten en kunt niet meer stoppen. {partner_name} luistert, en aan het eind legt {hij()} een hand op je arm en haalt die dan snel weer weg.
* [Maak er een grap van en vraag naar {zijn()} zwemkinderen #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben eigenlijk heel saai,’ zeg je. ‘Vertel over de kinderen die niet durven.’ {Hij()} vertelt, en doet een jongetje na dat de rand niet loslaat. Je lacht zo hard dat de rij omkijkt.
* [Zeg dat je dit niet gewend bent, dat iemand zo vraagt #step: ground #locked: {walls_up()} #why: Het zinnetje ligt klaar, maar je tong is al bij de volgende grap.]
    ~ step_ground(1)
    ‘Ik ben dit niet gewend,’ zeg je. ‘Dat iemand zo vraagt.’ {Hij()} knikt, zonder er iets van te maken. ‘Dan vraag ik gewoon door. Zeg maar als het te veel wordt.’
- De deur van de wc gaat open. Geen van jullie beiden gaat naar binnen.
-> w1_picture

= w1_picture
{partner_close():Op de trap naar het dakterras zegt {hij()}: ‘Ik vind je leuk. Dat mag je weten.’ Zomaar. Geen spel.|Op de trap naar het dakterras draait {hij()} zich half om en kijkt of je nog volgt.}
Boven is het koud en zie je de hele wijk, alle ramen met een licht erachter. In je hoofd staat het plaatje er al: jullie tweeën op zondag, een markt, {zijn()} hand in je jaszak. Het klopt allemaal. {Hij()} is precies wie je zocht. Dat denk je echt, en het is niet gelogen.
{pattern_so_far():
- "pursue": Je hebt de hele avond achter {hem()} aan gelopen en je bent er niet moe van. Je bent er nooit moe van, in het begin.
- "withdraw": Je hebt de hele avond gedaan of het je niets kon schelen, en toch sta je hier. Het afstandje heeft {hem()} naar je toe gebracht.
- else: Je weet niet precies hoe je hier bent gekomen. Het ging vanzelf, en dat is nieuw.
}
* [Zeg dat je {hem()} mooi vindt, en meen het helemaal #step: pursue]
    ~ step_pursue(2)
    ‘Je bent mooi,’ zeg je. ‘Dat vond ik al in de keuken.’ {Hij()} lacht verlegen en kijkt naar de daken. ‘Rustig,’ zegt {hij()} zacht, maar {zijn()} schouder blijft tegen de jouwe.
* [Kijk naar de ramen en zeg niets #step: withdraw]
    ~ step_withdraw(1)
    Je zegt niets. Zwijgen is de betere kaart. {partner_name} schuift op, tot {zijn()} arm tegen de jouwe ligt. ‘Jij bent er goed in,’ zegt {hij()}. ‘Niks zeggen.’
* [Zeg dat je het leuk vindt, en dat je {hem()} nog niet kent #step: ground]
    ~ step_ground(1)
    ‘Ik vind dit leuk,’ zeg je. ‘En ik ken je een uur.’ {Hij()} knikt. ‘Allebei waar.’ Het plaatje in je hoofd wordt er niet kleiner van, wel stiller.
- -> w1_kitchen

= w1_kitchen
Beneden in de keuken staat Bas de pan uit te schrapen. Hij kijkt niet op als je binnenkomt.
{partner_close():‘{partner_name} vroeg net of je iemand hebt,’ zegt hij. ‘Ik zei: nooit lang.’|‘{partner_name} zocht je net,’ zegt hij. ‘Of de opener. Dat werd me niet helemaal duidelijk.’}
‘Waarom zeg je dat nou?’
{pattern_so_far():
- "pursue": ‘Omdat het waar is. Ik zag je vanavond rennen. Zo begint het bij jou.’
- "withdraw": ‘Omdat het waar is. Je hield je de hele avond koel, en {hij()} kwam steeds dichterbij. Zo begint het bij jou ook.’
- else: ‘Omdat het waar is.’
} Hij geeft je een lepel soep. ‘Ik mag {hem()}. Doe niet wat je altijd doet.’
Je weet niet wat hij bedoelt. Je voelt alleen maar zin, in alles.
* [Zeg dat het deze keer anders is, echt #step: pursue]
    ~ step_pursue(1)
    ‘Deze keer is het anders,’ zeg je. Bas knikt en schrapt verder. ‘Dat is het altijd,’ zegt hij, zonder venijn.
* [Zeg dat hij niet zo zwaar moet doen, het is een feestje #step: withdraw]
    ~ step_withdraw(1)
    ‘Doe niet zo zwaar,’ zeg je. ‘Het is een feestje.’ Bas steekt zijn handen op. ‘Jij je zin.’
* [Vraag wat je dan altijd doet #step: ground]
    ~ step_ground(1)
    ~ w1_bas = true
    ‘Wat doe ik dan altijd?’ Bas denkt na. ‘Alles geven in een maand, en dan niks meer.’ Het glijdt van je af, vanavond. Maar je onthoudt het.
- -> w1_night

= w1_night
Om drie uur zet Bas de muziek zachter en de ramen open. Iemand slaapt op de bank met een bord op schoot.
{partner_close():‘Ga je mee?’ vraagt {partner_name} beneden, bij de fietsen. ‘Ik woon tien minuten verder.’|Beneden bij de fietsen staat {partner_name} {zijn()} slot open te morrelen en kijkt niet op. Je weet niet of {hij()} wacht.}
* [Ga mee, alles in één nacht #step: pursue]
    ~ step_pursue(2)
    ~ w1_ride = "went"
    Je fietst naast {hem()} door lege straten, te dicht, jullie sturen raken elkaar. Bij {zijn()} deur kus je {hem()} eerst. Die nacht zeg je dingen die je nog nooit hebt gezegd, en je meent ze allemaal.
* [Geef {hem()} een kus en fiets alleen naar huis #step: withdraw]
    ~ step_withdraw(1)
    ~ w1_ride = "kissed"
    Je kust {hem()}, kort, en fietst weg voor {hij()} iets kan zeggen. Op de brug kijk je om. {Hij()} staat er nog, onder de lantaarn, met {zijn()} hand half omhoog.
* [Vraag of je {hem()} morgen bij daglicht mag zien #step: ground #locked: {pull_strong()} #why: De jacht zit nog in je benen; stilstaan bij een fiets voelt als verliezen.]
    ~ step_ground(1)
    ~ w1_ride = "daylight"
    ‘Ik wil je morgen zien,’ zeg je. ‘Bij daglicht. Met koffie.’ {Hij()} lacht, zet {zijn()} nummer in je telefoon en kust je één keer, langzaam.
- {w1_ride:
- "went": Tegen de ochtend lig je in een vreemd bed naar een vreemd plafond te kijken, {zijn()} arm zwaar over je buik. Geen onrust, geen benauwdheid. Alleen dat zoemen, en een naam.
- "kissed": Thuis lig je lang wakker, met je jas nog aan. Geen onrust, geen benauwdheid. Alleen dat zoemen, een naam, en een hand half omhoog onder een lantaarn.
- else: Thuis lig je lang wakker, je telefoon op je borst, {zijn()} nummer bovenaan. Geen onrust, geen benauwdheid. Alleen dat zoemen, een naam, en morgen.
}
Het is het begin. Zo voelt het begin altijd. # pause: 1
-> w_morning
