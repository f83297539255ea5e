// Fase 4 — Dan toch het onvermijdelijke einde. Knopen: festival, week_later, letter.
// Vlaggen staan in ../common/phase4.ink (p4_…). Tweeling van ../en/phase4.ink.

=== festival ===
# phase: 4
# scene: festival
Ze beginnen drie weken van tevoren met opbouwen. Elke ochtend rijdt de tram langs het veld aan de plas, en elke ochtend staat er meer: een podium als het geraamte van een walvis, een rij witte tenten, een hek dat er gisteren nog niet stond.
Sinds die avond op {zijn()} stoep leef je volgens een stille, koppige regel. Je komt niet onaangekondigd langs. Je wacht niet. Je scrolt 's avonds in bed niet terug door oude berichten. Er is nog altijd een kamer in je die van {hem()} is, die krijg je niet dichtgemetseld, maar je houdt de deur dicht en je let op waar je je voeten neerzet.
Het kaartje hangt sinds januari op je koelkast, onder een magneetje in de vorm van een ananas. Noor kocht er twee, toen alles nog simpel was.
En {partner_name} gaat elk jaar. {Hij()} heeft je er een keer over verteld, half in slaap: over de set bij zonsopgang aan het water, over hoe {hij()} om middernacht {zijn()} vrienden kwijtraakt en ze bij het ontbijt terugvindt, grijs van het stof en gelukkig. {Hij()} is er, dat staat vast. Veertigduizend mensen, en binnen tien minuten zou jij {hem()} gevonden hebben. Zo goed ken je jezelf wel.

