// Fase 4 van de terugtrekker — Uit elkaar. Het festival, een week later, de brief.
// Vlaggen staan in ../common/phase4.ink (w4_…). Tweeling van ../en/phase4.ink.

=== w_festival ===
# phase: 4
# scene: home
Zaterdag. Op de koelkast hangt, onder een magneet van een ananas, het kaartje voor het festival. {partner_name} heeft het in juni al gekocht, voor jullie allebei. {disappointments > 0:Na die avond bij {zijn()} deur heeft {hij()} er niets meer over gezegd, en jij ook niet.}
{ pattern_so_far():
- "pursue":
    Om tien uur een bericht, met drie hartjes: bij de grote boom bij de ingang, om twee uur? ik heb zin in je.
- "withdraw":
    Om tien uur een bericht, kort: twee uur bij de grote boom. kom je?
- "ground":
    Om tien uur een bericht: twee uur bij de grote boom. en als het te veel is, zeg het dan gewoon.
- else:
    Om tien uur een bericht: twee uur, bij de grote boom bij de ingang. ik wacht op je.
}
{partner_close():En om elf uur nog een: ik heb zonnebrand voor je meegenomen x|{partner_far():Verder niets.|En om elf uur nog een foto van de lucht, strakblauw.}}
Je wilt {hem()} niet kwijt. Dat weet je heel zeker. En je kunt de gedachte aan een hele dag naast {hem()}, tussen {zijn()} vrienden, in de zon, niet verdragen. Allebei tegelijk. Je staat bij het aanrecht en je benen kunnen niet stilstaan. # body: stomach
* [Ga, en ga vroeg. Koop onderweg de zonnebril die {hij()} laatst zo mooi vond #step: pursue]
    ~ step_pursue(2)
    -> went
* [Zeg niets af. Zet je telefoon op stil en ga niet #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_no_show = true
    -> stayed
* [Schrijf: ‘Ik kom. Om tien uur ga ik naar huis, alleen. Niet boos, gewoon om te ademen.’ #step: ground #locked: {walls_up()} #why: Een grens uitleggen is al te veel contact. Je wilt alleen maar dat die hele dag niet bestaat.]
    ~ step_ground(2)
    -> ten

= went
# scene: festival # partner: here
{Hij()} staat al bij de boom, op {zijn()} tenen, en ziet je van ver. {partner_far():{Hij()} steekt alleen een hand op, en wacht tot jij bij {hem()} bent.|{Hij()} rent bijna.} De zonnebril zet {hij()} meteen op en laat hem de hele middag niet meer af.
Het is druk en warm en het ruikt naar gras en friet. {Hij()} houdt je hand vast door de menigte, stelt je voor aan iedereen die {hij()} kent, kust je bij elk nummer dat {hij()} mooi vindt. Na drie uur is er geen millimeter lucht meer tussen jullie. # body: breath
* [Houd {zijn()} hand vast. Het is maar een middag #step: pursue]
    ~ step_pursue(1)
    Je houdt vol. Je lacht, je danst, je zingt mee met een liedje dat je niet kent. Om acht uur zeg je dat je hoofdpijn hebt, en dat is niet eens gelogen. {Hij()} brengt je naar de tram en zwaait tot die de hoek om is. # partner: away
* [Zeg dat je iets te drinken haalt, en kom niet terug #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_no_show = true
    Bij de bar loop je door, langs de toiletten, naar de uitgang. Een polsbandje en een lege parkeerplaats. Je telefoon trilt in je broekzak, één keer, twee keer, zeven keer. # partner: away
* [‘Ik loop een rondje alleen. Om zes uur ben ik terug bij de boom.’ En wees er om zes uur #step: ground #locked: {walls_up()} #why: ‘Ik ben terug’ is een belofte, en je weet niet of je die kunt houden. Liever zeg je niks.]
    ~ step_ground(2)
    Je loopt langs de kraampjes, langs een podium waar niemand staat, gaat in het gras liggen en kijkt naar de lucht. Om zes uur sta je bij de boom. {Hij()} ook, met twee bier. ‘Je bent er echt,’ zegt {hij()}. Het klinkt verbaasder dan {hij()} wil. # partner: here
-
-> after

= stayed
# partner: away
Om twee uur zit je op de bank met de gordijnen dicht. Je telefoon ligt met het scherm naar beneden op de vensterbank. Je hoort hem trillen op het hout. Om half drie weer. Om drie uur lang, dat is bellen.
{partner_close():Je ziet {hem()} voor je bij de boom, met de zonnebrand, op {zijn()} tenen.|Je ziet {hem()} voor je bij de boom, en dan niet meer, want je kijkt naar de televisie, naar wat dan ook.}
* [Spring op, pak je fiets, en ga alsnog #step: pursue]
    ~ step_pursue(2)
    ~ w4_no_show = false
    Om vier uur ben je er, bezweet en vol uitleg. {Hij()} staat niet meer bij de boom. Als je {hem()} eindelijk vindt, bij het grote podium, is {zijn()} gezicht dicht. ‘Twee uur,’ zegt {hij()}. ‘Ik stond daar twee uur.’ # scene: festival # partner: here
* [Zet de telefoon helemaal uit #step: withdraw]
    ~ step_withdraw(1)
    Het trillen houdt op. Het is heel stil in huis. Je zit in je eigen stilte en je vindt het verschrikkelijk, en je doet hem niet aan.
* [Pak de telefoon en schrijf: ‘Ik kom niet. Het ligt aan mij. Ik schaam me.’ #step: ground #locked: {walls_up()} #why: Je kunt niet eens naar het scherm kijken. Een eerlijke zin is nog verder weg dan de boom.]
    ~ step_ground(1)
    Tien woorden. Je kijkt hoe ze gelezen worden. Er komt niets terug, de hele avond niet. Dat is het minste wat je verdiend hebt, denk je, en dan denk je: nee, dat is gewoon wat er is.
-
-> after

= ten
# scene: festival # partner: here
{Hij()} leest het, en bij de boom is {hij()} eerst stil. ‘Tien uur,’ zegt {hij()}. ‘Oké.’ Dan pakt {hij()} je hand toch, en de middag wordt goed, beter dan je dacht. Je hoeft niet te vluchten. Er is een uitgang, en je weet waar hij is.
Om tien uur speelt de laatste band. {partner_name} trekt aan je mouw. ‘Blijf nou. Nog één nummer. Wat maakt het uit, één nummer?’ {partner_far():{Hij()} zegt het niet eens boos. {Hij()} draait zich al half om.|{Hij()} lacht erbij, maar {zijn()} hand laat je mouw niet los.}
* [Kus {hem()}, en ga. Zoals je gezegd hebt #step: ground #locked: {pull_strong()} #why: Als je nu gaat, is dit het laatste beeld: {zijn()} rug naar je toe, in het donker. Dat houd je niet uit.]
    ~ step_ground(2)
    ~ boundary_held()
    Je kust {hem()} op {zijn()} mond, kort. ‘Morgen bel ik je.’ Je loopt naar de tram, en achter je begint het nummer. Je kijkt niet om, en het kost je alles. # partner: away
* [Blijf. Nog één nummer, en dan nog één #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    Je blijft tot de lampen aangaan. Op de terugweg houdt {hij()} je stevig vast, tevreden. Jij voelt je klein en je weet niet waarom. Om drie uur lig je wakker naast {hem()}.
-
-> after

= after
# scene: home
~ disappointment()
{
- w4_no_show:
    De dag erna komt er geen bericht meer. Nu zijn het er twee: die avond bij {zijn()} deur, en de boom.
- partner_close():
    {Hij()} appt de volgende ochtend lief, maar er blijft iets hangen van die dag. Je kent {hem()} goed genoeg: {hij()} had er meer van gehoopt. Dat is de tweede keer.
- else:
    Er blijft iets hangen van die dag. Je kent {hem()} goed genoeg: {hij()} had er meer van gehoopt. Dat is de tweede keer.
}
-> w_week_later

=== w_week_later ===
# scene: home
{partner_close():Een week lang komen {zijn()} berichten: eerst lief, dan vragend, dan met een lange rij vraagtekens.|Een week lang komen {zijn()} berichten, eerst om de paar uur, dan eens per dag, dan steeds korter.} Je opent ze niet allemaal. Elke keer dat je {zijn()} naam op je scherm ziet, gaat er iets in je nek staan. Wat eerst benauwdheid was, wordt irritatie. Wat irritatie was, wordt woede. Waarom laat {hij()} je niet gewoon even met rust.
Donderdag: kunnen we praten? ik snap er niks meer van.
* [Stuur een lang, warm spraakbericht: dat het druk was, dat je {hem()} mist #step: pursue]
    ~ step_pursue(1)
    Vier minuten lang praat je in je telefoon, en je stem doet wat hij altijd doet: {hem()} terugwinnen. {Hij()} stuurt een hartje. Je voelt de muren meteen weer schuiven.
* [Zet het gesprek op stil #step: withdraw]
    ~ step_withdraw(1)
    Je drukt op ‘dempen’, ‘een week’. De rust is meteen daar, en bijna net zo snel gaat ze zuur.
* [‘Ik heb tijd nodig. Ik weet nog niet hoeveel. Zondag laat ik iets weten.’ #step: ground #locked: {walls_up()} #why: Hoe lang je tijd nodig hebt is precies wat je niet wilt weten. Dan liever niets.]
    ~ step_ground(2)
    Je schrijft het en zet er ‘zondag’ in, zodat er een rand aan zit. {Hij()} schrijft: ok. zondag. Het is het eerlijkste wat je in weken hebt gezegd.
-
Vrijdagavond, het bruine café waar Bas altijd zit. # scene: bar # partner: away
‘Je ziet er belabberd uit,’ zegt Bas. ‘Nog steeds {partner_name}?’ Je haalt je schouders op. ‘Weet je wat jij doet? Je wacht tot het uitgaat, zodat het niet jouw schuld is.’ Hij zegt het luchtig, met zijn bier halverwege zijn mond.
Dan gaat de deur open, en daar staat {partner_name}, in {zijn()} regenjas, nat, en {hij()} heeft je gezien. # partner: here
{
- partner_far():
    ‘Ik kwam niet voor jou,’ zegt {hij()}. ‘Ik wist niet eens dat je hier zat.’ Het is waarschijnlijk waar, en het raakt je harder dan wat ook.
- else:
    ‘Ik zag je fiets staan,’ zegt {hij()}. ‘Een week. Een héle week.’ {Zijn()} stem is te hard voor dit café, en aan de bar kijkt iemand om.
}
Iets in je borst slaat dicht. # body: heart
* [‘Je stikt me. Snap je dat? Je stikt me.’ En blokkeer {hem()} als {hij()} weg is #step: withdraw]
    ~ step_withdraw(3)
    ~ w4_blocked = true
    Het is eruit, harder dan je het ooit tegen iemand hebt gezegd. {partner_name} deinst terug. Bas kijkt naar zijn bier. Als de deur achter {hem()} dichtvalt, pak je je telefoon en zoek je het knopje. Blokkeren. Weg. # partner: away
* [Sta op en ga {hem()} achterna de regen in. Beloof alles #step: pursue]
    ~ step_pursue(2)
    Op de stoep grijp je {zijn()} mouw. ‘Het spijt me. Het spijt me echt. Ik wil dit, ik wil jou, ik ga het anders doen.’ Je meent het, alles. {Hij()} kijkt je aan, nat, en zegt niets. # scene: bar
* [Blijf zitten. Laat {hem()} gaan. App Eva of ze nog wakker is #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_eva = true
    {veil_infidelity:Eva is wakker. Wat er die nacht is, blijft ergens anders. De volgende ochtend weet je vooral dat je {partner_name} niet onder ogen hoeft te komen, en dat dat het was.|Eva is wakker. Je fietst door de regen naar haar toe. Bij haar hoef je niets te zijn, en daarvoor ging je.} # partner: away
* [‘Ik word boos omdat ik bang ben. Niet om jou. Ga even zitten, alsjeblieft.’ #step: ground #locked: {walls_up()} #why: Je bent al aan het vluchten, alleen je lichaam zit nog op deze kruk. ‘Bang’ komt er niet uit.]
    ~ step_ground(3)
    {Hij()} blijft staan. Dan gaat {hij()} zitten, op het puntje van de stoel, {zijn()} jas nog aan. Bas staat zonder iets te zeggen op en gaat aan de bar hangen. Voor het eerst vertel je hoe het is, om drie uur ’s nachts, met je jas over de stoel.
    {partner_name} luistert. ‘Waarom zeg je dat nu pas,’ zegt {hij()}, en het is geen vraag.
-
~ disappointment()
{door_can_close():
    ~ w4_closed = true
    {w4_blocked or w4_eva:Twee dagen later, via een vriend van {hem()}, een bericht:|Twee dagen later, als je het niet meer verwacht, een bericht:} ‘Ik ga ermee stoppen. Ik heb je drie keer zien weglopen, en de derde keer was ik er niet eens meer verbaasd over. Ik wil niet meer wachten tot je blijft.’ # partner: away
    Je leest het staand, in de gang. Er gaat een deur dicht die jij altijd open dacht te kunnen duwen.
- else:
    {Hij()} zegt niets meer, die avond. Het wordt stil tussen jullie, en die stilte heeft iets definitiefs. # partner: away
}
* [Bel {hem()}. Nu meteen #step: pursue]
    ~ step_pursue(2)
    Voicemail. Nog een keer. Voicemail. Je spreekt iets in waar je later niet meer aan wilt denken.
* [‘Prima.’ En verder niets #step: withdraw]
    ~ step_withdraw(1)
    Zes letters. Je drukt op verzenden en voelt eerst niets, en dan iets dat op opluchting lijkt en het niet is.
* [Ga zitten op de trap en laat het binnenkomen #step: ground]
    ~ step_ground(1)
    Je huilt niet meteen. Je zit, en je voelt het zakken, van je keel naar je maag. Je vlucht niet. Er is ook nergens meer heen te vluchten.
-
-> w_letter

=== w_letter ===
# scene: desk # partner: away
Een week later ligt er een envelop op de mat. {Zijn()} handschrift, schuin, met de o’s die nooit helemaal dicht zijn.
{w4_blocked:Je had {hem()} geblokkeerd. Dus schreef {hij()} op papier.|{partner_far():Je had niet meer verwacht iets van {hem()} te horen.|Je herkent het handschrift voor je de envelop omdraait.}}
Je leest het aan je bureau, met de lamp aan, al is het midden op de dag. Er staat veel in. Drie regels blijven hangen.
{w4_no_show:‘Ik heb bij die boom gestaan tot de zonnebrand in mijn tas warm was geworden.’|{w3_weekend:‘Die zondag dat je thuisbleef, heb ik de hele avond naar mijn telefoon gekeken, en ik was trots op je en boos tegelijk.’|‘Op het festival hield je mijn hand vast, en ik voelde dat je in gedachten al bij de uitgang stond.’}}
{w3_fled_night:‘Die nacht dat je wegging, lag je kussen nog warm toen ik wakker werd.’|{w3_key:‘De sleutel mag je houden. Of in de gracht gooien. Ik ga het slot toch vervangen.’|‘Ik heb dat lintje nog, het rode. Ik weet niet waarom.’}}
{ pattern_so_far():
- "pursue":
    ‘Je kwam elke keer terug met zoveel, dat ik elke keer dacht: nu blijft het.’
- "withdraw":
    ‘Ik heb je leren kennen als iemand die altijd al half weg is.’
- "ground":
    ‘Soms zei je wat er was, en dan was je er helemaal. Daar heb ik het voor gedaan.’
- else:
    ‘Ik wist nooit welke van jou er die dag voor de deur zou staan.’
}
Onderaan: {w4_closed:‘Ik hoop dat je het ooit vindt, wat je zoekt. Niet bij mij.’|‘Als je iets te zeggen hebt, weet je waar ik woon.’}
Je legt de brief neer, en pakt hem weer op. Er ligt een leeg vel naast. Je pen ligt erop.
* [Schrijf terug wat waar is: dat je bang werd, elke keer dat het goed ging #step: ground #locked: {walls_up()} #why: Je hand ligt naast de pen en beweegt niet. Wie dit opschrijft, kan het nooit meer ontkennen.]
    ~ step_ground(3)
    ~ w4_reply = "honest"
    Het duurt de hele middag. Je schrijft over de sleutel en de lucht die niet verder kwam dan je keel, over de boom, {w3_eva or w4_eva:over Eva, kort en zonder jezelf te sparen,} en over dat je niet weet of het ooit weggaat. Je belooft niets. Je zet je naam eronder en brengt de brief om zes uur naar de bus, voor je je kunt bedenken.
* [Schrijf kort en koel terug: dat het beter zo is #step: withdraw]
    ~ step_withdraw(1)
    ~ w4_reply = "cold"
    Vier zinnen. ‘Beter zo.’ ‘Het ging gewoon niet.’ ‘Ik wens je het beste.’ Je naam, zonder groet. Het is netjes en er staat niets in. Je post hem voor het donker is.
* [Schrijf dat het anders wordt. Dat je verandert, als {hij()} je nog één kans geeft #step: pursue]
    ~ step_pursue(3)
    ~ w4_reply = "promise"
    Twee kantjes, dan drie. Je belooft te blijven, je belooft een sleutel terug te vragen, een zomer, maart. Tijdens het schrijven geloof je het zelf. Pas als de envelop dicht is, voel je iets in je borst schuiven.
* [Schrijf niets. Leg de brief in de la #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_reply = "none"
    Je vouwt hem langs de oude vouwen, legt hem in de la bij de batterijen en het elastiek, en doet de la dicht. Het lege vel laat je liggen. Een paar dagen later staat er een boodschappenlijstje op.
-
{
- w4_reply == "none":
    Zo blijft het stil tussen jullie, en die stilte is van jou.
- w4_closed:
    Of het iets uitmaakt, weet je niet. {Hij()} heeft de deur al dichtgedaan.
- else:
    Nu is het aan {hem()}.
}
End of phase 4. # pause: 4
-> w_months_later

// One sentence for phase 5 and the endings: what you wrote back to the letter, or that you didn't (w4_reply).
=== function reply_recalled() ===
{ w4_reply:
- "honest":
    Je denkt aan wat je {hem()} terugschreef, die middag aan je bureau: dat je bang werd, elke keer dat het goed ging.
- "cold":
    Je denkt aan je vier koele zinnen, en aan dat ‘beter zo’ dat je er toen zo zeker onder zette.
- "promise":
    Je denkt aan de drie kantjes vol beloftes die je {hem()} stuurde, en hoe je ze zelf geloofde.
- else:
    Je denkt aan {zijn()} brief, die nog in de la ligt, en aan het antwoord dat je nooit hebt geschreven.
}
