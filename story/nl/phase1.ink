// Fase 1 — De opening. Het feest waar het begint: de lange blikken, het om elkaar heen
// draaien, Noor die jullie voorstelt, het gedeelde verhaal in de volle gang, het stemmetje,
// de nacht.

=== party ===
# phase: 1
# scene: party
Later, als je probeert terug te vinden waar het begon, kom je altijd hier uit: op een steile trap die ruikt naar natte jassen en iemands shagje, drie hoog onder een feest, met de vlakke hand van Noor tussen je schouderbladen. Ze duwt.
Boven gaat een deur open en de muziek valt in één keer het trappenhuis in, het hele nummer tegelijk, als een boodschappentas die scheurt. Noor joelt. Jij lacht. Je hart gaat sneller dan drie trappen kunnen verklaren.
Jip is jarig en heeft net een nieuw huis; het feest is voor allebei, dat scheelt een taart. Op de uitnodiging stond: neem een fles mee en iemand die je leuk vindt. Noor heeft jou meegenomen. Jij hebt een fles cava bij je die de hele fietstocht in je fietstas heeft liggen rammelen en zo meteen als een vuurpijl afgaat in het gezicht van wie er het dichtst bij staat.
Op de laatste overloop blijft Noor staan. Ze draait zich om en houdt haar hoofd schuin. Ze kent je sinds jullie elf waren, dus ze heeft elke versie van je gezicht al eens gezien, deze ook. ‘Even voor we naar binnen gaan,’ zegt ze. ‘Gaat dit over {partner_name}?’
‘Wat? Nee.’ Het komt er een halve toon te hoog uit, en dat horen jullie allebei.
‘Jip zegt dat {hij()} ook komt,’ zegt Noor zacht, zoals je iemand slecht nieuws vertelt, en ze duwt de deur open.
Je hebt {partner_name} precies vier keer gezien, niet dat je het bijhoudt. In maart, op de opening van Noors fototentoonstelling, waar {hij()} tien minuten voor de slechtste foto van de zaal stond alsof het de beste was. In mei, toen {hij()} je langs de gracht voorbijfietste in de regen, zonder handen, een appel tussen {zijn()} tanden. En twee keer op de zaterdagmarkt bij de kaaskraam, waar jij een kaas kocht die je niet hoefde, alleen om ergens te kunnen blijven staan.
Jullie hebben nog nooit een woord gewisseld. Alles wat je weet heb je van horen zeggen, en het spreekt elkaar een beetje tegen: dat {hij()} een jaar in Lissabon heeft gewoond, of in Porto; dat {hij()} oude piano's opknapt, of oude boten; dat {hij()} grappig is, dat {hij()} gedoe is, dat {hij()} de liefste is die Jip kent. Toen {zijn()} naam dit voorjaar een keer viel, zei Noor er luchtig achteraan: ‘Schat van een mens. Blijft nergens lang.’ Je hebt niet gevraagd wat ze bedoelde. Je hebt het weggelegd op een plek waar je nooit kijkt.
Binnen is het huis één lange gang met kamers eraan als de tanden van een kam. Lichtslingers, de verwarming te hoog, een bed dat verdrinkt onder de jassen. Het raam boven het jassenbed is zwart van de nacht en geeft je de kamer terug: Noor die met haar sjaal worstelt, de open deur, jij.
* [Bekijk je gezicht in het donkere glas en ga {hem()} dan zoeken #step: pursue]
    ~ step_pursue(1)
    Het raam geeft je een gezicht terug dat je maar half herkent: verhit, klaar voor iets, een beetje hongerig. Je duwt je haar goed, haalt het weer door de war, duwt het opnieuw goed. Dan stap je de gang in en laat je je blik langzaam door elke kamer gaan waar je in kunt kijken, als een vuurtoren die heel erg zijn best doet om nonchalant over te komen.
* [Zeg tegen Noor dat je hier bent voor haar en voor Jips taart, punt #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben hier voor jou,’ zeg je. ‘En voor wat Jip dit jaar met een taart heeft uitgespookt.’ Noor kijkt je lang aan en zegt ‘Tuurlijk,’ op de toon die ze bewaart voor kleuters en douaniers. Je loopt met opgeheven kin naar binnen, vast van plan naar niemand te zoeken. Dat houd je ongeveer veertig seconden vol.
* [Geef toe dat je zenuwachtig bent, en vraag Noor of ze in de buurt blijft #step: ground]
    ~ step_ground(1)
    ‘Ik ben zenuwachtig,’ zeg je, en het lucht op, alsof je een zware tas neerzet. ‘Verdwijn je niet meteen, het eerste uur?’ Noor haakt haar pink in de jouwe, zoals jullie op de basisschool deden. ‘Het eerste uur,’ zegt ze. ‘Daarna zoek je het zelf maar uit, het is een feest.’ Je schouders zakken een centimeter.
- -> looks

= looks
Je vindt {hem()} zonder te zoeken, zoals je tong een afgebrokkelde kies vindt. {partner_name} leunt in de deuropening van de keuken, een flesje bier losjes aan de hals, en luistert met {zijn()} hele gezicht naar iemand. {Hij()} is naar de kapper geweest sinds maart. Het staat {hem()} goed, en het ergert je dat je dat weet.
Dan kijkt {hij()} op, dwars door de gang, en vindt jou ook.
Het is geen vluchtige blik. Vluchtige blikken ketsen af. Deze landt en blijft liggen: drie tellen, vier, zoals je kijkt naar iemand op wie je al een tijd wacht en die te laat is. Iemand stoot je aan met een schaal chips en je merkt het nauwelijks.
* [Houd de blik vast, zo lang als {hij()} wil #step: pursue]
    ~ step_pursue(2)
    Je kijkt niet weg. {Hij()} ook niet. De gang lijkt tegelijk langer en korter te worden, zoals in films waar de camera wegrijdt en tegelijk inzoomt, en ergens in dat alles gaat een van {zijn()} mondhoeken omhoog. Geen glimlach, niet helemaal. Eerder een antwoord. Als er eindelijk iemand tussen jullie in stapt, merk je dat je ergens rond de vijfde tel bent opgehouden met ademen.
* [Kijk als eerste weg en lach om iets wat Noor zegt, hard genoeg #step: withdraw]
    ~ step_withdraw(1)
    Je draait je naar Noor en lacht om wat ze net zei (het ging over de taart, het was niet grappig), hoofd achterover, keel bloot, een lach voor een publiek van één. Je kijkt niet of het publiek meekijkt. Je voelt dat het meekijkt. Daar gaat het om.
* [Merk eerst op wat die blik met je doet, voor je er iets mee doet #step: ground]
    ~ step_ground(1)
    Er kruipt warmte in je nek omhoog. Je knieën hebben er ook een mening over. Je merkt het allemaal op, zoals je merkt wat voor weer het is, en dan geef je {hem()} een klein, gewoon knikje, hoi, ik zie je, en draai je je terug naar Noor, met een hart dat tekeergaat als een mot tegen een lamp. Het gaat nog steeds tekeer. Maar het is van jou.
- ‘O,’ zegt Noor naast je, heel zacht. ‘O. Dat is niet niks.’
-> circling

= circling
De volgende twee uur draaien jullie om elkaar heen als twee katten op hetzelfde erf.
Waar jij ook bent, {hij()} is één kamer verderop. Jij staat in de keuken; {hij()} staat op het balkon met de sigaret van iemand anders. Jij loopt de woonkamer in, waar ze op een vloerkleed dansen; {hij()} komt tegen de deurpost hangen. In de rij voor de wc staan er twee mensen tussen jullie in en bestuderen jullie allebei de poster van een skioord uit de jaren zeventig op de deur, alsof je er straks een overhoring over krijgt.
Twee keer denk je dat {hij()} naar je toe komt. Eén keer zet {hij()} het ook echt in, en dan onderschept Jip {hem()} met een dienblad vol iets op prikkers. Jij eet er drie van. Je zou niet kunnen zeggen wat het was.
Rond middernacht gaat {hij()} in {zijn()} eentje het balkon op.
* [Ga {hem()} achterna, met een aansteker die je niet nodig hebt #step: pursue]
    ~ step_pursue(2)
    Je leent een aansteker van een onbekende en stapt de kou in. Het balkon is smal, vol dode geraniums en een fiets die iemand drie trappen op heeft gesjouwd, en {partner_name} staat helemaal aan het eind naar de gracht te kijken. Je hebt een zin klaarliggen. Dan knalt achter je de deur open en stromen er vier mensen naar buiten om de buren toe te zingen, en {hij()} wordt meegesleurd in het gezang, en jij staat daar met een aansteker voor niemand, glimlachend alsof dit precies de bedoeling was.
* [Blijf binnen en dans met Noor; laat {hem()} maar naar jou komen #step: withdraw]
    ~ step_withdraw(2)
    Je trekt Noor het vloerkleed op en jullie dansen expres slecht, zoals jullie altijd doen, een en al ellebogen. Het is een goede voorstelling. Als het nummer afgelopen is, staat {partner_name} in de deuropening met de kou van het balkon nog in {zijn()} trui, en kijkt naar je, en jij denkt: zo. Jouw zet. {Hij()} doet hem niet. Nog niet. Maar {hij()} gaat ook niet weg uit die deuropening.
* [Blijf waar je bent en laat de avond de avond zijn #step: ground]
    ~ step_ground(1)
    Je blijft op de armleuning van de bank zitten, waar iemand in een gestreepte trui je de plot uitlegt van een Finse film, drie keer gezien, elke keer beter. Het is een belachelijke plot. Je stelt vragen. Tien hele minuten vergeet je bij te houden waar {partner_name} is, en als het je weer te binnen schiet, met een schok, staat {hij()} aan de andere kant van de kamer en kijkt naar jou, alsof {hij()} het al die tijd was die jou bijhield.
- -> introduction

= introduction
Om kwart voor een zet Noor haar glas met een klein, resoluut tikje op de vensterbank.
{
- last_step == "pursue": ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Jij ging in november met een aansteker het balkon op. Jij rookt niet eens. Ik ken je sinds we elf waren en je hebt nog nooit van je leven een aansteker gehad.’
- last_step == "withdraw": ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Ik ben al een uur je decorstuk en mijn schouder doet pijn. Je staat naar {hem()} te dansen alsof het een auditie is.’
- else: ‘Ik kan dit niet langer aanzien,’ zegt ze. ‘Jij zit over Finse films te praten en {hij()} staart al tien minuten naar je achterhoofd alsof je {hem()} geld schuldig bent.’
}
Voor je haar mouw kunt grijpen, is ze al weg. Vol afgrijzen zie je hoe ze {partner_name} op {zijn()} schouder tikt, iets zegt wat je niet kunt verstaan en recht naar jou wijst. Dan komt ze terug, pakt je bij je pols zoals ze vroeger deed als ze je ergens heen sleepte waar je haar later dankbaar voor zou zijn, en trekt je dwars door de kamer.
‘{partner_name}, dit is mijn maatje sinds groep acht. Maatje, dit is {partner_name}. Jullie staan al sinds half elf naar elkaar te staren en Jip denkt dat jullie het huis komen verkennen voor een inbraak. Praat.’ En weg is ze, opgeslokt door de drukte op het vloerkleed.
‘Hoi,’ zegt {partner_name}. Van dichtbij zijn {zijn()} ogen lichter dan je dacht, grijs met iets groens erin, en door een van {zijn()} wenkbrauwen loopt een klein wit litteken.
‘Hoi,’ zeg jij. Daarmee is je voorbereide materiaal meteen op.
Dan zet iemand de muziek keihard. Het is hét nummer, het nummer waarmee Jip iedereen al de hele avond dreigt, en de hele kamer golft tegelijk naar het vloerkleed. # sfx: crowd
Je wordt de gang in gedrukt, en {partner_name} wordt met je meegedrukt, en dan tegen je aan, en er is geen plek voor je handen en je gezicht kan nergens anders heen dan vlak bij dat van {hem()}. {Hij()} ruikt naar buitenlucht en naar de sigaret van een ander, en daaronder naar zeep.
Je verstaat er geen woord van. Dus brengt {hij()} {zijn()} mond bijna tegen je oor, en je voelt elk woord aankomen voordat je het begrijpt. ‘Ik ben hopeloos in koetjes en kalfjes,’ zegt {hij()}. ‘Mogen we die overslaan? Vertel me het grootste wat je ooit is overkomen.’
* [Vertel {hem()} alles, meteen #step: pursue]
    ~ step_pursue(2)
    ~ p1_told = "all"
    Dus vertel je het. Je besluit het niet eens; het is alsof {hij()} aan een los draadje trekt en de hele trui meekomt. De zomer dat je acht was. Een auto die niet stopte bij het zebrapad, je fiets gevouwen als een paperclip, je been. Zes weken plat op je rug op de kinderafdeling, vierde verdieping, je been omhoog aan gewichten en katrollen, zodat je het plafond beter leerde kennen dan je eigen gezicht: honderdtwaalf gaatjes in de plaat boven je bed, elke dag nageteld voor het geval er eentje was verschoven.
    Je vertelt over het aquarium op de gang, met één dikke oranje vis erin die door alle kinderen de Burgemeester werd genoemd, omdat hij zijn rondjes zwom alsof de hele afdeling van hem was. Over de zuster met de kaarttrucs. Over het bezoekuur, dat om zeven uur afliep, en hoe je dan naar de deur bleef kijken tot het allerlaatste geluid van de schoenen van je ouders van de gang verdwenen was, en daarna nog even, voor de zekerheid.
    Je vertelt over die nacht dat je wakker werd en je moeder buiten op de gang hoorde huilen, zacht, tegen een arts, en dat je toen voor het eerst begreep dat grote mensen ook bang kunnen zijn. Je hebt het nog nooit aan iemand helemaal verteld, in één keer. Nu schreeuw je het in het oor van een onbekende, in een gang die ruikt naar gemorste wijn.
    {partner_name} is doodstil geworden tegen je aan. Als {hij()} een stukje terugwijkt, staat {zijn()} gezicht vreemd. ‘Vierde verdieping,’ zegt {hij()}. ‘Met die vis.’ Je staart {hem()} aan. ‘De Burgemeester,’ zegt {hij()}.
* [Geef {hem()} een grap en kijk of {hij()} doorvraagt #step: withdraw]
    ~ step_withdraw(1)
    ~ p1_told = "joke"
    ‘Ik heb een keer een vleespakket gewonnen bij de bingo,’ zeg je in {zijn()} oor. ‘Twee kilo worst. Ik ben vegetariër.’ {Hij()} lacht; je voelt het meer dan je het hoort, in {zijn()} borstkas tegen je schouder. Dan schudt {hij()} langzaam {zijn()} hoofd, zonder een centimeter terug te wijken. ‘Goeie poging,’ zegt {hij()}. ‘Nu de echte.’
    De meeste mensen nemen de grap dankbaar aan. {Hij()} wacht alleen maar, glimlachend, alsof {hij()} de hele nacht heeft en die graag hier wil doorbrengen, in deze gang, wachtend op jou. Het is niet te harden. Het is heerlijk. Dus geef je {hem()} een stukje, alleen een stukje: de zomer dat je acht was, een auto, je fiets, een ziekenhuis. Je bent van plan het daarbij te laten.
    ‘Welk ziekenhuis?’ vraagt {hij()}. Je zegt het. Je zegt: ‘De kinderafdeling, op de vierde—’ en {hij()} zegt, voordat jij het kunt zeggen: ‘Met dat aquarium.’
* [Vraag of {hij()} eerst wil #step: ground]
    ~ step_ground(1)
    ~ p1_told = "asked"
    ‘Jij eerst,’ zeg je. ‘Jij vroeg het.’ {Hij()} lacht, betrapt, en heel even denk je dat {hij()} zich eronderuit gaat kletsen. Maar dat doet {hij()} niet. {Hij()} vertelt het met horten en stoten, {zijn()} mond bij je oor, alsof {hij()} het van heel ver weg moet aflezen: een zomer toen {hij()} tien was, longen die steeds weer in elkaar zakten als natte papieren zakjes, zeven weken op een kinderafdeling waar de ramen niet open konden en de hele verdieping naar warm plastic rook.
    ‘Er zwom een vis,’ zegt {hij()}. ‘Op de gang. Zo'n dik oranje ding, iedereen noemde hem—’
    ‘De Burgemeester,’ zeg jij. Je besluit het niet. Het komt uit je omhoog van heel diep, als een luchtbel van de bodem van een vijver.
- -> shared

= shared
Mond aan oor puzzelen jullie het uit, jullie schreeuwen elkaar de details toe terwijl de muziek om jullie heen dreunt. Dezelfde zomer. De zomer van de hittegolf, toen de zusters natte washandjes op elk voorhoofd legden en de waterijsjes al gesmolten waren voor ze van de vriezer bij de bedden waren. Jij lag op kamer vier, bij de lift. {Hij()} lag helemaal achteraan, op de kamer met de kapotte zonwering.
‘Ineke,’ zegt {hij()}. ‘Met de kaarten.’
‘Die altijd de hartenvrouw achter je oor vandaan toverde,’ zeg jij, ‘ook als je klaveren drie had getrokken.’
‘Juist dan.’
Zes weken, twintig meter van elkaar. Jullie moeten elkaar op die gang zijn tegengekomen, twee kinderen in ziekenhuispyjama, de een in een rolstoel, de ander met een infuuspaal achter zich aan. Je probeert {zijn()} gezicht daar terug te vinden, en het lukt niet, en het maakt helemaal niets uit.
Dan vertelt {hij()} het stuk dat {hij()} duidelijk nooit van plan was te vertellen. Om zeven uur, als het bezoekuur afliep, draaide {hij()} {zijn()} gezicht al naar de muur voordat {zijn()} ouders bij de deur waren. ‘Dan deed het minder pijn als ze weggingen,’ zegt {hij()}. ‘Belachelijk. Ik was tien.’
{p1_told == "all":Jouw helft heeft {hij()} al gehoord: de deur, de schoenen, het kijken. {Hij()} kijkt je nu aan alsof {hij()} die deur in je gezicht kan zien.|Jij deed het omgekeerde: jij keek naar de deur tot de laatste voetstap. Je zegt het niet. Dat hoeft ook niet. {Hij()} kijkt je aan alsof {hij()} die deur in je gezicht kan zien.}
Het nummer is afgelopen en het volgende begint en geen van jullie tweeën verroert zich. Ergens in de afgelopen minuten heeft {zijn()} hand de jouwe gevonden, laag, tussen jullie lijven in, waar niemand het ziet, en je zou niet kunnen zeggen wanneer.
{partner_name} leunt net ver genoeg achterover om je goed te kunnen bekijken. ‘Ik wist het,’ zegt {hij()}. ‘Toen je binnenkwam. Ik dacht: die ken ik. Dat gezicht ken ik ergens van.’
* [Laat het toe: daarom moest het {hem()} zijn #step: pursue]
    ~ step_pursue(1)
    Je laat het toe. Natuurlijk. Natuurlijk is {hij()} het: daarom kreeg je {hem()} sinds maart niet meer uit je hoofd, daarom voelde iedereen met wie je eerder iets had als een trui die voor een ander was gebreid. De fantasie komt snel en is meteen helemaal ingericht: een keuken, een lange tafel, jullie tweeën die dit verhaal vertellen aan vrienden die het al honderd keer hebben gehoord, en {hij()} die het stuk over de Burgemeester doet. Je hebt nu al heimwee naar een leven dat nog moet beginnen.
* [Zeg iets droogs: half de stad heeft in dat ziekenhuis gelegen #step: withdraw]
    ~ step_withdraw(1)
    ‘Half de stad heeft in dat ziekenhuis gelegen,’ zeg je. ‘Misschien hebben we ook nog dezelfde po gedeeld.’ De grap valt goed; {hij()} lacht. Maar je ziet {zijn()} gezicht een fractie inzakken vlak voor die lach, en je voelt het, alsof je je eigen vingers klemt in een deurtje dat je zelf dichtdoet. {Hij()} buigt zich toch weer naar je toe, dichterbij dan eerst, alsof die grap een uitdaging was.
* [Blijf bij wat waar is: het is vreemd en mooi, en je kent {hem()} tien minuten #step: ground #locked: {pull_strong()} #why: De muziek, die vis, {zijn()} adem in je oor: het deel van jou dat het rustig aan wilde doen, is allang vertrokken.]
    ~ step_ground(1)
    Het is vreemd en het is mooi en je huid zoemt ervan. Het is ook toeval, gedeeld met een hele afdeling vol kinderen, en je kent deze persoon ongeveer zo lang als vier nummers duren. Je houdt ze allebei vast, in elke hand één. ‘Ik ken je nog niet,’ zeg je in {zijn()} oor, glimlachend. ‘Dat zou ik wel willen.’ {Hij()} kijkt je even aan alsof niemand dat ooit zo tegen {hem()} heeft gezegd.
- -> friends

= friends
Dan roept iemand {zijn()} naam vanaf de voordeur: een kluitje mensen in jassen, zwaaiend, lachend, {zijn()} vrienden, net binnen van ergens anders of juist op weg daarheen. {Hij()} steekt een hand naar ze op, één minuutje, en knijpt één keer in de jouwe voordat {hij()} loslaat. ‘Niet weggaan, hè,’ zegt {hij()}, en gaat.
Het is belachelijk hoe snel de plek waar {hij()} stond afkoelt.
Noor vindt je. Ze heeft taart op haar wang en een grote vraag in haar ogen, en ze praat, en jij knikt, en je zou geen woord kunnen herhalen. Je aandacht is zonder jou de kamer overgestoken en zit bij {hem()}, als een hond die buiten bij de supermarkt is vastgebonden.
Van hieruit kun je {hem()} zien met {zijn()} vrienden. Ontspannen, los, een arm om iemands nek. {Hij()} lacht met {zijn()} hele lijf om iets wat een van hen zegt, en buigt zich dan naar iemand anders toe om iets in het oor te fluisteren: de mond dichtbij, een hand licht op een schouder. Precies zoals {hij()} zich naar jou toe boog.
{p1_told == "all":Je hebt {hem()} alles gegeven, het huilen op de gang incluis. Eén koude seconde lang vraag je je af wat {hij()} met zulke dingen doet als {hij()} ze eenmaal heeft.}
Er draait iets kleins om in je maag. Geen jaloezie, nog niet; meer alsof je in het donker een traptree mist. En tegelijk, helemaal achter in je hoofd, een stemmetje dat irritant veel klinkt als Noor dit voorjaar: Schat van een mens. Blijft nergens lang. # body: stomach
* [Luister ernaar: vraag Noor wat ze dit voorjaar bedoelde #step: ground #locked: {pull_strong()} #why: Dat stemmetje is zo klein, en de warme plek waar {zijn()} hand lag is zo groot.]
    ~ step_ground(2)
    ~ p1_listened = true
    ‘Noor. Dit voorjaar zei je dat {hij()} nergens lang blijft. Wat bedoelde je daarmee?’
    Noor veegt met haar duim de taart van haar wang en denkt er serieus over na, wat een van de redenen is dat je van haar houdt. ‘Ik ken {hem()} niet zo goed,’ zegt ze. ‘Jip wel. Vorige winter was er iemand. Dat ging als een speer, een maand of zo, en toen werd {hij()} stiller en stiller tot er niks meer over was. Geen ruzie. Niemand had iets fout gedaan. {Hij()} was er gewoon niet meer.’
    Ze kijkt je aan. ‘Zegt verder niks, hoor. Iedereen mag een slechte winter hebben.’
    ‘Nee,’ zeg je. ‘Weet ik.’ Maar deze keer leg je het ergens waar je erbij kunt, zoals sleutels aan een haakje bij de deur.
* [Zeg tegen het stemmetje dat het zijn mond moet houden: het zat er vaker naast, en dit is anders #step: pursue]
    ~ step_pursue(2)
    Je kent dat stemmetje. Het heeft je gezelschap gehouden bij elk bijna en misschien en net-niet van de afgelopen jaren, en kijk waar luisteren je heeft gebracht: hier, alleen op feestjes, kaas kopen. Vannacht niet. Vannacht bleek iemand in deze kamer op twintig meter van je te hebben gelegen toen je klein en bang was, en als dat geen teken is, dan bestaan tekens niet. Je zet het stemmetje zachter, als een radio in een andere kamer, tot het alleen nog een gemurmel is, en dan zelfs dat niet meer. De onmogelijke gevallen liggen achter je. Dit is anders.
* [Draai {zijn()} kant van de kamer je rug toe en kijk hoe lang {hij()} wegblijft #step: withdraw]
    ~ step_withdraw(2)
    Je draait je zo dat je rug recht naar {zijn()} kant van de kamer wijst, en vraagt Noor hoe haar week was, en luistert met enorme, theatrale belangstelling naar het antwoord. Een goede test, zeg je tegen jezelf. Als {hij()} het meent, komt {hij()} wel.
    Het duurt negen minuten. Dat weet je, want je kijkt geen enkele keer op je telefoon en telt ze toch allemaal. Dan is er een hand bij je elleboog, en {zijn()} stem, laag, vlak achter je. ‘Je was ineens weg.’
    ‘Ik sta gewoon hier.’
    ‘Je was weg,’ zegt {hij()}. ‘Kom terug.’
- -> the_ask

= the_ask
Om drie uur is het feest afgesleten tot de kern. Een paar mensen op het vloerkleed die ruziën over de vraag of een tosti eigenlijk een soort pizza is; Jip rechtop in slaap in een leunstoel, de papieren kroon nog op; wijnglazen met peuken erin. Iemand heeft eindelijk jouw cava opengemaakt. Voor het plafond liep dat niet goed af.
{partner_name} vindt je in de keuken, waar je een glas staat om te spoelen dat je helemaal niet gaat gebruiken, alleen om je handen iets te doen te geven. {Hij()} leunt naast je tegen het aanrecht, schouder tegen schouder, en kijkt even met je mee naar de kraan, alsof het een uitzicht is.
‘Ik woon tien minuten hiervandaan,’ zegt {hij()}. ‘Over de brug. Ik heb een piano met zijn ingewanden op de vloer en niks in de koelkast behalve citroenen.’ {Hij()} draait {zijn()} hoofd naar je toe. ‘Ga mee.’
Het is niet echt een vraag. {Zijn()} ogen zeggen de rest: ik heb de hele avond gewacht, ik wist het toen je binnenkwam, jij bent het.
Je hart bonkt één keer, hard, als iemand die aanklopt terwijl je niemand verwacht. # body: heart
* [Ga mee. Geen rem, niet omkijken #step: pursue]
    ~ step_pursue(3)
    ~ p1_went_home = true
    Je zet het glas neer. Je antwoordt niet; dat hoeft niet. Je vindt je jas op de tast op het bed, en Noor, half in slaap op de bank, doet één oog open als je langsloopt en weer dicht, en je besluit dat als een zegen op te vatten.
    -> night
* [Zeg: vannacht niet. Geef {hem()} je nummer en vraag of je {hem()} bij daglicht mag zien #step: ground #locked: {pull_strong()} #why: Je hele lijf heeft al ja gezegd; een zin met ‘niet’ erin past niet meer door je keel.]
    ~ step_ground(2)
    -> not_tonight
* [Zeg dat je kapot bent en ga als eerste weg, voor {hij()} nog iets kan zeggen #step: withdraw]
    ~ step_withdraw(2)
    -> walked_off

= not_tonight
‘Vannacht niet,’ zeg je. Je hart is het er luidkeels mee oneens, en dat mag; het mag een mening hebben. ‘Maar ik wil je wel terugzien. Nuchter. Bij daglicht. Ergens waar we elkaar kunnen verstaan.’
{Hij()} kijkt je lang aan, en er trekt iets over {zijn()} gezicht dat je niet kunt lezen: verbazing, misschien, of respect, of de blik van iemand die net een ronde heeft verloren in een spel waarvan jij niet eens wist dat je het speelde. Dan glimlacht {hij()} en houdt {zijn()} telefoon op. Je tikt je nummer in. Je duimen zijn niet helemaal vast.
{Hij()} loopt met je mee de drie trappen af. Buiten is het snijdend koud en boven de gracht hangt een dunne nevel onder de lantaarns. Je fiets staat nog waar je hem achterliet, met vier andere aan een hek geketend, en je vingers prutsen aan het slot.
{partner_name} leunt naast je tegen het hek, zo dichtbij dat {zijn()} adem een wolkje tussen jullie maakt. ‘Eén drankje,’ zegt {hij()} zacht. ‘Bij mij. Alleen praten, echt waar. Ik wil nog niet dat deze nacht ophoudt. Jij toch ook niet, eerlijk?’ {Hij()} trekt je sjaal recht, alsof {hij()} dat al jaren doet.
Je adem stokt hoog in je borst, en het sleuteltje schiet uit het slot. # body: breath
* [Houd het vast, warm: ‘Vannacht niet. Vraag het me morgen nog eens.’ #step: ground]
    ~ step_ground(1)
    ~ boundary_held()
    ‘Vannacht niet,’ zeg je nog een keer, en de tweede keer gaat het makkelijker, als een traptree waarvan je al weet dat hij houdt. ‘Vraag het me morgen nog eens. Ik word graag gevraagd.’
    {Hij()} lacht, een zacht, verbaasd pufje, doet een stap achteruit en steekt allebei {zijn()} handen op: goed dan, jij wint. ‘Morgen,’ zegt {hij()}, alsof {hij()} het ergens opschrijft. Je fietst weg en voelt met je hele rug dat {hij()} je nakijkt, en je kijkt pas om bij de brug. Als je dat doet, staat {hij()} er nog, onder de lantaarn.
    -> alone
* [Geef toe: één drankje, alleen praten #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    ‘Eén drankje,’ zeg je. Het slot klikt weer dicht om je fiets; je hebt besloten zonder te besluiten. {Hij()} pakt je hand en jullie lopen samen de brug over, en niemand heeft het nog over dat drankje, en er komt ook geen drankje.
    -> night

= walked_off
‘Ik ben kapot,’ zeg je, en je zet het glas neer en geeft {hem()} een kus op {zijn()} wang, snel en licht, een punt achter de zin, en je loopt de keuken uit voordat {zijn()} gezicht ook maar iets kan doen.
Je vindt je jas op de tast op het bed. Noor, half in slaap op de bank, doet één oog open als je langsloopt en vraagt: ‘Weet je het zeker?’ En jij zegt: ‘Heel zeker,’ het minst ware wat je de hele avond hebt gezegd.
Drie trappen lager slaat de kou je in het gezicht. Je voelt je fantastisch. Je voelt je misselijk. Het slot van je fiets wil niet open; je vingers willen niet.
Dan knalt achter je de voordeur open. # sfx: door
{partner_name}, zonder jas, zonder schoenen, nee, met één schoen, glijdt bijna uit op de natte klinkers. ‘Je ging gewoon?’ zegt {hij()}, buiten adem. ‘Ik heb niet eens je nummer. Ik weet niet eens waar je woont. Dan had ik het aan Noor moeten vragen, alsof we vijftien zijn.’
{Hij()} lacht, maar {zijn()} ogen lachen niet mee. {Hij()} pakt je koude handen en houdt ze tegen {zijn()} borst om ze te warmen, en onder je vingers gaat {zijn()} hart net zo snel als het jouwe.
Je keel knijpt dicht, alsof er een woord in vastzit dat je nog niet hebt gevonden. # body: throat
* [Geef {hem()} je nummer, en fiets toch alleen naar huis #step: ground #locked: {pull_strong()} #why: {Zijn()} hart onder je handen is het enige in de hele straat, en je benen hebben zich al omgedraaid.]
    ~ step_ground(1)
    ~ boundary_held()
    Je pakt {zijn()} telefoon, tikt je nummer in en geeft hem terug, en je kust {hem()} één keer, echt deze keer: geen punt meer, eerder een komma. ‘Bel me,’ zeg je. ‘Bij daglicht.’ Dan krijg je het slot eindelijk open en fiets je weg, en dit keer is het geen truc. Je wacht niet tot {hij()} je achternakomt. Je wilt alleen thuiskomen terwijl dit nog heel is vanbinnen, zoals je een glas draagt dat tot de rand vol is.
    -> alone
* [Laat {hem()} je handen warmen, en ga met {hem()} mee terug #step: pursue]
    ~ step_pursue(2)
    ~ boundary_given_up()
    ~ p1_went_home = true
    Je laat {hem()} je handen warmen. Je laat {hem()} {zijn()} andere schoen halen. Je laat je meenemen, met fiets en al, over de brug naar {zijn()} kant van de gracht, en het voelt als winnen, en het voelt als verliezen, en vooral voelt het als {zijn()} hand.
    -> night

= night
# scene: bedroom
{Zijn()} huis is de bovenste verdieping van een smal pand dat een beetje naar het water overhelt, alsof het luistert. Vier trappen deze keer. Op de derde overloop blijft {hij()} staan en kust {hij()} je, of kus jij {hem()}; achteraf weet geen van jullie wie begon, en het lijkt er ook niet toe te doen.
Binnen ruikt het naar houtkrullen en citroen. De piano bestaat echt: een oude buffetpiano met de voorkant eraf, de hamertjes in keurige rijen op een laken op de vloer, als een klein vilten leger. ‘Kijk uit voor de c's,’ zegt {hij()}, en stuurt je er aan je heupen omheen.
Wat je ook had verwacht, dit niet. Je verwachtte honger, en die is er ook, maar {hij()} doet langzaam met je, zonder haast, alsof er alle tijd van de wereld is en {hij()} die wil gebruiken om je uit je hoofd te leren. {Hij()} kijkt de hele tijd naar je gezicht. Zo heeft nog nooit iemand naar je gekeken: alsof jij het bent waar {hij()} {zijn()} hele leven al op probeert te komen.
Daarna lig je in het donker, terwijl de straatlantaarn een bleek vierkant op het plafond legt. {Hij()} vindt het oude litteken op je scheenbeen, dat van de zomer van de Burgemeester, en gaat er met één vinger overheen, heel licht, heen en terug, als iemand die braille leest.
‘Dat vertel ik nooit aan iemand,’ zegt {hij()} in het donker. ‘Van die muur. Ik weet niet waarom ik het jou vertelde.’ Een stilte. ‘Jawel. Dat weet ik wel.’
{
- p1_listened: Eén keer, tegen de ochtend, drijft de stem van Noor ergens vandaan omhoog: een slechte winter, stiller en stiller. Je kijkt naar {zijn()} slapende gezicht, één arm over {zijn()} ogen als een kind, en het lijkt onmogelijk dat deze persoon bij wie dan ook ooit stil zou worden tot er niets meer over was. Je laat de gedachte zakken, en ze zinkt zonder geluid.
- rounds > 0: Ergens midden in de nacht schiet je te binnen dat je vannacht nee hebt gezegd, daarbuiten in de kou, en dat het waar was toen je het zei. Het voelt als iets wat iemand anders is overkomen, lang geleden, in een andere stad.
- else: Je slaapt niet. Je wilt er geen minuut van missen. Ergens beneden knarst de eerste tram de hoek om, en {hij()} trekt je in {zijn()} slaap dichter tegen zich aan, alsof {hij()} zelfs slapend precies weet waar je bent.
}
's Ochtends zet {hij()} koffie in een klein, gedeukt pannetje en brengt je die, met {zijn()} trui binnenstebuiten aan. Die citroenen waren geen grap; {hij()} snijdt er plechtig een in plakjes boven je glas water, alsof het een ontbijt is. Wat het, zo blijkt, ook is.
‘Ik ben vandaag nergens toe in staat,’ zegt {hij()}, op de rand van het bed, terwijl {hij()} kijkt hoe je drinkt. ‘Ik ga de hele dag aan je denken. Dat ben ik niet gewend.’ {Hij()} duwt het kopje zachtjes terug naar je mond. ‘Kom vanavond terug. En morgen. Ik wil met jou geen spelletjes spelen. Ik zou niet eens weten hoe.’
-> weeks

= alone
# scene: home
Je fietst naar huis door een stad die van niemand is. Vier uur 's nachts: de grachten zwart en stil, een meeuw op elke meerpaal, de bakker op de hoek al verlicht, iemand in een wit schort die achter het beslagen glas bakplaten tilt. Je benen voelen als die van een ander. Je gezicht doet pijn; het kost je een hele brug om te snappen dat het van het glimlachen is.
Je kamer is precies zoals je hem achterliet, en dat lijkt onwaarschijnlijk. Je gaat met je jas nog aan op de rand van je bed zitten.
Je telefoon zoemt. # sfx: buzz
‘Ineke doet je de groeten. Ze haalde net de hartenvrouw achter mijn oor vandaan en ik moest aan jou denken. Slaap lekker. Morgen.’
Je leest het elf keer. Je antwoordt niet meteen. Niet als tactiek; je wilt er gewoon nog even mee liggen, als met een zonwarme steen in je jaszak.
Om twaalf uur belt {hij()}, precies zoals afgesproken, en vraagt het opnieuw. Je zegt ja tegen een wandeling. Jullie lopen langs de rivier in een wind die steeds aan je sjaal rukt en praten vier uur lang zonder één keer op de klok te kijken: over {zijn()} jaar in Lissabon, dat Porto bleek te zijn, de boten, die piano's bleken te zijn, de broer die {hij()} niet meer ziet, de tante die jullie allebei vreselijk zouden hebben gevonden. Onder het spoorviaduct kust {hij()} je terwijl er een trein overheen dendert die de hele wereld laat trillen, en jullie lachen allebei om het cliché, en doen het nog een keer.
‘Ik heb nog nooit hoeven wachten,’ zegt {hij()} daarna, {zijn()} voorhoofd tegen het jouwe. ‘Ik vond het heerlijk. Ik vond het vreselijk. Ik vond het heerlijk.’
Die avond ga je met {hem()} mee naar huis. Niet omdat je niet meer kon stoppen. Omdat je het wilde, en wist dat je het wilde, en dat weten voelde als vaste grond onder je voeten.
-> weeks

= weeks
# scene: bedroom
De weken die volgen hebben geen randen.
{Hij()} appt je 's ochtends al voordat je wakker bent, zodat {hij()} het eerste is wat je elke dag ziet. {Hij()} staat op je werk met twee koffie en een papieren zak pepernoten die nog warm zijn van de markt. {Hij()} leert hoe je je thee drinkt en doet het nooit meer fout. Uit een grijpautomaat op het station vist {hij()} een oranje plastic visje aan een sleutelhanger en overhandigt het je met veel plechtigheid: de Burgemeester, in ere hersteld.
{
- p1_told == "all": {Hij()} weet nu alles, die hele zomer, de gang, de deur, de stem van je moeder. Soms begint {hij()} er zo teder over dat je je gekend voelt tot in de vloerplanken.
- p1_told == "joke": {Hij()} vertelt het verhaal van het vleespakket nog steeds aan wildvreemden in winkels, en jij doet nog steeds alsof je dat erg vindt. Maar het is het andere verhaal waar {hij()} steeds op terugkomt, 's avonds laat, alsof {hij()} het telkens weer omdraait en nog steeds niet kan geloven dat jij er ook was.
- else: {Hij()} praat vaker over de afdeling dan jij, nu het eruit is. Je merkt, zonder dat je het wilt merken, dat {hij()} het altijd vertelt vanaf de kant van de muur.
}
{Hij()} vertelt je dingen in het donker. Dat je de eerste bent naast wie {hij()} twee keer achter elkaar wakker wil worden. Dat {hij()} dit niet doet, mensen niet binnenlaat, nooit heeft gedaan. En dan, zo zacht dat je het bijna mist, met {zijn()} gezicht in je hals: ‘Ik denk dat ik het zou kunnen. Met jou.’
Je ziet {hem()} nu volmaakt, en alles klopt. Dat {hij()} altijd te laat is, is charmant. De middagen waarop {zijn()} telefoon uit staat en {hij()} pas bij het donker weer opduikt met een verhaal waar je om moet lachen, zijn charmant. De vrienden die je nog steeds niet echt hebt ontmoet, omdat het nooit precies uitkomt, komen nog wel. Je hebt overal al een verklaring voor voordat iemand ernaar vraagt. Niemand vraagt ernaar.
{p1_listened:Noor vraagt voorzichtig hoe het gaat. ‘Goed,’ zeg je. ‘Echt goed.’ Ze zegt dat ze dat fijn vindt, en meent het, en begint niet over de winter. Jij ook niet.}
Op een zondag, als jullie dwars over {zijn()} bed liggen, met het raam op een kier en de kerkklokken die luiden, vertel je dat de familie van Noor elke augustus een huisje in de duinen huurt, een gammel ding vol zand en gezelschapsspellen, en dat er altijd een kamer over is. ‘Ga mee,’ zeg je, luchtig. ‘In augustus.’
{Hij()} kust je schouder. ‘Augustus is nog zo ver weg,’ zegt {hij()}. ‘Laten we gewoon nu hebben.’
Iets in je maag houdt even in, zoals je voet inhoudt op een traptree die kraakt. # body: stomach
* [Laat het gaan: nu is genoeg, augustus komt vanzelf #step: pursue]
    ~ step_pursue(1)
    Natuurlijk. Nu is genoeg; nu is meer dan je in jaren hebt gehad. Je vouwt augustus op en legt het bij de andere dingen waarvan je hebt besloten dat je ze voorlopig niet nodig hebt, en trekt het dekbed over jullie allebei heen, en de klokken houden op, en {hij()} lacht in je hals, en je weet het zeker, heel zeker: wie je zo vasthoudt, gaat nergens heen.
* [Vraag het, luchtig maar echt: ‘Is dat nee tegen augustus?’ #step: ground #locked: {pull_strong()} #why: Als je het vraagt, breekt misschien de betovering, en die betovering is het mooiste wat je in jaren is overkomen.]
    ~ step_ground(1)
    ‘Is dat nee tegen augustus?’ vraag je. Luchtig. Maar je wacht op het antwoord, en {hij()} hoort dat je wacht.
    {Hij()} is even stil. ‘Het is een nog-niet,’ zegt {hij()}. ‘Ik ben traag met de toekomst. Altijd geweest. Het heeft niks met jou te maken.’ {Hij()} kijkt je aan. ‘Is dat goed?’
    Het is eerlijk, en het prikt een beetje, en je merkt dat je die twee allebei kunt vasthouden. ‘Voorlopig wel,’ zeg je, en dat ‘voorlopig’ meen je net zo goed als de rest.
* [Laat augustus rusten, en maak je eigen zomerplannen zonder {hem()} #step: withdraw]
    ~ step_withdraw(1)
    ‘Prima,’ zeg je, en je glimlacht, en diezelfde middag, terwijl {hij()} onder de douche staat, app je Noor: reken maar op me voor augustus, alleen ik. Als {hij()} mee wil, vraagt {hij()} het maar. Jij gaat niet degene zijn die met een lege kamer blijft zitten. Het voelt als kracht. Heel vaag voelt het ook alsof je je gezicht naar een muur draait.
- Een paar weken lang is de wereld precies zo groot als jullie tweeën.
Het duurt net geen maand. # pause: 1
-> text_message