* [Sla het dit jaar over. Een weekend {hem()} níét tegenkomen, dat gun je jezelf. #step: ground #locked: {pull_strong()} #why: Een heel weekend weten dat {hij()} daar onder de lampen staat, zonder jou, dat hou je niet uit.]
    ~ step_ground(1)
    Je trekt het kaartje van de koelkast en legt het in de la bij de bezorgfolders. Zo'n klein gebaar. Je handen zijn er vreemd rustig bij.
    Als je het Noor aan de telefoon vertelt, wordt ze op die bepaalde manier stil die betekent dat ze iets aan het beramen is.
    -> noor
* [Ga. Het is een groot veld; je blijft gewoon aan je eigen kant. #step: pursue]
    ~ step_pursue(1)
    Je houdt jezelf voor dat het om de muziek gaat, om Noor, om de plas. Overdag geloof je het nog ook.
    Je denkt niet na over welk podium {hij()} het fijnst vindt. Daar hoef je niet over na te denken. Dat weet je allang.
    -> gates
* [Sla het over, en zorg dat {hij()} via via hoort dat je iets beters te doen had. #step: withdraw]
    ~ step_withdraw(1)
    Tegen twee mensen die {hem()} kennen laat je vallen dat je dat weekend weg bent. Een huisje, wat vrienden; je houdt het expres vaag. Er is geen huisje.
    Laat {hem()} maar zoeken in die mensenzee en je niet vinden. Laat {hem()} dat gat maar eens voelen.
    -> noor

= noor
# scene: home
Op zaterdag om twee uur 's middags hangt Noor aan je bel tot je opendoet. # sfx: knock
Ze heeft glitter op haar jukbeenderen en een tweede polsbandje om haar vinger, dat ze heen en weer laat zwaaien als het horloge van een hypnotiseur.
‘Je zit al sinds april binnen,’ zegt ze. ‘Je planten hebben een rijker sociaal leven dan jij.’
‘{Hij()} is er ook.’
‘Er zijn veertigduizend mensen. Je ziet {hem()} niet eens. En als je {hem()} wel ziet, draai je je om. Dat mag. Je mag je gewoon omdraaien.’ Het bandje zwaait. ‘Kom met me in een weiland staan. Meer vraag ik niet. Een weiland.’
Bij je ziet {hem()} niet eens springt er iets op in je borst, en het bevalt je niks hoe snel.

* [Laat je overhalen. Alleen de middag. Alleen dat weiland. #step: pursue]
    ~ step_pursue(1)
    ‘Vooruit dan,’ zeg je, en Noor juicht zo hard dat de hond van beneden begint te blaffen.
    Je trekt het shirt aan waarvan je weet dat het er van een afstandje goed uitziet. Je vraagt je niet af wiens afstandje.
    -> gates
* [Blijf thuis. Je hebt dit met een reden besloten, en die reden is niet verdwenen. #step: ground #locked: {pull_strong()} #why: Ze houdt je precies voor waarvan je al weken doet alsof je het niet wilt, met glitter erop.]
    ~ step_ground(1)
    ‘Ik blijf,’ zeg je. ‘Niet omdat ik verdrietig ben. Omdat ik weet hoe ik ben.’
    Noor kijkt je een hele tijd aan. Dan drukt ze een stevige zoen op je voorhoofd, zegt ‘Dan dans ik wel voor twee,’ en stommelt de trap af.
    -> at_home
* [Blijf thuis, en zeg dat ze vooral veel foto's moet posten. Van die foto's die rondgaan. #step: withdraw]
    ~ step_withdraw(1)
    ‘Ga,’ zeg je. ‘Maak er een topdag van. Post alles.’ Je zegt er niet bij: zodat {hij()} ziet dat ik er niet ben. Dat hoeft ook niet. Noors mond wordt een streep.
    ‘Je doet het weer,’ zegt ze.
    ‘Wat doe ik weer?’
    Ze geeft geen antwoord. Ze houdt het tweede bandje nog één keer omhoog, stopt het dan in haar zak en gaat.
    -> at_home

= gates
# scene: festival
Op het station keer je bijna om. Noor ziet het gebeuren; zonder een woord pakt ze je pols, en ze laat pas los als jullie door het hek zijn, zoals je een kind vasthoudt bij het oversteken.
En dan ben je binnen, en het is fijn. Het is echt fijn. Het stof is zo bleek als beschuit en komt overal in. De bas kruipt via je zolen omhoog en nestelt zich achter je borstbeen. Noor haalt bier dat smaakt naar plastic beker en zon, en jullie liggen in het gras aan het water en lachen een uur lang om niks.
Tegen de avond zijn je schouders weer gezakt. Hele minuten achter elkaar vergeet je te kijken.
En dan, tussen twee nummers door, verschuift de menigte zoals water verschuift, en daar staat {hij()}. # sfx: crowd
Twintig meter verderop. Verbrand over {zijn()} neus, een papieren bekertje in {zijn()} hand, een vriend die iets in {zijn()} oor roept. {Hij()} luistert niet naar die vriend. {Hij()} kijkt naar jou, en zo stil als {hij()} daar staat, doet {hij()} dat al een tijdje.
Drie weken gezond verstand lopen in één keer uit je weg, geruisloos, als lucht uit een luchtbed.

* [Ga naar {hem()} toe. Dwars door de mensen, de kortste weg. #step: pursue]
    ~ step_pursue(2)
    Je besluit het niet eens. Je bent gewoon onderweg: zijwaarts tussen schouders door, langs een vlag aan een stok, door iemands zoetige rookwolk, en de menigte gaat voor je open en achter je weer dicht, alsof ze ervan weet.
    {Hij()} zet {zijn()} bekertje op de grond zonder te kijken waar, en dan sta je voor {hem()}.
    -> together
* [Blijf staan waar je staat, bij Noor. Laat die blik een blik zijn. #step: ground #locked: {pull_strong()} #why: Je voeten hellen al naar {hem()} over; de rest van je moet alleen nog volgen.]
    ~ step_ground(1)
    Je houdt de blik vast, één ademhaling, twee. Dan knik je, één keer, zoals je knikt naar iemand aan de overkant van een perron, en je draait je weer naar Noor en het podium.
    Het kost iets. Je voelt precies hoeveel: een strakke band om je ribben.
    -> comes_over
* [Draai je om en dans alsof je {hem()} nooit gezien hebt. #step: withdraw]
    ~ step_withdraw(2)
    Je draait je zo snel om dat Noors bier over haar hand klotst. Je danst als iemand in een videoclip over hoe goed het met je gaat, een en al ellebogen en haar, en je kijkt niet één keer om, wat je elke spier kost die je hebt.
    Laat {hem()} dat maar zien.
    -> comes_over

= comes_over
Het duurt vier nummers. Je telt ze.
Dan voel je een warmte in je rug die niet van de zon komt, en {zijn()} stem vlak bij je oor, onder de muziek door: ‘Dus jij gaat gewoon doen alsof je me niet gezien hebt?’
{Hij()} lacht. {Hij()} ruikt naar zonnebrand en rook en de binnenkant van {zijn()} jas, een geur die je kent, die je hele lijf kent. {Hij()} is het hele veld overgestoken. {Hij()} is naar jou toe gekomen.
Noor ontdekt, heel nadrukkelijk, iets razend interessants bij de bar.

* [Blijf op je eigen benen staan. ‘Hé. Ik ben hier vanavond met Noor.’ En meen het. #step: ground #locked: {pull_strong()} #why: {Hij()} is een heel veld overgestoken voor jou, en alles in je wil dat de moeite waard maken.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p4_where = "beside"
    ‘Hé,’ zeg je. ‘Ik ben hier vanavond met Noor.’
    Er trekt iets over {zijn()} gezicht: verbazing, en daaronder iets wat op respect lijkt. ‘Oké,’ zegt {ie()}. ‘Mag ik dan hier staan? Gewoon staan?’
    Je laat {hem()} staan. Het is een weiland. Daar ga jij niet over.
    -> beside
* [Leun tegen {hem()} aan. Heel even maar. Dan is het niet meer even. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    Je wilde iets koels zeggen. Wat je doet, is een paar centimeter naar achteren leunen, tot je schouderbladen {zijn()} borst vinden en {zijn()} armen om je heen komen, alsof ze al die tijd op precies de goede hoogte hebben liggen wachten.
    -> together

= together
~ p4_where = "crowd"
Wat daarna komt, onthoud je in flarden, als een film waarvan het geluid steeds wegvalt.
{Zijn()} hand in je nek. Slecht dansen en het niet erg vinden. {Zijn()} mond bij je oor, iets zeggend wat je niet verstaat, en jij die toch lacht. Het licht boven de plas dat roze wordt, dan paars, dan weg, en de podiumlampen die het overnemen, zodat {zijn()} gezicht steeds van kleur verschiet en toch hetzelfde gezicht blijft.
Niemand kent je hier. Niemand uit het café, niemand die de afgelopen maanden heeft zien gebeuren. Er staan geen bekende ogen in de deuropening, er gaan geen wenkbrauwen omhoog. Tussen veertigduizend mensen zijn jullie eindelijk alleen.
En {hij()} kan het zo goed. Dat is het ondraaglijke. {Hij()} weet precies waar je gemis woont, elke avond dat je wachtte, elk bericht dat niet kwam, en {hij()} gaat ze een voor een langs en legt er een warme hand op. Het voelt als een belofte: alles wat je hebt moeten missen, krijg je terug, met rente, vanaf nu.

* [Vraag het, in {zijn()} kraag: ‘En morgen? Hoor ik morgen iets van je?’ #step: ground #locked: {pull_strong()} #why: Eén vraag en de betovering is weg, en op dit moment wil je liever de betovering dan het antwoord.]
    ~ step_ground(1)
    ~ p4_where = "asked"
    Je voelt {hem()} lachen voor je het hoort. ‘Morgen ook,’ zegt {ie()}, en {hij()} kust je slaap. Het is geen antwoord. Jullie weten allebei dat het geen antwoord is, en je laat de muziek eroverheen spoelen.
* [Geloof het. Vannacht kost geloven niks. #step: pursue]
    ~ step_pursue(1)
    Je laat het waar zijn. Voor één keer sta je niet op wacht bij je eigen geluk. Je hebt het gewoon, met twee handen, in het stof.
* [Houd een klein stukje van jezelf achter, op de kant, waar {hij()} er niet bij kan. #step: withdraw]
    ~ step_withdraw(1)
    Je geeft {hem()} je mond en je handen en je lach, en het deel van je dat zou kunnen huilen houd je achter. Je vouwt het klein op en legt het ergens hoog weg, buiten bereik. Ook buiten dat van jezelf.
-
-> child

= beside
Dus {hij()} staat naast je, zonder je aan te raken. Dan haalt {hij()} water voor jou en Noor, zonder dat iemand erom vraagt. En als de zon boven de plas ondergaat, gaat {hij()} in het gras zitten, op een zorgvuldige armlengte, en op de een of andere manier is die armlengte zoeter dan vastgehouden worden.
Niemand kent jullie hier. Niemand uit het café, niemand die de afgelopen maanden heeft meegemaakt. Hier, waar geen bekende ogen op je gericht zijn, zou je zomaar vergeten waarom je je handen in je schoot houdt.
{Hij()} is grappig vanavond, en zacht, en {hij()} luistert, echt, alsof elke avond dat je ooit op {hem()} hebt gewacht op een lijstje staat en {hij()} van plan is dat lijstje af te werken, een voor een, tot alles is terugbetaald.
-> child

= at_home
# scene: home
De avond is lang en licht. Je maakt de oven schoon, wat niemand ooit doet. Je eet chips als avondeten, staand.
Als de wind naar het westen draait, hoor je het, heel vaag. Niet de muziek, alleen de bas: een trage hartslag onder de stad, als een tweede hart dat niet van jou is.
Om negen uur stuurt Noor een filmpje. Lucht, plas, duizend armen omhoog. Je kijkt het zonder geluid en je zoekt er niemand in. Je zoekt er iemand in.
Om twintig voor twaalf licht je telefoon op, op het aanrecht. # sfx: sms
waar ben je. noor is hier en jij niet. klopt niks van
En daarna: kom. ik haal je op bij de ingang

* [Antwoord meteen: ‘Thuis. Hoezo?’ #step: pursue]
    ~ step_pursue(1)
    Je hebt het getypt voor je het besloten hebt. Thuis. Hoezo? Twee woorden, en dan kijk je twintig minuten naar drie puntjes die verschijnen en weer verdwijnen, en dan niets.
    Niets, tot bijna drie uur.
* [Leg je telefoon op z'n kop en ga naar bed. #step: ground #locked: {pull_strong()} #why: Die telefoon is warm en licht en er staat {zijn()} naam op, en je bed is heel ver weg.]
    ~ step_ground(1)
    Je draait de telefoon om. Het licht lekt nog even langs de randen en geeft het dan op. Je poetst je tanden, langzaam, expres, en gaat in het donker liggen met een hart dat tekeergaat alsof iemand de trap op rent.
    Je slaapt zelfs. Tot bijna drie uur.
* [Stuur één woord terug: ‘Druk.’ #step: withdraw]
    ~ step_withdraw(1)
    Druk. Je verstuurt het en legt je telefoon in de bestekla, wat krankzinnig is, en dan sta je in je keuken heel druk te zijn met niets.
    Om bijna drie uur merk je wat één koud woord met {hem()} doet.
-
De bel. Dan geklop: zacht, daarna minder zacht. # sfx: knock
Door het spionnetje: {partner_name}, polsbandje nog om, stof tot aan de knieën, geel in het licht van het trappenhuis, met een puntzak patat in {zijn()} hand als een offergave. De hele stad is {hij()} door gefietst. Naar jou.
‘Ik weet dat het laat is,’ zegt {ie()} tegen de deur. ‘Ik wilde je gewoon even zien. Meer niet. Mag ik binnenkomen?’

* [Doe open, maar stap zelf de overloop op en trek de deur achter je dicht. Hier kun je praten. #step: ground #locked: {pull_strong()} #why: {Hij()} staat daar om drie uur 's nachts met patat voor jou, en een deur is maar een deur.]
    ~ step_ground(2)
    ~ boundary_held()
    ~ p4_where = "step"
    Je doet open, stapt op je sokken naar buiten en trekt de deur achter je dicht tot het slot tegen je rug klikt. Op de overloop hangt nog de etenslucht van iemand anders, van uren geleden.
    {Hij()} kijkt naar de dichte deur, dan naar jou, en snapt het. Aandringen doet {hij()} niet. In plaats daarvan gaat {hij()} op de bovenste traptree zitten en klopt naast zich op het beton, en na een tijdje ga jij er ook bij zitten.
    {Hij()} praat zachtjes, om het huis niet wakker te maken: het stof, een hond die het podium op klom, hoe {hij()} zich de hele dag steeds omdraaide om jouw gezicht in de menigte te zoeken. Dan vindt {zijn()} hand de jouwe op het koude beton, en het is alsof {hij()} elke avond dat jij op {hem()} wachtte mee de trap op heeft genomen, om ze hier een voor een af te lossen, op deze tree.
    -> child
* [Laat {hem()} binnen. #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p4_where = "bed"
    Je doet open en {hij()} komt binnen met de nacht nog om zich heen, koude lucht en rook en bas, en de patat wordt koud op het aanrecht omdat geen van jullie er nog aan denkt.
    In je bed is {hij()} alles wat {hij()} op {zijn()} best is, en dat is alles. {Hij()} houdt je vast alsof {hij()} je precies even lang heeft gemist als jij {hem()}, en in het grijs van de vroege ochtend voelt het als een schuld die wordt afgelost: elke lege nacht krijg je terug, warm.
    -> child

= child
{
- p4_where == "bed":
    Later, als het raam grijs wordt, zegt {hij()} het in je haar.
- p4_where == "step":
    Het licht in het trappenhuis springt uit. Geen van jullie staat op om het weer aan te doen. In het donker zegt {hij()} het tegen de traptree onder zich.
- p4_where == "beside":
    Later, aan het water, met Noor in slaap op iemands jas een paar meter verderop, zegt {hij()} het tegen de plas.
- p4_where == "asked":
    Later, als jullie in het platgetrapte gras liggen en de podiumlampen tegen de onderkant van de bomen flakkeren, merk je dat {hij()} antwoord geeft op een andere vraag. Jij vroeg naar morgen. {Hij()} antwoordt in jaren.
- else:
    Later, als jullie in het platgetrapte gras liggen en de podiumlampen tegen de onderkant van de bomen flakkeren, zegt {hij()} het tegen de lucht.
}
‘Ik wil later een kind, wist je dat? Ooit.’ Een stilte. ‘Dat heb ik nog nooit tegen iemand gezegd. Maar ik zie het wel voor me. Met jou. Raar, hè? Ik word er niet eens bang van.’
Het glijdt in je als een sleutel in precies het slot waarvoor die gemaakt is. Want dit is jouw wens, de verborgen wens, die je zelfs Noor nooit hebt verteld, die je onder al het andere bewaart als een brief onder een losse vloerplank. En {hij()} loopt er in het donker zomaar op af.
Op precies hetzelfde moment wordt er iets in je wit en koud. Een kind. Van iemand die op een dinsdag nog geen appje kan sturen. Van iemand die, zodra deze nacht voorbij is, ergens zit waar jij niet bij kunt.
Je smelt en je bent woedend, en in één lijf is voor allebei geen ruimte. Je keel knijpt zich dicht rond wat je wilde zeggen. # body: throat

* [Zeg het: hoe durft {hij()} over een kind te beginnen, als {hij()} morgen weer onbereikbaar is? #step: ground #locked: {pull_strong()} #why: De woorden liggen klaar, en als je ze uitspreekt, breek je het enige warme wat je hebt.]
    ~ step_ground(2)
    ~ p4_child = "said"
    Je hoort je eigen stem, vast en een tikje te hard.
    ‘Jij begint over een kind. Met mij. En morgen ben je weer weg, en dan hoor ik een week niks van je, misschien langer, en dat weten we allebei. Hoe kun je dat dan zeggen? Hoe kun je me dat in handen drukken en dan weglopen?’
* [Slik het in. Houd het warme nog even warm. #step: pursue]
    ~ step_pursue(2)
    ~ p4_child = "swallowed"
    Je slikt de woede in één keer door. Die zakt als een steen. Wat er in plaats daarvan naar boven komt, is een klein, vochtig ‘Ik ook,’ en je voelt {hem()} glimlachen.
    {Hij()} praat nog een tijdje door: namen die {hij()} mooi vindt, een huis met een tuin. Jij zegt ja, en ja, en hm. De steen ligt in je maag. Nog nooit ben je zo teder geweest met iemand, en tegelijk is het gelogen, en dat weet je.
    En ergens halverwege een zin over die tuin hoort {hij()} het toch. Aan hoe snel je ja zei, misschien. {Zijn()} stem wordt dunner. {Hij()} houdt op met praten.
* [Word koud. Zeg iets luchtigs en scherps en laat {hem()} de snede voelen. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_child = "cold"
    ‘Een kind,’ zeg je, en je lacht, een kort, lelijk lachje dat je niet van jezelf kent. ‘Jij houdt nog geen cactus in leven.’
    Het komt aan. Je voelt het aankomen. Eén seconde ben je blij, fel blij, en dan loopt die blijdschap via je voetzolen weg.
-
Dan niets.
Geen ruzie. Geen slaande deur. Een stilte zo volkomen dat je {p4_at_festival():de aggregaten achter het podium hoort brommen|{p4_where == "step":het gebouw om je heen hoort tikken|de koelkast in de keuken hoort brommen}}, en je eigen hartslag, en {hem()}, die voorzichtig ademt, als iemand die niet gevonden wil worden.
{Hij()} is er nog. Zo dichtbij dat je {hem()} kunt aanraken. En {hij()} is weg: je ziet het gebeuren. {Hij()} trekt zich terug ergens achter {zijn()} eigen ogen, in een achterkamer zonder ramen, en draait de deur van binnenuit op slot.
{
- p4_where == "bed":
    Om zeven uur staat {hij()} op, mompelt iets over een vriend met een auto en kust je schouder zoals je een formulier parafeert. De deur valt in het slot. De patat ligt nog op het aanrecht, grauw en stijf.
- p4_where == "step":
    Na een tijdje zegt {hij()} ‘Nou,’ tegen niemand, staat op en loopt de trap af. Je luistert naar {zijn()} voetstappen tot helemaal beneden. De voordeur slaat dicht. Je blijft zitten in het donker, op de koude tree, op je sokken.
- else:
    Tegen tweeën zegt {hij()} dat {hij()} {zijn()} vrienden moet gaan zoeken. {Hij()} kust je voorhoofd, vluchtig, alsof {hij()} tekent voor een pakketje, en loopt de menigte in, en de menigte sluit zich achter {hem()} alsof {hij()} er nooit is geweest.
}
~ disappointment()
Ergens in je pakt het deel dat de telling bijhoudt zijn potlood. {disappointments == 2:Twee.|Weer een.} Meer zegt het niet. Meer hoeft ook niet.
-> week_later

=== week_later ===
# scene: bar
Zeven dagen. Geen bericht, geen hartje, geen van die nachtelijke foto's van een lucht waarvan {hij()} dacht dat jij die wel wilde zien. Je wist dat het zo zou gaan. Je had het van tevoren kunnen opschrijven en in een envelop kunnen stoppen. Weten helpt niet. Weten heeft nog nooit geholpen.
{
- p4_child == "said":
    Sommige nachten speel je opnieuw af wat je zei, en het was waar, en je zou het zo weer zeggen, en toch lig je wakker van de vraag of die waarheid {hem()} heeft weggejaagd. Dan weet je het weer: {hij()} ging toch al. Jij zei het alleen als eerste hardop.
- p4_child == "swallowed":
    Je blijft je eigen kleine ‘ik ook’ horen, en hoe {zijn()} stem daarna dun werd. Je gaf {hem()} precies waar {hij()} om vroeg, en {hij()} ging toch. Aan wat je zei lag het dus nooit.
- else:
    Dat zinnetje over die cactus blijft in je hoofd ronddraaien, als een plaat die hapert. Sommige nachten ben je er trots op. De meeste nachten zit het in je borst als een ingeslikte graat.
}
Vrijdag is Noor jarig, en Noors verjaardag sla je niet over. De achterzaal van het café aan de gracht: lampjes die na kerst nooit meer zijn weggehaald, een dartbord zonder pijltjes, een taart met een onduidelijk aantal kaarsjes, omdat Noor weigert concreet te worden.
Noor kent {hem()} ook. Natuurlijk kan {hij()} er zijn. Dat zeg je tegen jezelf in de tram, en daarna zeg je tegen jezelf dat je dat prima vindt, en dan stap je naar binnen.
Je bent nog geen halve stap binnen, je ogen hebben nog niets gevonden, of je buik weet het al. Die vouwt zich klein en hard op, zoals op de hoogste plank van de duiktoren als je al tegen iedereen hebt gezegd dat je springt. Dan pas halen je ogen het in: {hij()} staat helemaal achterin, bij het dartbord, met een biertje waar {hij()} niet van drinkt. # body: stomach

* [Luister ernaar. Houd je jas nog even aan, blijf bij de deur, en weet dat je mag gaan. #step: ground #locked: {pull_strong()} #why: Je buik zegt weg en je voeten zeggen dichterbij, en vanavond hebben je voeten het voor het zeggen.]
    ~ step_ground(1)
    Je blijft bij de kapstok staan met je jas aan, als iemand die wacht op een bus die misschien komt. Het is zoiets kleins, weten waar de deur is. Het helpt meer dan het zou moeten.
    Noor ziet je en komt aanlopen met taart op een servetje. Ze ziet die jas en zegt er niets over, en dat is een van de redenen dat ze Noor is.
* [Negeer het. Loop erheen en zeg gedag, warm en luchtig, alsof vorige week nooit gebeurd is. #step: pursue]
    ~ step_pursue(2)
    Je steekt de zaal over met een glimlach die je in de tram hebt opgezet, als een goede jas. ‘Hé, jij.’
    {Hij()} zegt hé terug. {Zijn()} blik blijft hangen op een punt net boven je linkeroor en gaat daar niet meer weg, en na een minuut sta je over het weer te praten met iemand die je naakt heeft gezien.
* [Antwoord met ijs. Loop langs {hem()} naar de bar alsof {hij()} een kapstok is. #step: withdraw]
    ~ step_withdraw(2)
    Je loopt zo dicht langs {hem()} dat je {zijn()} shampoo ruikt, en je bestudeert de drankkaart alsof het het spannendste is wat je ooit hebt gelezen. Je wacht tot je {zijn()} blik in je rug voelt.
    Je voelt niets.
-
Het gaat zoals het weer omslaat: zo geleidelijk dat je niet kunt zeggen wanneer het begon. Om tien uur knikt {hij()} je toe over de zaal heen. Om elf uur lacht {hij()} ergens om terwijl {hij()} de andere kant op kijkt. Om half twaalf, als je langs {hem()} naar de wc loopt, draait {hij()} {zijn()} schouder zo soepel weg dat het bijna toeval lijkt. Het is geen toeval. Je buik wist het een uur geleden al.
En er is iemand nieuw in de zaal: een kennis van een kennis van Noor, in een spijkerjack, met gebleekt haar en een lach die tot achter in de zaal draagt. {partner_name} vindt die persoon zoals een kompasnaald het noorden vindt. Alles wat {hij()} een week geleden voor jou had, het luisteren, de warme hand op elk gemis, staat nu op vol vermogen en wijst een andere kant op.

* [Loop erheen. Leg een hand op {zijn()} arm, zodat {hij()} weet dat je er nog bent. #step: pursue]
    ~ step_pursue(2)
    ~ p4_bar = "chased"
    Je raakt {zijn()} arm aan. {Hij()} kijkt naar je hand alsof iemand {hem()} op straat een folder in de handen drukt. ‘Hé,’ zegt {ie()}. ‘Gaat het?’ En {zijn()} arm beweegt, niet bruusk, gewoon weg, en je hand houdt lucht vast.
* [Vang {hem()} alleen bij de bar en vraag het gewoon: ‘Wat is er met je vanavond?’ #step: ground #locked: {pull_strong()} #why: Vragen betekent het antwoord horen, en je weet nu al dat je dat antwoord niet kunt betalen.]
    ~ step_ground(2)
    ~ p4_bar = "asked"
    Je wacht tot {hij()} alleen aan de bar staat en gaat naast {hem()} staan. ‘Wat is er met je vanavond?’
    ‘Niks.’ {Hij()} zegt het tegen de tapkranen. ‘Ik ben gewoon moe.’ Dan pakt {hij()} twee drankjes, waarvan er één niet voor jou is, en loopt terug.
    Het is niet niks. Maar je hebt het hardop gevraagd en het antwoord met je eigen oren gehoord, en niemand kan je ooit nog wijsmaken dat je het je verbeeld hebt.
* [Lach harder om de grappen van Noor. Laat {hem()} zien dat je {hem()} nergens voor nodig hebt. #step: withdraw]
    ~ step_withdraw(1)
    ~ p4_bar = "ice"
    Je lacht om alles wat Noor zegt, ook om wat geen grap was. Je gooit je hoofd achterover. Je legt je hand op de arm van Noors neef. Het is een complete voorstelling, en de enige voor wie die bedoeld is, kijkt niet één keer op. Dat is erger dan alles wat {hij()} had kunnen zeggen.
-
{veil_infidelity:
    Op een gegeven moment ga je naar de wc en blijf je daar een tijdje staan, kijkend naar je gezicht in de spiegel alsof het van iemand is die je vroeger kende. Als je terugkomt, hangt {zijn()} jas niet meer aan de kapstok. Het spijkerjack ook niet. Noor pakt zonder iets te zeggen het glas uit je hand, en daaraan merk je het.
- else:
    Om kwart voor één houdt {hij()} het spijkerjack open terwijl de eigenaar de mouwen zoekt. Een klein gebaar, bijna ouderwets, en je kent het, want vroeger deed {hij()} het voor jou. {Zijn()} hand rust even onder aan een rug die niet de jouwe is. Ze gaan samen naar buiten. Bij de deur kijkt {hij()} niet om.
}
Geen woord tegen jou. Geen doei, geen knikje. Niets.
Noor brengt je naar de tramhalte. Ze zegt niet ik zei het toch; ze heeft het ook nooit gezegd. Ze houdt alleen je elleboog vast, alsof de stoep zou kunnen kantelen.
~ disappointment()
{door_can_close():
    Drie. Die regel heb je zelf gemaakt, op de rand van het bad, die avond dat {zijn()} deur maar op een kier ging. Je zou tellen, en dat heb je gedaan. Drie is geen pech. En wat drie keer gebeurt, stopt niet bij drie: het komt een tiende keer terug, en een twintigste, zolang jij in zalen blijft staan wachten tot je gekozen wordt.
- else:
    Precies tellen doe je al een tijdje niet meer. Het maakt ook niet uit. Je herkent een patroon als het met zijn jas aan in een café staat: wat zo vaak gebeurt, blijft gebeuren, tien keer, twintig keer, zolang jij in zalen blijft staan wachten tot je gekozen wordt.
}
Iets in je weigert, heel zacht.
Deze deur moet dicht. En dit is het nieuwe, het deel waar je zelf van opkijkt: je wilt dat {hij()} het weet. Niet wegzakken in stilte, zoals {hij()} dat doet. Dichtdoen van jouw kant, met je eigen hand aan de klink.

* [Doe die deur dicht, en laat {hem()} dat weten, in je eigen woorden. #step: ground #locked: {pull_strong()} #why: Voorgoed dicht betekent geen volgende keer, en een deel van je leeft nog op die volgende keer.]
    ~ step_ground(2)
    ~ p4_close = "tell"
    In de tram naar huis zeg je het één keer, binnensmonds, tegen het donkere raam: het is voorbij. Je spiegelbeeld spreekt je niet tegen.
* [Nog niet. Eerst moet je snappen waarom. Je gaat het {hem()} nog één keer vragen. #step: pursue]
    ~ step_pursue(1)
    ~ p4_close = "ask"
    Er moet een reden zijn. Mensen doen zoiets niet zomaar. Als je het kon begrijpen, kon je het neerleggen. In de tram begin je de vraag te formuleren, en je houdt er drie dagen niet mee op.
* [Doe de deur geruisloos dicht. {Hij()} krijgt geen uitleg; jij kreeg die ook nooit. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_close = "silent"
    Nog voor de volgende halte verwijder je {zijn()} nummer. Dan besef je dat je het uit je hoofd kent, wat van dat verwijderen een soort toneelstuk maakt. Je doet het toch. Laat {hem()} het maar merken zoals jij het altijd moet merken: aan de stilte.
-
-> letter

=== letter ===
# scene: desk
// What the letter needs from earlier scenes, taken into this knot's own (temporary)
// variables; the lines of the letter live here too. Once read, the spent flags are
// cleared, so nothing the later phases never read is carried along.
~ temp where = p4_where
~ temp child = p4_child
~ temp bar = p4_bar
~ temp close = p4_close
~ temp line_open = ""
~ temp line_child = ""
~ temp line_night = ""
~ p4_spend_flags()
Echt praten met {hem()} lukt nooit. Er is altijd muziek, of er zijn andere mensen, of een telefoon die overgaat tot {hij()} ophoudt, of een deur die {hij()} maar half opendoet. Alles wat je ooit echt tegen {hem()} wilde zeggen, moest ergens bovenuit geschreeuwd worden.
Dus doe je het ouderwets. Op zondagavond ruim je het bureautje onder het raam leeg, pak je het mooie papier dat je bewaarde voor een gelegenheid die je nooit kon benoemen, en trek je de dop van een pen. # sfx: pen
Geen appje. Een appje lees je half op je vergrendelscherm en veeg je met één duim weg. Een brief moet je openmaken. Een brief heeft gewicht; die ligt op de deurmat en wacht.
{
- close == "tell":
    Je weet wat erin moet. Je weet alleen nog niet hoe het klinkt in je eigen handschrift.
- close == "ask":
    Je houdt jezelf voor dat het een vraag is, een brief die vraagt waarom. De pen lijkt er zelf ook een mening over te hebben.
- else:
    Je zou jezelf niet gaan uitleggen, en dat doe je ook niet. Het moet alleen je lijf uit, op iets plats, waar het je niet meer uit je slaap houdt. Of het ooit deze kamer verlaat, is een tweede.
}
Bovenaan het vel schrijf je {zijn()} naam en een komma. Over die komma doe je tien minuten.

* [Begin eerlijk: je schrijft omdat jullie nooit echt kunnen praten. #step: ground]
    ~ step_ground(1)
    ~ line_open = "honest"
    Je schrijft het snel op, voor je het mooier kunt maken. Het staat er heel kaal, als een kamer waar de meubels uit zijn gedragen. Je laat het kaal.
* [Begin met een steek: een appje kan {hij()} ongelezen laten, een brief moet {hij()} openmaken. #step: withdraw]
    ~ step_withdraw(1)
    ~ line_open = "bitter"
    Het komt er glad en scherp uit, als iets wat je al weken aan het slijpen bent, en dat ben je ook. Er zit een klein, heet genoegen in. Dat genoegen haalt het eind van de regel niet.
* [Begin met {hem()} te vragen, alsjeblieft, tot het eind te lezen. #step: pursue]
    ~ step_pursue(1)
    ~ line_open = "pleading"
    Alsjeblieft. Je kijkt lang naar dat woord. Het is het woord dat je dit hele jaar al zegt zonder het te zeggen. Nu staat het er in inkt, en inkt neemt niets terug.
-
Dan het moeilijke: het kind. Je pen hangt zo lang boven het papier dat er een druppel inkt aan de punt groeit en valt, een klein donker maantje in de kantlijn.

* [Schrijf {hem()} de waarheid over het kind: je wilde het zo graag dat je ervan schrok, en je wist dat {hij()} 's ochtends weg zou zijn. #step: ground #locked: {pull_strong()} #why: Opschrijven wat je wilt maakt het echt, en wat echt is, kan geweigerd worden.]
    ~ step_ground(2)
    ~ line_child = "honest"
    {
    - child == "said":
        Je hebt het al een keer gezegd, hardop, in het donker. De tweede keer is makkelijker, en ook moeilijker: nu is het gewoon waar, en er is niemand die je onderbreekt.
    - child == "swallowed":
        Je zei het niet toen het ertoe deed. Nu je het tegen papier zegt, trilt je hand zo dat de letters scheef gaan staan. Je laat ze scheef staan.
    - else:
        Het is het omgekeerde van dat zinnetje over die cactus, het zinnetje dat je wél zei. Het is wat eronder zat. Het voelt alsof je in een koude kamer je harnas uittrekt.
    }
* [Schrijf {hem()} wat dat gepraat over een kind eigenlijk was: een liedje waar {hij()} één nacht lang verliefd op was. #step: withdraw]
    ~ step_withdraw(1)
    ~ line_child = "bitter"
    De zin is goed. Misschien de beste zin die je ooit hebt geschreven. Je leest de zin terug en je ogen prikken, en je houdt jezelf voor dat dat triomf is.
* [Vraag {hem()} of {hij()} het meende. Want jij wel. Jij nog steeds. #step: pursue]
    ~ step_pursue(2)
    ~ line_child = "pleading"
    Je schrijft ik nog steeds en zet twee strepen onder nog steeds, zo hard dat de pen een deuk in het volgende vel drukt. Dan zit je lang met je hand voor je mond.
-
Dan Noors verjaardag. {veil_infidelity:De lege haak aan de kapstok. Noor die het glas uit je hand pakt.|Het spijkerjack dat wordt opengehouden. Een hand onder aan een rug.}

* [Schrijf {hem()} wat er zaterdag gebeurde, en wat je toen eindelijk begreep. #step: ground]
    ~ step_ground(1)
    ~ line_night = "honest"
    Gek is dat: de eenvoudigste zin van de hele brief kost het meest. Je schrijft langzaam, als iemand op het ijs die heeft besloten niet te gaan rennen.
* [{veil_infidelity:Schrijf dat je hoopt dat het de moeite waard was, wie het ook was.|Schrijf dat je hoopt dat dat spijkerjack de moeite waard was.} #step: withdraw]
    ~ step_withdraw(2)
    ~ line_night = "bitter"
    Je handschrift wordt groter en helt naar voren, alsof het tegen de wind in loopt. Je drukt zo hard dat de letters glimmen.
* [Schrijf dat zaterdag niet uitgelegd hoeft te worden. Je wilt alleen weten of er nog iets over is. #step: pursue]
    ~ step_pursue(2)
    ~ line_night = "pleading"
    Je schrijft dat je niet boos bent, en terwijl je het schrijft voel je je boosheid de kamer uit lopen. Niet weg: alleen even op de gang, zoals altijd als je iemand harder nodig hebt dan je gelijk.
-
En dan het einde. Hoe eindig je een brief aan iemand die het nooit echt heeft laten beginnen?

* [Eindig met liefde en met een punt: jij stapt eruit. #step: ground #locked: {walls_up()} #why: Om op te schrijven dat je van {hem()} hield, zou je een deur moeten openzetten die je de hele week hebt dichtgemetseld.]
    ~ step_ground(2)
    ~ p4_line_end = "honest"
    Je hand is rustig. Pas daarna merk je dat je huilt, een beetje, netjes, zonder ophef, zoals het soms regent terwijl de zon schijnt.
* [Eindig zo dat {hij()} niet het laatste woord krijgt: terugschrijven hoeft niet meer. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_line_end = "bitter"
    Zo. Nu is {zijn()} stilte jouw idee. Een vreemd soort overwinning, het soort dat je aan niemand kunt vertellen, omdat het hardop als verliezen klinkt.
* [Laat de deur op een kier: als er iets van waar was, weet {hij()} waar je woont. #step: pursue]
    ~ step_pursue(2)
    ~ p4_line_end = "pleading"
    {close == "tell":Je wilde de deur dichtdoen. Als je het terugleest, zie je dat er nog een kier is.|Je laat een kier open. Natuurlijk doe je dat.}
-
~ p4_settle_tone(line_open, line_child, line_night)
Je leest het één keer helemaal door, van begin tot eind, zoals {hij()} het zal lezen. Als {hij()} het leest.
{partner_name}, # letter: line
{line_open:
- "honest":
    Ik schrijf dit op omdat wij nooit echt kunnen praten. Er is altijd muziek, of er zijn andere mensen, of een telefoon die je niet opneemt. Ik wil dat je dit één keer hoort, van mij, zonder dat er iets doorheen speelt. # letter: line
- "bitter":
    Ik zet dit op papier omdat je een appje ongelezen kunt laten, net als alle andere. Een brief moet je tenminste openmaken. # letter: line
- else:
    Lees dit alsjeblieft tot het eind. Ik ben er vaker aan begonnen dan ik wil toegeven, en elke versie begon met alsjeblieft. # letter: line
}
{line_child:
- "honest":
    {child == "swallowed":Ik zei het niet toen jij het zei, dus ik zeg het nu. }Toen je over een kind begon{p4_child_place(where)}, zei iets in mij ja voor ik het kon tegenhouden. Zo graag wil ik dat. En in dezelfde seconde wist ik dat je 's ochtends weg zou zijn, en dat was je ook. # letter: line
- "bitter":
    Je had het over een kind zoals je het over een liedje hebt dat je mooi vindt: met je hele hart, één nacht lang. De volgende ochtend zat je alweer bij het volgende nummer. # letter: line
- else:
    Meende je het, van dat kind? Want ik wel. Ik nog steeds. Ik zou alleen moeten weten dat je er op een gewone dinsdag ook nog bent. # letter: line
}
{line_night:
- "honest":
    {veil_infidelity:Zaterdag ging je weg van Noors feest, zonder één woord tegen mij en niet alleen|Zaterdag zag ik je weggaan met iemand anders, zonder één woord tegen mij}{bar == "asked":, een uur nadat je had gezegd dat er niks was}, en toen begreep ik eindelijk dat ik de enige van ons tweeën ben die nog danst. # letter: line
- "bitter":
    {veil_infidelity:Ik hoop dat zaterdag de moeite waard was, wie het ook was. Ik hoop dat die persoon de goede versie van je kreeg, die van één nacht.|Ik hoop dat dat spijkerjack het waard was. Ik hoop dat je de mouwen openhield zoals je dat vroeger voor mij deed.} # letter: line
- else:
    Je hoeft zaterdag niet uit te leggen. Ik ben niet eens boos. Ik wil alleen weten of er nog iets over is, wat dan ook. Ik kan met heel weinig toe. Dat heb ik altijd gekund. # letter: line
}
{p4_line_end:
- "honest":
    Dus ik stap eruit. Niet omdat ik niet meer van je hou, want dat doe ik wel. Maar ik wil houden van iemand die in de kamer blijft, en ik wil zelf iemand zijn die bij zichzelf blijft. # letter: line
- "bitter":
    Schrijf maar niet terug. Dat zou je toch niet doen, maar zo is het tenminste mijn idee. # letter: line
- else:
    Als er iets van waar was, weet je waar ik woon. Ik laat het licht nog een tijdje aan. # letter: line
}
{letter_tone:
- "honest":
    Pas goed op jezelf. # letter: line
- "bitter":
    Dat was het. # letter: line
- else:
    Nog steeds van jou, als je dat wilt. # letter: line
}
Je vouwt de brief in drieën. Op de envelop schrijft je hand {zijn()} adres zonder het jou te vragen, zoals je duim vroeger vanzelf {zijn()} nummer vond.

* [Doe de brief op de bus, en laat het dan ook echt los. #step: ground #locked: {pull_strong()} #why: Op de bus doen betekent daarna gewoon verder leven, zonder brievenbus om de wacht bij te houden, en je weet nog niet hoe dat moet.]
    ~ step_ground(2)
    ~ p4_sent = "sent"
    De brievenbus op de hoek slikt de envelop met een klein metalen geluid. Je blijft even staan met je hand nog omhoog, als iemand die net een vogel heeft losgelaten. Dan ga je naar huis, kookt iets met knoflook en eet het op, aan tafel.
* [Doe de brief op de bus, en app {hem()} dat er iets aankomt. #step: pursue]
    ~ step_pursue(2)
    ~ p4_sent = "chased"
    De brievenbus slikt de envelop. Halverwege naar huis hebben je duimen het al getypt: ik heb je iets gestuurd. per post. lees je het? Afgeleverd. Je kijkt bij het stoplicht, bij je voordeur, en in bed nog drie keer, met de helderheid helemaal omlaag, alsof het dan minder telt.
* [Leg de brief in de la. Dit krijgt {hij()} er niet ook nog bij. #step: withdraw]
    ~ step_withdraw(2)
    ~ p4_sent = "kept"
    Je schuift de envelop in de la, onder de bezorgfolders. Sommige dingen schrijf je voor jezelf, houd je jezelf voor. Dit is er een van. De la klemt bij het dichtdoen; je moet ertegenaan leunen.
-
{p4_letter_sent():
    Er komt geen antwoord. Niet die week, niet de week erna. Je wist het; je had er geld op durven zetten. En toch staat je hart elke keer dat de brievenbus klappert eerder op dan jij, en elke keer zijn het pizzafolders.
- else:
    Er komt niets terug, want er ging niets heen. Sommige avonden haal je de envelop tevoorschijn en lees je de brief alsof een vreemde die heeft geschreven. Er verandert nooit iets aan. Aan de stilte ook niet: die klinkt precies hetzelfde, of je er nu een brief in stuurt of niet.
}
De zomer gaat voorbij zonder {hem()}. # pause: 4
-> months_later

// Waar het kind ter sprake kwam, zoals de brief het zegt (met spatie vooraf).
=== function p4_child_place(where) ===
{
- where == "beside":
    <> aan het water
- where == "bed":
    <> in mijn bed
- where == "step":
    <> op mijn trap
- else:
    <> in het gras aan de plas
}

// Eén zin die de brief terugbrengt: de toon, hoe die eindigde, en of die verstuurd is.
// Voor fase 5 en de eindes.
=== function letter_recalled() ===
{letter_tone == "bitter":Je schreef {hem()} een brief met een scherp randje aan elke regel|{letter_tone == "pleading":Je schreef {hem()} een brief die bleef vragen en vragen|Je schreef {hem()} de waarheid, zo eenvoudig als je kon}}{p4_line_end == "bitter":, eindigde met dat {hij()} niet terug hoefde te schrijven|{p4_line_end == "pleading":, liet aan het eind het licht aan|, eindigde met dat je van {hem()} hield en er toch uit stapte}}{p4_sent == "kept":, en legde de brief daarna in een la, waar die is gebleven.|{p4_sent == "chased":, deed de brief op de bus en appte er nog achteraan, en alles zonk zonder rimpeling weg in {zijn()} stilte.|, deed de brief op de bus, en die zonk zonder rimpeling weg in {zijn()} stilte.}}
