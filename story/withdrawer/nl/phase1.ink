// Fase 1 van de route van wie terugtrekt — het feest bij Bas. De angst is er gewoon niet: de
// jacht, de kick, de opluchting dat er eindelijk iemand is voor alles wat je binnenhield.
// Je meent elk woord. De partner antwoordt volgens de wet: jaag je, dan wijkt {hij()} een
// kamer; laat je los, dan staat {hij()} naast je. Zie ../README.md.

=== w_party ===
# phase: 1
# scene: party # partner: away
Bas doet open met een schort voor en een pollepel in zijn hand. ‘Je bent laat,’ zegt hij, ‘en je ruikt naar fietsen.’
{dances_before > 0:
    {last_ending:
    - "cycle": Deze keer is het iemand anders, een ander gezicht in een andere keuken. De eerste passen kent je lijf al.
    - "role-switch": De vorige keer wisselde je halverwege de dans van stoel. Vanavond begin je gewoon weer vooraan.
    - "closed-heart": De vorige keer ging er een deur dicht, en daarna werd het stil. Vanavond staat die deur zomaar weer op een kier.
    - "step-out": De vorige keer bleef je staan, lang genoeg om gezien te worden. Aan dit begin verandert dat niets: het bruist net zo hard.
    - else: Je kent dit. Niet dit huis, niet deze mensen: dit begin.
    }
}
Het huis zit stampvol. Jassen op het bed, flessen in het bad, ergens dreunt muziek door de vloer. Je hebt deze maand weinig anders gezien dan je werk en je eigen plafond, en ineens ben je wakker.
Bas duwt je een glas in handen. ‘Er is hier iemand die je nog niet kent.’ Hij zegt het zoals hij alles zegt: terloops.
‘Er zijn hier veertig mensen die ik niet ken.’
‘Maar één die telt.’ Hij knikt naar de keuken. Daar staat {partner_name}, met de rug tegen het aanrecht, te lachen om iets wat niemand anders grappig vond.
* [Loop meteen de keuken in #step: pursue]
    ~ step_pursue(1)
    Je hebt geen plan, je benen gaan vanzelf. Halverwege de gang bedenk je dat je een reden nodig hebt: ijs, een opener, wat dan ook. Je pakt een schaaltje chips dat al vol is.
* [Zeg tegen Bas dat je niet voor een koppelavond komt #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik kom voor jou,’ zeg je. ‘En voor je soep.’ Bas roert en zegt niets. Je gaat expres met je rug naar de keuken staan. Je voelt die keuken toch, warm in je nek.
* [Vraag Bas wat hij bedoelt met ‘telt’ #step: ground]
    ~ step_ground(1)
    ‘Telt voor wie?’ vraag je. Bas haalt zijn schouders op. ‘Jij kijkt al de hele tijd die kant op. Ik zeg alleen hardop wat jij denkt.’ Je lacht. Hij heeft gelijk, merk je.
- {you_chased():Als je in de keuken komt, is {partner_name} net het balkon op, met iemand die {hem()} een sigaret aanbood.|{partner_name} kijkt op, over de hoofden heen, en blijft kijken.} # partner: here
-> w1_looks

= w1_looks
{partner_close():{Hij()} heeft een vlek op {zijn()} mouw en een lach die te hard is voor de kamer. Allebei prachtig, vind je.|Je ziet vooral {zijn()} achterhoofd, en hoe {hij()} met {zijn()} handen praat. Meer heb je niet nodig om te blijven kijken.}
Het gekke is dat er niets in je remt. Geen stemmetje dat zegt: pas op. Alleen dit: het jagen, het zoemen in je vingers.
* [Zorg dat je bij {hem()} in de buurt staat als het volgende nummer begint #step: pursue]
    ~ step_pursue(2)
    Je schuift op: langs een plant, een stoel, een man met een fototoestel. Als het volgende nummer begint, sta je er. Maar net dan trekt iemand {hem()} mee om te dansen, en sta jij naast een lege stoel met twee glazen.
* [Doe of je {hem()} niet ziet en praat met de man met de camera #step: withdraw]
    ~ step_withdraw(1)
    ~ w1_joost = true
    De man met de camera heet Joost en fotografeert alleen deurklinken. Je laat hem alles vertellen. Na tien minuten staat {partner_name} naast je en vraagt Joost of {hij()} ook op de foto mag, met jou erbij.
* [Kijk gewoon, en laat {hem()} zien dat je kijkt #step: ground #locked: {walls_up()} #why: Je ogen hebben al een veiliger plek gevonden, ergens bij de boekenkast.]
    ~ step_ground(1)
    Je kijkt, en je laat het zien. {Hij()} ziet het, trekt een wenkbrauw op en heft {zijn()} glas een paar centimeter. Jij heft het jouwe.
- -> w1_talk

= w1_talk
{you_chased():Pas na twaalven krijg je {hem()} te pakken, in de rij voor de wc.|Vlak na twaalven staat {hij()} naast je in de rij voor de wc, zonder dat een van jullie dat zo gepland had.}
‘Ik ben {partner_name},’ zegt {hij()}. ‘Bas heeft het de hele avond over je gehad. Ik begon te denken dat hij je verzonnen had.’
‘Wat zei hij?’
{w1_joost:‘Dat je goed kunt luisteren en slecht kunt blijven. Dat luisteren had ik al gezien, bij die man met zijn deurklinken.’|‘Dat je goed kunt luisteren en slecht kunt blijven.’} {Hij()} zegt het luchtig. Het prikt even, dan is het weg.
Jullie praten. Over Bas, die ooit een jaar lang alleen maar groene dingen at. Over {zijn()} werk, iets met kinderen en zwemles. Over de stad waar jij bent opgegroeid en waar je nooit meer komt. {Hij()} stelt vragen en wacht echt op het antwoord.
In je borst gaat iets open dat al heel lang dicht zat. Alles wat je de laatste jaren voor je hield, wil er ineens uit, en hier staat iemand die het hebben wil.
* [Vertel {hem()} wat je nog nooit iemand hebt verteld #step: pursue]
    ~ step_pursue(2)
    Je vertelt over je vader en de lege stoel aan tafel. Je hoort jezelf praten en kunt niet meer ophouden. {partner_name} luistert. Aan het eind legt {hij()} even een hand op je arm, en trekt die snel weer terug.
* [Maak er een grap van en vraag naar {zijn()} zwemkinderen #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben eigenlijk heel saai,’ zeg je. ‘Vertel eens over die kinderen die niet durven.’ {Hij()} vertelt, en doet een jongetje na dat zich aan de rand vastklampt. Je lacht zo hard dat de hele rij omkijkt.
* [Zeg dat je dit niet gewend bent, dat iemand zo doorvraagt #step: ground #locked: {walls_up()} #why: Het zinnetje ligt klaar, maar je tong is al bij de volgende grap.]
    ~ step_ground(1)
    ‘Ik ben dit niet gewend,’ zeg je. ‘Dat iemand zo doorvraagt.’ {Hij()} knikt en maakt er verder niets van. ‘Dan vraag ik gewoon door. Zeg maar als het te veel wordt.’
- De deur van de wc gaat open. Geen van jullie gaat naar binnen.
-> w1_picture

= w1_picture
{partner_close():Op de trap naar het dakterras zegt {hij()}: ‘Ik vind je leuk. Dat mag je weten.’ Zomaar. Geen spel.|Op de trap naar het dakterras draait {hij()} zich half om en kijkt of je nog volgt.}
Boven is het koud. Je ziet de hele wijk, achter elk raam een lamp. In je hoofd is het plaatje al af: jullie tweeën op een zondag, een markt, {zijn()} hand in je jaszak. Het klopt allemaal. {Hij()} is precies degene die je zocht. Je denkt het echt, en het is niet gelogen.
{pattern_so_far():
- "pursue": Je hebt de hele avond achter {hem()} aan gelopen en je bent het niet zat. In het begin ben je het nooit zat.
- "withdraw": Je hebt de hele avond gedaan of het je niets kon schelen, en toch sta je hier. Juist dat beetje afstand heeft {hem()} naar je toe gehaald.
- else: Je weet niet precies hoe je hier terecht bent gekomen. Het ging vanzelf, en dat is nieuw.
}
* [Zeg dat je {hem()} mooi vindt, en meen het helemaal #step: pursue]
    ~ step_pursue(2)
    ‘Je bent mooi,’ zeg je. ‘Dat vond ik al in de keuken.’ {Hij()} lacht verlegen en kijkt naar de daken. ‘Rustig aan,’ zegt {hij()} zacht, maar {zijn()} schouder blijft tegen de jouwe.
* [Kijk naar de ramen en zeg niets #step: withdraw]
    ~ step_withdraw(1)
    Je zegt niets. Zwijgen werkt beter, dat weet je. {partner_name} schuift op, tot {zijn()} arm tegen de jouwe ligt. ‘Daar ben jij goed in,’ zegt {hij()}. ‘Niks zeggen.’
* [Zeg dat je het leuk vindt, en dat je {hem()} nog niet kent #step: ground]
    ~ step_ground(1)
    ‘Ik vind dit leuk,’ zeg je. ‘En ik ken je pas een uur.’ {Hij()} knikt. ‘Allebei waar.’ Het plaatje in je hoofd wordt er niet kleiner van, wel stiller.
- -> w1_kitchen

= w1_kitchen
Beneden in de keuken staat Bas de pan uit te schrapen. Hij kijkt niet op als je binnenkomt.
{partner_close():‘{partner_name} vroeg net of je iemand hebt,’ zegt hij. ‘Ik zei: nooit lang.’|‘{partner_name} zocht je net,’ zegt hij. ‘Of de opener, dat was me niet helemaal duidelijk.’}
‘Waarom zeg je dat nou?’
{pattern_so_far():
- "pursue": ‘Omdat het waar is. Ik heb je vanavond achter {hem()} aan zien rennen. Zo begint het altijd bij jou.’
- "withdraw": ‘Omdat het waar is. Je deed de hele avond koel, en {hij()} kwam steeds dichterbij. Zo begint het bij jou ook.’
- else: ‘Omdat het waar is.’
} Hij geeft je een lepel soep. ‘Ik mag {hem()}. Doe niet wat je altijd doet.’
Je weet niet wat hij bedoelt. Je hebt alleen maar zin. In alles.
* [Zeg dat het deze keer anders is, echt #step: pursue]
    ~ step_pursue(1)
    ‘Deze keer is het anders,’ zeg je. Bas knikt en schrapt verder. ‘Dat is het altijd,’ zegt hij, zonder venijn.
* [Zeg dat hij niet zo zwaar moet doen, het is een feestje #step: withdraw]
    ~ step_withdraw(1)
    ‘Doe niet zo zwaar,’ zeg je. ‘Het is een feestje.’ Bas steekt zijn handen in de lucht. ‘Jij je zin.’
* [Vraag wat je dan altijd doet #step: ground]
    ~ step_ground(1)
    ~ w1_bas = true
    ‘Wat doe ik dan altijd?’ Bas denkt na. ‘Een maand lang alles geven, en dan niks meer.’ Vanavond glijdt het van je af. Maar je onthoudt het.
- -> w1_night

= w1_night
Om drie uur zet Bas de muziek zachter en de ramen open. Iemand slaapt op de bank met een bord op schoot.
{partner_close():‘Ga je mee?’ vraagt {partner_name} beneden, bij de fietsen. ‘Ik woon tien minuten hiervandaan.’|Beneden bij de fietsen staat {partner_name} aan {zijn()} slot te morrelen en kijkt niet op. Je weet niet of {hij()} wacht.}
* [Ga mee, alles in één nacht #step: pursue]
    ~ step_pursue(2)
    ~ w1_ride = "went"
    Je fietst naast {hem()} door de lege straten, te dicht op elkaar; jullie sturen raken elkaar. Bij {zijn()} deur kus jij {hem()} als eerste. Die nacht zeg je dingen die je nog nooit hebt gezegd, en je meent ze allemaal.
* [Geef {hem()} een kus en fiets alleen naar huis #step: withdraw]
    ~ step_withdraw(1)
    ~ w1_ride = "kissed"
    Je kust {hem()}, kort, en fietst weg voor {hij()} iets kan zeggen. Op de brug kijk je om. {Hij()} staat er nog, onder de lantaarn, met een hand half omhoog.
* [Vraag of je {hem()} morgen bij daglicht mag zien #step: ground #locked: {pull_strong()} #why: De jacht zit nog in je benen. Stilstaan bij een fiets is verliezen.]
    ~ step_ground(1)
    ~ w1_ride = "daylight"
    ‘Ik wil je morgen zien,’ zeg je. ‘Bij daglicht. Met koffie.’ {Hij()} lacht, zet {zijn()} nummer in je telefoon en kust je één keer, langzaam.
- {w1_ride:
- "went": Tegen de ochtend lig je in een vreemd bed naar een vreemd plafond te kijken, {zijn()} arm zwaar over je buik. Geen onrust, geen benauwdheid. Alleen dat zoemen, en een naam.
- "kissed": Thuis lig je lang wakker, met je jas nog aan. Geen onrust, geen benauwdheid. Alleen dat zoemen, een naam, en een hand half omhoog onder een lantaarn.
- else: Thuis lig je lang wakker, je telefoon op je borst, {zijn()} nummer bovenaan. Geen onrust, geen benauwdheid. Alleen dat zoemen, een naam, en morgen.
}
Dit is het begin. Zo voelt een begin altijd. # pause: 1
-> w_morning
