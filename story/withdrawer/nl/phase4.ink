// Fase 4 van de terugtrekker — Uit elkaar. Het festival, een week later, de brief.
// Vlaggen staan in ../common/phase4.ink (w4_…). Tweeling van ../en/phase4.ink.

=== w_festival ===
# phase: 4
# scene: home
Zaterdag. Onder de ananasmagneet op de koelkast hangen de kaartjes voor het festival. {partner_name} heeft ze in juni al gekocht, voor jullie allebei. {disappointments > 0:Na die avond bij {zijn()} deur heeft {hij()} er niets meer over gezegd, en jij ook niet.}
{ pattern_so_far():
- "pursue":
    Om tien uur een bericht, met drie hartjes: bij de grote boom bij de ingang, om twee uur? ik heb er zo’n zin in.
- "withdraw":
    Om tien uur een bericht, kort: twee uur bij de grote boom. kom je?
- "ground":
    Om tien uur een bericht: twee uur bij de grote boom. en als het te veel is, zeg het dan gewoon.
- else:
    Om tien uur een bericht: twee uur, bij de grote boom bij de ingang. ik wacht op je.
}
{partner_close():En om elf uur nog een: ik heb zonnebrand voor je meegenomen x|{partner_far():Verder niets.|En om elf uur nog een foto van de lucht, strakblauw.}}
Je wilt {hem()} niet kwijt, dat weet je zeker. En een hele dag naast {hem()}, tussen {zijn()} vrienden, in de zon: je moet er niet aan denken. Het is allebei waar, tegelijk. Je staat bij het aanrecht en je benen willen niet stilstaan. # body: stomach
* [Ga, en ga vroeg. Koop onderweg de zonnebril die {hij()} laatst zo mooi vond #step: pursue]
    ~ step_pursue(2)
    -> went
* [Zeg niets af. Zet je telefoon op stil en ga niet #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_no_show = true
    -> stayed
* [Schrijf: ‘Ik kom. Om tien uur ga ik naar huis, alleen. Niet omdat ik boos ben. Ik heb gewoon lucht nodig.’ #step: ground #locked: {walls_up()} #why: Een grens uitleggen is al te veel contact. Je wilt alleen maar dat die hele dag niet bestaat.]
    ~ step_ground(2)
    -> ten

= went
# scene: festival # partner: here
{Hij()} staat al bij de boom, op {zijn()} tenen, en ziet je al van ver. {partner_far():{Hij()} steekt alleen een hand op en wacht tot jij bij {hem()} bent.|{Hij()} komt je bijna rennend tegemoet.} De zonnebril zet {hij()} meteen op, en die gaat de hele middag niet meer af.
Het is druk en warm en het ruikt naar gras en friet. {Hij()} houdt je hand vast in het gedrang, stelt je voor aan iedereen die {hij()} kent, kust je bij elk nummer dat {hij()} mooi vindt. Na drie uur past er geen millimeter lucht meer tussen jullie. # body: breath
* [Houd {zijn()} hand vast. Het is maar één middag #step: pursue]
    ~ step_pursue(1)
    Je houdt vol. Je lacht, je danst, je zingt mee met een liedje dat je niet kent. Om acht uur zeg je dat je hoofdpijn hebt, en dat is niet eens gelogen. {Hij()} brengt je naar de tram en zwaait tot die de hoek om is. # partner: away
* [Zeg dat je wat te drinken gaat halen, en kom niet terug #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_no_show = true
    Bij de bar loop je door, langs de toiletten, naar de uitgang. Een polsbandje en een lege parkeerplaats. Je telefoon trilt in je broekzak, één keer, twee keer, zeven keer. # partner: away
* [‘Ik ga even alleen een rondje lopen. Om zes uur ben ik terug bij de boom.’ En sta er om zes uur #step: ground #locked: {walls_up()} #why: ‘Ik ben terug’ is een belofte, en je weet niet of je die kunt houden. Liever zeg je niks.]
    ~ step_ground(2)
    Je loopt langs de kraampjes, langs een podium waar niemand staat, gaat in het gras liggen en kijkt naar de lucht. Om zes uur sta je bij de boom. {Hij()} ook, met twee biertjes. ‘Je bent er echt weer,’ zegt {hij()}. Het klinkt verbaasder dan {hij()} bedoelt. # partner: here
-
-> after

= stayed
# partner: away
Om twee uur zit je op de bank met de gordijnen dicht. Je telefoon ligt met het scherm naar beneden op de vensterbank. Je hoort hem trillen op het hout. Om half drie weer. Om drie uur houdt het trillen aan: er wordt gebeld.
{partner_close():Je ziet {hem()} voor je bij de boom, met de zonnebrand, op {zijn()} tenen.|Je ziet {hem()} voor je bij de boom, en dan niet meer, want je kijkt tv, naar wat dan ook.}
* [Spring op, pak je fiets, en ga alsnog #step: pursue]
    ~ step_pursue(2)
    ~ w4_no_show = false
    Om vier uur ben je er, bezweet, met een hoofd vol uitleg. {Hij()} staat niet meer bij de boom. Als je {hem()} eindelijk vindt, bij het grote podium, is {zijn()} gezicht gesloten. ‘Twee uur,’ zegt {hij()}. ‘Ik heb daar twee uur gestaan.’ # scene: festival # partner: here
* [Zet de telefoon helemaal uit #step: withdraw]
    ~ step_withdraw(1)
    Het trillen houdt op. Het is heel stil in huis. Je zit in je eigen stilte en je vindt het verschrikkelijk, en toch zet je hem niet weer aan.
* [Pak de telefoon en schrijf: ‘Ik kom niet. Het ligt aan mij. Ik schaam me.’ #step: ground #locked: {walls_up()} #why: Je kunt niet eens naar het scherm kijken. Een eerlijke zin is nog verder weg dan de boom.]
    ~ step_ground(1)
    Tien woorden. Je ziet de vinkjes blauw worden. Er komt niets terug, de hele avond niet. Dat heb je verdiend, denk je, en dan denk je: nee, zo is het gewoon.
-
-> after

= ten
# scene: festival # partner: here
{Hij()} leest het, en als je bij de boom komt, zegt {hij()} eerst niets. ‘Tien uur,’ zegt {hij()}. ‘Oké.’ Dan pakt {hij()} toch je hand, en het wordt een goede middag, beter dan je dacht. Je hoeft niet te vluchten. Er is een uitgang, en je weet waar die is.
Om tien uur begint de laatste band. {partner_name} trekt aan je mouw. ‘Blijf nou. Nog één nummer. Wat maakt het uit, één nummer?’ {partner_far():{Hij()} zegt het niet eens boos. {Hij()} draait zich al half om.|{Hij()} lacht erbij, maar {zijn()} hand laat je mouw niet los.}
* [Kus {hem()}, en ga. Zoals je gezegd hebt #step: ground #locked: {pull_strong()} #why: Als je nu gaat, is dit het laatste beeld: {zijn()} rug naar je toe, in het donker. Dat houd je niet uit.]
    ~ step_ground(2)
    ~ boundary_held()
    Je geeft {hem()} een korte kus op de mond. ‘Morgen bel ik je.’ Je loopt naar de tram, en achter je begint het nummer. Je kijkt niet om, al trekt alles in je om het wel te doen. # partner: away
* [Blijf. Nog één nummer, en dan nog één #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    Je blijft tot de grote lampen aangaan. Op de terugweg houdt {hij()} je stevig vast, tevreden. Jij voelt je klein en je weet niet waarom. Om drie uur lig je wakker naast {hem()}.
-
-> after

= after
# scene: home
~ disappointment()
{
- w4_no_show:
    De dag erna hoor je niets van {hem()}. Nu zijn het er twee: die avond bij {zijn()} deur, en de boom.
- partner_close():
    {Hij()} stuurt de volgende ochtend een lief appje, maar er blijft iets hangen van die dag. Je kent {hem()} goed genoeg: {hij()} had er meer van gehoopt. Dat is de tweede keer.
- else:
    Er blijft iets hangen van die dag. Je kent {hem()} goed genoeg: {hij()} had er meer van gehoopt. Dat is de tweede keer.
}
-> w_week_later

=== w_week_later ===
# scene: home
{partner_close():Een week lang komen {zijn()} berichten: eerst lief, dan vragend, dan met een lange rij vraagtekens.|Een week lang komen {zijn()} berichten, eerst om de paar uur, dan eens per dag, dan steeds korter.} Je maakt ze niet allemaal open. Elke keer dat {zijn()} naam op je scherm verschijnt, gaan je nekharen overeind. Wat eerst benauwdheid was, wordt ergernis, en de ergernis wordt woede. Waarom laat {hij()} je niet gewoon even met rust.
Donderdag: kunnen we praten? ik snap er niks meer van.
* [Stuur een lang, warm spraakbericht: dat het druk was, dat je {hem()} mist #step: pursue]
    ~ step_pursue(1)
    Vier minuten lang praat je in je telefoon, en je stem doet wat die altijd doet: {hem()} terugwinnen. {Hij()} stuurt een hartje. Meteen voel je de muren weer schuiven.
* [Zet het gesprek op stil #step: withdraw]
    ~ step_withdraw(1)
    Je drukt op ‘dempen’, ‘een week’. De rust is er meteen, en bijna even snel wordt die zuur.
* [‘Ik heb tijd nodig. Ik weet nog niet hoeveel. Zondag laat ik iets weten.’ #step: ground #locked: {walls_up()} #why: Hoeveel tijd je nodig hebt, is precies wat je niet wilt weten. Dan liever niets.]
    ~ step_ground(2)
    Je schrijft het en zet er ‘zondag’ in, zodat er een eind aan zit. {Hij()} schrijft: ok. zondag. Het is het eerlijkste wat je in weken hebt gezegd.
-
Vrijdagavond, het bruine café waar Bas altijd zit. # scene: bar # partner: away
‘Je ziet er belabberd uit,’ zegt Bas. ‘Nog steeds {partner_name}?’ Je haalt je schouders op. ‘Weet je wat jij doet? Je wacht tot het uitgaat, dan is het niet jouw schuld.’ Hij zegt het luchtig, zijn glas halverwege zijn mond.
Dan gaat de deur open en staat {partner_name} binnen, nat, in {zijn()} regenjas. {Hij()} heeft je al gezien. # partner: here
{
- partner_far():
    ‘Ik kom niet voor jou,’ zegt {hij()}. ‘Ik wist niet eens dat je hier zat.’ Het is vast waar, en juist dat komt hard aan.
- else:
    ‘Ik zag je fiets staan,’ zegt {hij()}. ‘Een week. Een héle week.’ {Zijn()} stem is te hard voor dit café, en aan de bar kijkt iemand om.
}
Iets in je borst slaat dicht. # body: heart
* [‘Je verstikt me. Snap je dat? Je verstikt me.’ En blokkeer {hem()} als {hij()} weg is #step: withdraw]
    ~ step_withdraw(3)
    ~ w4_blocked = true
    Het is eruit, harder dan je ooit iets tegen iemand hebt gezegd. {partner_name} deinst terug. Bas kijkt naar zijn bier. Als de deur achter {hem()} dichtvalt, pak je je telefoon en zoek je het knopje. Blokkeren. Weg. # partner: away
* [Sta op en ga {hem()} achterna, de regen in. Beloof alles #step: pursue]
    ~ step_pursue(2)
    Op de stoep pak je {hem()} bij de mouw. ‘Het spijt me. Het spijt me echt. Ik wil dit, ik wil jou, ik ga het anders doen.’ Je meent elk woord. {Hij()} kijkt je aan, drijfnat, en zegt niets. # scene: bar
* [Blijf zitten. Laat {hem()} gaan. App Eva of ze nog wakker is #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_eva = true
    {veil_infidelity:Eva is wakker. Wat er die nacht gebeurt, blijft buiten beeld. De volgende ochtend weet je vooral dat je {partner_name} niet onder ogen hoeft te komen, en dat het je daarom ging.|Eva is wakker. Je fietst door de regen naar haar toe. Bij haar hoef je niets te zijn, en daarom ging je.} # partner: away
* [‘Ik word boos omdat ik bang ben. Niet voor jou. Ga even zitten, alsjeblieft.’ #step: ground #locked: {walls_up()} #why: Je bent al op de vlucht; alleen je lichaam zit nog op deze kruk. ‘Bang’ komt er niet uit.]
    ~ step_ground(3)
    {Hij()} blijft staan. Dan gaat {hij()} toch zitten, op het puntje van een stoel, met {zijn()} jas nog aan. Bas staat zonder iets te zeggen op en gaat aan de bar hangen. Voor het eerst vertel je hoe het is, om drie uur ’s nachts, met je jas over de stoel.
    {partner_name} luistert. ‘Waarom zeg je dat nu pas,’ zegt {hij()}, en het is geen vraag.
-
~ disappointment()
{door_can_close() and (partner_far() or last_step != "ground"):
    ~ w4_closed = true
    {w4_blocked or w4_eva:Twee dagen later, via een vriend van {hem()}, een bericht:|Twee dagen later, als je het niet meer verwacht, een bericht:} ‘Ik stop ermee. Ik heb je drie keer zien weglopen, en de derde keer verbaasde het me niet eens meer. Ik wil niet langer wachten tot je een keer blijft.’ # partner: away
    Je leest het staand in de gang. Er gaat een deur dicht waarvan je dacht dat je hem altijd weer open kon duwen.
- else:
    {Hij()} zegt die avond niets meer. Het wordt stil tussen jullie, en die stilte heeft iets definitiefs. # partner: away
}
* [Bel {hem()}. Nu meteen #step: pursue]
    ~ step_pursue(2)
    Voicemail. Nog een keer. Voicemail. Je spreekt iets in waar je later niet meer aan wilt denken.
* [‘Prima.’ En verder niets #step: withdraw]
    ~ step_withdraw(1)
    Vijf letters. Je drukt op verzenden en voelt eerst niets, en dan iets wat op opluchting lijkt, maar het niet is.
* [Ga op de trap zitten en laat het tot je doordringen #step: ground]
    ~ step_ground(1)
    Je huilt niet meteen. Je zit, en je voelt het zakken, van je keel naar je maag. Je vlucht niet. Je kunt ook nergens meer heen.
-
-> w_letter

=== w_letter ===
# scene: desk # partner: away
Een week later ligt er een envelop op de mat. {Zijn()} handschrift, schuin, met de o’s die nooit helemaal dicht zijn.
{w4_blocked:Je had {hem()} geblokkeerd, dus heeft {hij()} het op papier gezet.|{partner_far():Je had niet gedacht nog iets van {hem()} te horen.|Je herkent het handschrift al voor je de envelop omdraait.}}
Je leest de brief aan je bureau, met de lamp aan, al is het midden op de dag. Er staat veel in. Drie regels blijven hangen.
{w4_no_show:‘Ik heb bij die boom gestaan tot de zonnebrand in mijn tas warm was geworden.’|{w3_weekend:‘Die zondag dat je thuisbleef, heb ik de hele avond naar mijn telefoon gekeken, en ik was trots op je en tegelijk boos.’|‘Op het festival hield je mijn hand vast, en ik voelde dat je in gedachten al bij de uitgang stond.’}}
{w3_fled_night:‘Die nacht dat je wegging, was je kussen nog warm toen ik wakker werd.’|{w3_key:‘De sleutel mag je houden. Of in de gracht gooien. Ik ga het slot toch vervangen.’|‘Ik heb dat lintje nog, het rode. Ik weet niet waarom.’}}
{ pattern_so_far():
- "pursue":
    ‘Elke keer kwam je terug met zo veel, dat ik dacht: nu blijft het.’
- "withdraw":
    ‘Ik heb je leren kennen als iemand die altijd al half weg is.’
- "ground":
    ‘Soms zei je wat er was, en dan was je er helemaal. Daar heb ik het voor gedaan.’
- else:
    ‘Ik wist nooit welke jij er die dag voor mijn deur zou staan.’
}
Onderaan: {w4_closed:‘Ik hoop dat je het ooit vindt, wat je zoekt. Niet bij mij.’|‘Als je iets te zeggen hebt, weet je waar ik woon.’}
Je legt de brief neer en pakt hem weer op. Ernaast ligt een leeg vel, met je pen erop.
* [Schrijf terug wat waar is: dat je bang werd, elke keer dat het goed ging #step: ground #locked: {walls_up()} #why: Je hand ligt naast de pen en beweegt niet. Wie dit opschrijft, kan het nooit meer ontkennen.]
    ~ step_ground(3)
    ~ w4_reply = "honest"
    Het duurt de hele middag. Je schrijft over de sleutel en de lucht die niet verder kwam dan je keel, over de boom, {w3_eva or w4_eva:over Eva, kort en zonder jezelf te sparen,} en dat je niet weet of het ooit overgaat. Je belooft niets. Je zet je naam eronder en brengt de brief om zes uur naar de brievenbus, voor je je kunt bedenken.
* [Schrijf kort en koel terug: dat het beter zo is #step: withdraw]
    ~ step_withdraw(1)
    ~ w4_reply = "cold"
    Vier zinnen. ‘Beter zo.’ ‘Het ging gewoon niet.’ ‘Ik wens je het beste.’ Je naam, zonder groet. Het is netjes en er staat niets in. Je post hem voor het donker wordt.
* [Schrijf dat het anders wordt. Dat je verandert, als {hij()} je nog één kans geeft #step: pursue]
    ~ step_pursue(3)
    ~ w4_reply = "promise"
    Twee kantjes, dan drie. Je belooft te blijven, je belooft een sleutel terug te vragen, een zomer, maart. Terwijl je schrijft, geloof je het zelf. Pas als de envelop dicht is, voel je iets in je borst schuiven.
* [Schrijf niets. Leg de brief in de la #step: withdraw]
    ~ step_withdraw(2)
    ~ w4_reply = "none"
    Je vouwt hem langs de oude vouwen, legt hem in de la bij de batterijen en de elastiekjes, en doet de la dicht. Het lege vel laat je liggen. Een paar dagen later staat er een boodschappenlijstje op.
-
{
- w4_reply == "none":
    Zo blijft het stil tussen jullie, en die stilte is van jou.
- w4_closed:
    Of het iets uitmaakt, weet je niet. {Hij()} heeft de deur al dichtgedaan.
- else:
    Nu is het aan {hem()}.
}
Het wordt herfst, en je merkt het pas laat. # pause: 4
-> w_months_later

// One sentence for phase 5 and the endings: what you wrote back to the letter, or that you didn't (w4_reply).
=== function reply_recalled() ===
{ w4_reply:
- "honest":
    Je denkt aan wat je {hem()} terugschreef, die middag aan je bureau: dat je bang werd, elke keer dat het goed ging.
- "cold":
    Je denkt aan je vier koele zinnen, en aan dat ‘beter zo’ dat je er toen zo zeker onder zette.
- "promise":
    Je denkt aan de drie kantjes vol beloftes die je {hem()} stuurde, en dat je ze zelf geloofde.
- else:
    Je denkt aan {zijn()} brief, die nog in de la ligt, en aan het antwoord dat je nooit hebt geschreven.
}
